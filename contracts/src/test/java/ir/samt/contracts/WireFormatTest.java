package ir.samt.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import ir.samt.contracts.estates.EstateData;
import ir.samt.contracts.estates.EstateKind;
import ir.samt.contracts.json.ContractJson;
import ir.samt.contracts.json.ContractViolation;
import ir.samt.contracts.permits.GuildTerm;
import ir.samt.contracts.permits.PermitData;
import ir.samt.contracts.permits.PermitKind;
import ir.samt.contracts.permits.PermitScope;
import ir.samt.contracts.permits.PermitStatus;
import ir.samt.contracts.permits.ProgressData;
import ir.samt.contracts.units.GuildGroup;
import ir.samt.contracts.units.StagnationReason;
import ir.samt.contracts.units.Supporter;
import ir.samt.contracts.units.UnitData;
import ir.samt.contracts.units.UnitKind;
import ir.samt.contracts.units.UnitStatus;

/**
 * The records write exactly the JSON the producers wrote before them (the expected strings are what the
 * map-building producers serialised), with any mapper: this one has no modules and no settings. Reading
 * holds the contract's rules whatever the mapper's coercion settings.
 */
class WireFormatTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper READER = ContractJson.reader().build();
    private static final UUID PERMIT = UUID.fromString("0b9f6c7e-6a0e-4f7e-9d0a-2b1c3d4e5f60");
    private static final UUID UNIT = UUID.fromString("5b0c6a3e-1f8e-4a55-9d6e-0d2c7d6f8a01");

    static final PermitData ISSUE = new PermitData(PERMIT, "25-1404-000123", PermitKind.ESTABLISHMENT, PermitScope.NEW,
            null, "IR-25", "قم", "IR-25-T03", null, "2411", "24", new BigInteger("2500000000000"), 40,
            LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), PermitStatus.ACTIVE, null, 1, LocalDate.of(2025, 4, 1),
            null, null, null);

    @Test
    void permitDataIsWrittenFieldByFieldWithNullsAndTheReasonOnlyOnRevocations() throws Exception {
        PermitData revocation = new PermitData(PERMIT, "25-1404-000123", PermitKind.GUILD, null, GuildTerm.PERMANENT,
                "IR-25", "قم", null, UUID.fromString("7c1e0000-0000-4000-8000-000000000001"), "2411", "24",
                new BigInteger("2500000000000"), 40, LocalDate.of(2025, 4, 1), null, PermitStatus.REVOKED,
                PermitStatus.ACTIVE, 3, LocalDate.of(2025, 9, 1), "تخلف زیست‌محیطی", null, null);

        assertThat(PLAIN.writeValueAsString(ISSUE)).isEqualTo("{\"permitId\":\"0b9f6c7e-6a0e-4f7e-9d0a-2b1c3d4e5f60\","
                + "\"licenceNumber\":\"25-1404-000123\",\"kind\":\"ESTABLISHMENT\",\"scope\":\"NEW\",\"guildTerm\":null,"
                + "\"province\":\"IR-25\",\"county\":\"قم\",\"estateCode\":\"IR-25-T03\",\"unitId\":null,"
                + "\"activityCode\":\"2411\",\"sector\":\"24\",\"fixedInvestmentRials\":\"2500000000000\",\"jobs\":40,"
                + "\"issuedOn\":\"2025-04-01\",\"validUntil\":\"2026-03-31\",\"status\":\"ACTIVE\",\"previousStatus\":null,"
                + "\"version\":1,\"effectiveDate\":\"2025-04-01\"}");
        assertThat(PLAIN.writeValueAsString(revocation)).isEqualTo("{\"permitId\":\"0b9f6c7e-6a0e-4f7e-9d0a-2b1c3d4e5f60\","
                + "\"licenceNumber\":\"25-1404-000123\",\"kind\":\"GUILD\",\"scope\":null,\"guildTerm\":\"PERMANENT\","
                + "\"province\":\"IR-25\",\"county\":\"قم\",\"estateCode\":null,"
                + "\"unitId\":\"7c1e0000-0000-4000-8000-000000000001\",\"activityCode\":\"2411\",\"sector\":\"24\","
                + "\"fixedInvestmentRials\":\"2500000000000\",\"jobs\":40,\"issuedOn\":\"2025-04-01\",\"validUntil\":null,"
                + "\"status\":\"REVOKED\",\"previousStatus\":\"ACTIVE\",\"version\":3,\"effectiveDate\":\"2025-09-01\","
                + "\"reason\":\"تخلف زیست‌محیطی\"}");
        assertThat(READER.readValue(PLAIN.writeValueAsString(revocation), PermitData.class)).isEqualTo(revocation);
    }

    @Test
    void progressDataIsWrittenFieldByFieldAndTheReasonOnlyWhenProgressWentDown() throws Exception {
        ProgressData first = new ProgressData(PERMIT, "25-1404-000123", PermitKind.ESTABLISHMENT, PermitScope.NEW, "IR-25",
                "قم", "IR-25-T03", "2411", "24", null, 35, LocalDate.of(2025, 6, 1), 2, LocalDate.of(2025, 6, 1), null);
        ProgressData down = new ProgressData(PERMIT, "25-1404-000123", PermitKind.ESTABLISHMENT, PermitScope.NEW, "IR-25",
                "قم", null, "2411", "24", 70, 65, LocalDate.of(2025, 9, 1), 4, LocalDate.of(2025, 9, 1), "تخریب سوله");

        assertThat(PLAIN.writeValueAsString(first)).isEqualTo("{\"permitId\":\"0b9f6c7e-6a0e-4f7e-9d0a-2b1c3d4e5f60\","
                + "\"licenceNumber\":\"25-1404-000123\",\"kind\":\"ESTABLISHMENT\",\"scope\":\"NEW\",\"province\":\"IR-25\","
                + "\"county\":\"قم\",\"estateCode\":\"IR-25-T03\",\"activityCode\":\"2411\",\"sector\":\"24\","
                + "\"previousPercent\":null,\"percent\":35,\"visitDate\":\"2025-06-01\",\"version\":2,"
                + "\"effectiveDate\":\"2025-06-01\"}");
        assertThat(PLAIN.writeValueAsString(down)).endsWith("\"previousPercent\":70,\"percent\":65,\"visitDate\":\"2025-09-01\","
                + "\"version\":4,\"effectiveDate\":\"2025-09-01\",\"reason\":\"تخریب سوله\"}");
        assertThat(READER.readValue(PLAIN.writeValueAsString(down), ProgressData.class)).isEqualTo(down);
        assertThatThrownBy(() -> READER.readValue(PLAIN.writeValueAsString(first).replace("\"percent\":35", "\"percent\":-5"),
                ProgressData.class)).isInstanceOf(ContractViolation.class);
    }

    @Test
    void permitDataCarriesProgressAndTheCompletedEstablishmentLicenceOnlyWhenSet() throws Exception {
        UUID establishment = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000002");
        PermitData operating = new PermitData(PERMIT, "25-1404-000124", PermitKind.OPERATING, PermitScope.NEW, null,
                "IR-25", "قم", null, null, "2411", "24", new BigInteger("2500000000000"), 40, LocalDate.of(2025, 4, 1),
                null, PermitStatus.ACTIVE, null, 1, LocalDate.of(2025, 4, 1), null, null, establishment);
        PermitData revokedProject = new PermitData(PERMIT, "25-1404-000123", PermitKind.ESTABLISHMENT, PermitScope.NEW,
                null, "IR-25", "قم", null, null, "2411", "24", new BigInteger("2500000000000"), 40, LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31), PermitStatus.REVOKED, PermitStatus.ACTIVE, 5, LocalDate.of(2025, 9, 1), "ابطال",
                65, null);

        assertThat(PLAIN.writeValueAsString(operating))
                .endsWith("\"effectiveDate\":\"2025-04-01\",\"establishmentPermitId\":\"" + establishment + "\"}");
        assertThat(PLAIN.writeValueAsString(revokedProject)).endsWith("\"reason\":\"ابطال\",\"progressPercent\":65}");
        assertThat(READER.readValue(PLAIN.writeValueAsString(operating), PermitData.class)).isEqualTo(operating);
        assertThat(READER.readValue(PLAIN.writeValueAsString(revokedProject), PermitData.class)).isEqualTo(revokedProject);
    }

    @Test
    void unitDataCarriesReasonsOnlyOnStagnationsAndTheRevivalFieldsOnlyOnRevivals() throws Exception {
        UnitData registration = new UnitData(UNIT, UnitKind.INDUSTRIAL, null, "IR-25", "قم", "IR-25-T05", "2930", "29",
                550, "25-1404-000123", UnitStatus.ACTIVE, null, 1, LocalDate.of(2024, 3, 1));
        UnitData stagnation = new UnitData(UNIT, UnitKind.GUILD, GuildGroup.PRODUCTION_TECHNICAL, "IR-25", "کهک", null,
                "1722", "17", 3, null, UnitStatus.STAGNANT, UnitStatus.ACTIVE, 2, LocalDate.of(2025, 1, 15))
                .stagnated(List.of(StagnationReason.LIQUIDITY, StagnationReason.MARKET));
        UnitData revival = new UnitData(UNIT, UnitKind.INDUSTRIAL, null, "IR-25", "قم", "IR-25-T05", "2930", "29", 550,
                "25-1404-000123", UnitStatus.ACTIVE, UnitStatus.STAGNANT, 3, LocalDate.of(2025, 6, 1))
                .revived(List.of(Supporter.SAMT, Supporter.BANKS), new BigInteger("79365079365"), 16);

        String common = "\"unitId\":\"5b0c6a3e-1f8e-4a55-9d6e-0d2c7d6f8a01\",\"kind\":\"INDUSTRIAL\",\"guildGroup\":null,"
                + "\"province\":\"IR-25\",\"county\":\"قم\",\"estateCode\":\"IR-25-T05\",\"activityCode\":\"2930\","
                + "\"sector\":\"29\",\"employees\":550,\"licenceNumber\":\"25-1404-000123\",";
        assertThat(PLAIN.writeValueAsString(registration)).isEqualTo("{" + common
                + "\"status\":\"ACTIVE\",\"previousStatus\":null,\"version\":1,\"effectiveDate\":\"2024-03-01\"}");
        assertThat(PLAIN.writeValueAsString(stagnation)).isEqualTo("{\"unitId\":\"5b0c6a3e-1f8e-4a55-9d6e-0d2c7d6f8a01\","
                + "\"kind\":\"GUILD\",\"guildGroup\":\"PRODUCTION_TECHNICAL\",\"province\":\"IR-25\",\"county\":\"کهک\","
                + "\"estateCode\":null,\"activityCode\":\"1722\",\"sector\":\"17\",\"employees\":3,\"licenceNumber\":null,"
                + "\"status\":\"STAGNANT\",\"previousStatus\":\"ACTIVE\",\"version\":2,\"effectiveDate\":\"2025-01-15\","
                + "\"reasons\":[\"LIQUIDITY\",\"MARKET\"]}");
        assertThat(PLAIN.writeValueAsString(revival)).isEqualTo("{" + common
                + "\"status\":\"ACTIVE\",\"previousStatus\":\"STAGNANT\",\"version\":3,\"effectiveDate\":\"2025-06-01\","
                + "\"supporters\":[\"SAMT\",\"BANKS\"],\"newInvestmentRials\":\"79365079365\",\"jobsRestored\":16}");
        assertThat(READER.readValue(PLAIN.writeValueAsString(stagnation), UnitData.class)).isEqualTo(stagnation);
        assertThat(READER.readValue(PLAIN.writeValueAsString(revival), UnitData.class)).isEqualTo(revival);
    }

    @Test
    void estateDataWritesAMissingEnglishNameAsNull() throws Exception {
        EstateData zone = new EstateData("IR-25-Z31", EstateKind.ZONE, "IR-25", "کهک", "ناحیه صنعتی کهک", null,
                LocalDate.of(2025, 5, 11));

        assertThat(PLAIN.writeValueAsString(zone)).isEqualTo("{\"estateCode\":\"IR-25-Z31\",\"kind\":\"ZONE\","
                + "\"province\":\"IR-25\",\"county\":\"کهک\",\"nameFa\":\"ناحیه صنعتی کهک\",\"nameEn\":null,"
                + "\"effectiveDate\":\"2025-05-11\"}");
        assertThat(READER.readValue(PLAIN.writeValueAsString(zone), EstateData.class)).isEqualTo(zone);
    }

    @Test
    void moneyIsReadOnlyAsAStringOfAtMostNineteenDigits() throws Exception {
        assertThat(read("fixedInvestmentRials", "\"9999999999999999999\"").fixedInvestmentRials())
                .isEqualTo(new BigInteger("9999999999999999999"));
        for (String refused : List.of("5", "\"-5\"", "\"5.0\"", "\"\"", "\"12345678901234567890\"", "true")) {
            assertViolation("fixedInvestmentRials", refused, "must be a string of at most 19 digits (rials)");
        }
    }

    @Test
    void peopleAreReadOnlyAsNonNegativeWholeNumbers() throws Exception {
        assertThat(read("jobs", "0").jobs()).isZero();
        for (String refused : List.of("\"5\"", "5.0", "5.5", "-1", "3000000000", "1e2")) {
            assertViolation("jobs", refused, "must be a non-negative integer");
        }
    }

    @Test
    void datesAreReadStrictlyAsIsoDates() throws Exception {
        assertThat(read("effectiveDate", "\"2024-02-29\"").effectiveDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertViolation("effectiveDate", "\"2025-02-30\"", "must be an ISO date (YYYY-MM-DD): 2025-02-30");
        assertViolation("effectiveDate", "\"2025-04-12T00:00:00Z\"",
                "must be an ISO date (YYYY-MM-DD): 2025-04-12T00:00:00Z");
        assertViolation("effectiveDate", "20250101", "must be an ISO date (YYYY-MM-DD): 20250101");
    }

    @Test
    void enumValuesAreReadByNameNeverByOrdinal() throws Exception {
        assertThat(read("kind", "\"OPERATING\"").kind()).isEqualTo(PermitKind.OPERATING);
        assertThatThrownBy(() -> read("kind", "1")).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read("kind", "\"MINING\"")).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void unknownFieldsAreIgnoredAndUnknownStagnationReasonsKept() throws Exception {
        PermitData withExtras = READER.readValue(PLAIN.writeValueAsString(ISSUE).replace("{", "{\"colour\":\"blue\",")
                .replace("\"jobs\":40", "\"jobs\":40,\"nested\":{\"a\":[1]}"), PermitData.class);
        assertThat(withExtras).isEqualTo(ISSUE);
        UnitData stagnation = READER.readValue("{\"unitId\":\"5b0c6a3e-1f8e-4a55-9d6e-0d2c7d6f8a01\",\"kind\":\"GUILD\","
                + "\"province\":\"IR-25\",\"county\":\"قم\",\"activityCode\":\"1722\",\"sector\":\"17\",\"employees\":3,"
                + "\"status\":\"STAGNANT\",\"version\":2,\"effectiveDate\":\"2025-01-15\","
                + "\"reasons\":[\"LIQUIDITY\",\"WAR_DAMAGE\"]}", UnitData.class);
        assertThat(stagnation.reasons()).containsExactly(StagnationReason.LIQUIDITY, StagnationReason.of("WAR_DAMAGE"));
    }

    @Test
    void aReaderThatKeepsJacksonsDefaultsRefusesAnEventWithoutARequiredField() {
        assertThatThrownBy(() -> READER.readValue(PLAIN.writeValueAsString(ISSUE).replace("\"kind\":\"ESTABLISHMENT\",", ""),
                PermitData.class)).isInstanceOf(MismatchedInputException.class).hasMessageContaining("'kind'");
    }

    private static PermitData read(String field, String json) throws java.io.IOException {
        return READER.readValue(withField(field, json), PermitData.class);
    }

    private static void assertViolation(String field, String json, String rule) {
        assertThatThrownBy(() -> READER.readValue(withField(field, json), PermitData.class)).as(json)
                .isInstanceOfSatisfying(ContractViolation.class, e -> {
                    assertThat(e.getOriginalMessage()).isEqualTo(rule);
                    assertThat(e.getPath()).extracting(r -> r.getFieldName()).containsExactly(field);
                });
    }

    /** The issue above with one field's JSON replaced. */
    private static String withField(String field, String json) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode node = PLAIN.valueToTree(ISSUE);
            node.set(field, PLAIN.readTree(json));
            return node.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
