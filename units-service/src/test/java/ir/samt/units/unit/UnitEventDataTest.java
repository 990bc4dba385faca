package ir.samt.units.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data of a unit's events, byte for byte what units-service published before the data became a
 * typed record (the expected strings were captured from the map-building code), serialised the way the
 * outbox does it.
 */
class UnitEventDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String INDUSTRIAL_UNIT = "\"unitId\":\"5b0c6a3e-1f8e-4a55-9d6e-0d2c7d6f8a01\","
            + "\"kind\":\"INDUSTRIAL\",\"guildGroup\":null,\"province\":\"IR-25\",\"county\":\"قم\","
            + "\"estateCode\":\"IR-25-T05\",\"activityCode\":\"2930\",\"sector\":\"29\",\"employees\":550,"
            + "\"licenceNumber\":\"25-1404-000123\",";

    @Test
    void aRegistrationRevivalAndClosureCarryTheSameJsonAsBefore() throws Exception {
        Unit unit = industrialUnit();
        unit.status = UnitStatus.ACTIVE;
        unit.version = 0;
        assertThat(json(UnitEvents.data(unit, null, LocalDate.of(2024, 3, 1)))).isEqualTo("{" + INDUSTRIAL_UNIT
                + "\"status\":\"ACTIVE\",\"previousStatus\":null,\"version\":1,\"effectiveDate\":\"2024-03-01\"}");

        unit.version = 2;
        assertThat(json(UnitEvents.revived(unit, UnitStatus.STAGNANT, LocalDate.of(2025, 6, 1),
                List.of(Supporter.SAMT, Supporter.BANKS), 79_365_079_365L, 16))).isEqualTo("{" + INDUSTRIAL_UNIT
                        + "\"status\":\"ACTIVE\",\"previousStatus\":\"STAGNANT\",\"version\":3,"
                        + "\"effectiveDate\":\"2025-06-01\",\"supporters\":[\"SAMT\",\"BANKS\"],"
                        + "\"newInvestmentRials\":\"79365079365\",\"jobsRestored\":16}");

        unit.status = UnitStatus.CLOSED;
        unit.version = 3;
        assertThat(json(UnitEvents.data(unit, UnitStatus.ACTIVE, LocalDate.of(2025, 8, 1)))).isEqualTo("{" + INDUSTRIAL_UNIT
                + "\"status\":\"CLOSED\",\"previousStatus\":\"ACTIVE\",\"version\":4,\"effectiveDate\":\"2025-08-01\"}");
    }

    @Test
    void aGuildUnitsStagnationCarriesTheSameJsonAsBefore() throws Exception {
        Unit unit = new Unit();
        unit.id = UUID.fromString("5b0c6a3e-1f8e-4a55-9d6e-0d2c7d6f8a01");
        unit.kind = UnitKind.GUILD;
        unit.guildGroup = GuildGroup.PRODUCTION_TECHNICAL;
        unit.province = "IR-25";
        unit.county = "کهک";
        unit.activityCode = "1722";
        unit.sector = "17";
        unit.employees = 3;
        unit.status = UnitStatus.STAGNANT;
        unit.version = 1;

        assertThat(json(UnitEvents.stagnated(unit, UnitStatus.ACTIVE, LocalDate.of(2025, 1, 15),
                List.of(StagnationReason.LIQUIDITY, StagnationReason.MARKET)))).isEqualTo("{\"unitId\":"
                        + "\"5b0c6a3e-1f8e-4a55-9d6e-0d2c7d6f8a01\",\"kind\":\"GUILD\",\"guildGroup\":\"PRODUCTION_TECHNICAL\","
                        + "\"province\":\"IR-25\",\"county\":\"کهک\",\"estateCode\":null,\"activityCode\":\"1722\","
                        + "\"sector\":\"17\",\"employees\":3,\"licenceNumber\":null,\"status\":\"STAGNANT\","
                        + "\"previousStatus\":\"ACTIVE\",\"version\":2,\"effectiveDate\":\"2025-01-15\","
                        + "\"reasons\":[\"LIQUIDITY\",\"MARKET\"]}");
    }

    @Test
    void everyValueOfThisServicesEnumsHasItsContractValue() {
        Unit unit = industrialUnit();
        for (UnitKind kind : UnitKind.values()) {
            for (GuildGroup group : GuildGroup.values()) {
                for (UnitStatus status : UnitStatus.values()) {
                    unit.kind = kind;
                    unit.guildGroup = group;
                    unit.status = status;
                    var data = UnitEvents.data(unit, status, LocalDate.of(2025, 1, 1));
                    assertThat(List.of(data.kind().name(), data.guildGroup().name(), data.status().name(),
                            data.previousStatus().name())).containsExactly(kind.name(), group.name(), status.name(),
                                    status.name());
                }
            }
        }
        List<StagnationReason> reasons = Arrays.asList(StagnationReason.values());
        assertThat(UnitEvents.stagnated(unit, null, LocalDate.of(2025, 1, 1), reasons).reasons())
                .extracting(ir.samt.contracts.units.StagnationReason::name)
                .containsExactlyElementsOf(reasons.stream().map(Enum::name).toList());
        List<Supporter> supporters = Arrays.asList(Supporter.values());
        assertThat(UnitEvents.revived(unit, null, LocalDate.of(2025, 1, 1), supporters, 1, 1).supporters())
                .extracting(Enum::name).containsExactlyElementsOf(supporters.stream().map(Enum::name).toList());
    }

    private static Unit industrialUnit() {
        Unit unit = new Unit();
        unit.id = UUID.fromString("5b0c6a3e-1f8e-4a55-9d6e-0d2c7d6f8a01");
        unit.kind = UnitKind.INDUSTRIAL;
        unit.province = "IR-25";
        unit.county = "قم";
        unit.estateCode = "IR-25-T05";
        unit.activityCode = "2930";
        unit.sector = "29";
        unit.employees = 550;
        unit.licenceNumber = "25-1404-000123";
        return unit;
    }

    /** As the outbox writes it: through the mapper's tree, then text. */
    private static String json(Object data) throws Exception {
        return MAPPER.writeValueAsString(MAPPER.valueToTree(data));
    }
}
