package ir.samt.permits.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data of a licence's events, byte for byte what permits-service published before the data became a
 * typed record (the expected strings were captured from the map-building code), serialised the way the
 * outbox does it.
 */
class PermitEventDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void anIssueAndARevocationCarryTheSameJsonAsBefore() throws Exception {
        Permit permit = new Permit();
        permit.id = UUID.fromString("0b9f6c7e-6a0e-4f7e-9d0a-2b1c3d4e5f60");
        permit.licenceNumber = "25-1404-000123";
        permit.kind = PermitKind.ESTABLISHMENT;
        permit.scope = PermitScope.NEW;
        permit.province = "IR-25";
        permit.county = "قم";
        permit.estateCode = "IR-25-T03";
        permit.activityCode = "2411";
        permit.sector = "24";
        permit.fixedInvestmentRials = 2_500_000_000_000L;
        permit.jobs = 40;
        permit.issuedOn = LocalDate.of(2025, 4, 1);
        permit.validUntil = LocalDate.of(2026, 3, 31);
        permit.status = PermitStatus.ACTIVE;
        permit.version = 0;

        assertThat(json(PermitEvents.data(permit, null, permit.issuedOn, null))).isEqualTo("{\"permitId\":"
                + "\"0b9f6c7e-6a0e-4f7e-9d0a-2b1c3d4e5f60\",\"licenceNumber\":\"25-1404-000123\",\"kind\":\"ESTABLISHMENT\","
                + "\"scope\":\"NEW\",\"guildTerm\":null,\"province\":\"IR-25\",\"county\":\"قم\",\"estateCode\":\"IR-25-T03\","
                + "\"unitId\":null,\"activityCode\":\"2411\",\"sector\":\"24\",\"fixedInvestmentRials\":\"2500000000000\","
                + "\"jobs\":40,\"issuedOn\":\"2025-04-01\",\"validUntil\":\"2026-03-31\",\"status\":\"ACTIVE\","
                + "\"previousStatus\":null,\"version\":1,\"effectiveDate\":\"2025-04-01\"}");

        permit.kind = PermitKind.GUILD;
        permit.scope = null;
        permit.guildTerm = GuildTerm.PERMANENT;
        permit.estateCode = null;
        permit.unitId = UUID.fromString("7c1e0000-0000-4000-8000-000000000001");
        permit.validUntil = null;
        permit.status = PermitStatus.REVOKED;
        permit.version = 2;

        assertThat(json(PermitEvents.data(permit, PermitStatus.ACTIVE, LocalDate.of(2025, 9, 1), "تخلف زیست‌محیطی")))
                .isEqualTo("{\"permitId\":\"0b9f6c7e-6a0e-4f7e-9d0a-2b1c3d4e5f60\",\"licenceNumber\":\"25-1404-000123\","
                        + "\"kind\":\"GUILD\",\"scope\":null,\"guildTerm\":\"PERMANENT\",\"province\":\"IR-25\","
                        + "\"county\":\"قم\",\"estateCode\":null,\"unitId\":\"7c1e0000-0000-4000-8000-000000000001\","
                        + "\"activityCode\":\"2411\",\"sector\":\"24\",\"fixedInvestmentRials\":\"2500000000000\","
                        + "\"jobs\":40,\"issuedOn\":\"2025-04-01\",\"validUntil\":null,\"status\":\"REVOKED\","
                        + "\"previousStatus\":\"ACTIVE\",\"version\":3,\"effectiveDate\":\"2025-09-01\","
                        + "\"reason\":\"تخلف زیست‌محیطی\"}");
    }

    @Test
    void everyKindScopeTermAndStatusOfThisServiceHasItsContractValue() {
        Permit permit = new Permit();
        permit.id = UUID.randomUUID();
        permit.issuedOn = LocalDate.of(2025, 4, 1);
        for (PermitKind kind : PermitKind.values()) {
            for (PermitStatus status : PermitStatus.values()) {
                permit.kind = kind;
                permit.status = status;
                var data = PermitEvents.data(permit, status, permit.issuedOn, null);
                assertThat(data.kind().name()).isEqualTo(kind.name());
                assertThat(data.status().name()).isEqualTo(status.name());
                assertThat(data.previousStatus().name()).isEqualTo(status.name());
            }
        }
        for (PermitScope scope : PermitScope.values()) {
            permit.scope = scope;
            assertThat(PermitEvents.data(permit, null, permit.issuedOn, null).scope().name()).isEqualTo(scope.name());
        }
        for (GuildTerm term : GuildTerm.values()) {
            permit.guildTerm = term;
            assertThat(PermitEvents.data(permit, null, permit.issuedOn, null).guildTerm().name()).isEqualTo(term.name());
        }
    }

    /** As the outbox writes it: through the mapper's tree, then text. */
    private static String json(Object data) throws Exception {
        return MAPPER.writeValueAsString(MAPPER.valueToTree(data));
    }
}
