package ir.samt.stats.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** What one inspection or case event counts for, and which are refused (to the dead letters) with which reason. */
class InspectionInterpreterTest {

    private static final String VISIT = """
            {"specversion":"1.0","id":"5b0c6a3e-1f8e-4a55-9d6e-0d2c7d6f8a09","source":"/samt/units-service",
             "type":"ir.samt.inspection.recorded","subject":"nid:0076229645","time":"2025-06-15T08:30:00Z",
             "datacontenttype":"application/json","data":{"inspectionId":"0b9f6c7e-6a0e-4f7e-9d0a-2b1c3d4e5f60",
             "unitId":null,"province":"ir-25","county":"قم","estateCode":null,"activityCode":"5211","sector":null,
             "inspectorKind":"INSPECTOR","partners":[],"campaignCode":%s,"violations":[%s],"violationsRials":"0",
             "caseId":null,"effectiveDate":"2025-06-15"}}""";

    private static final String RULED = """
            {"specversion":"1.0","id":"5b0c6a3e-1f8e-4a55-9d6e-0d2c7d6f8a10","source":"/samt/units-service",
             "type":"ir.samt.case.ruled","subject":"u","time":"2025-07-01T08:30:00Z","datacontenttype":"application/json",
             "data":{"caseId":"0b9f6c7e-6a0e-4f7e-9d0a-2b1c3d4e5f61","unitId":null,"province":"IR-25","county":"قم",
             "estateCode":null,"sector":"52","campaignCode":null,"status":"RULED","previousStatus":"REFERRED","version":2,
             "valueRials":"10","violations":1,%s"effectiveDate":"2025-07-01"}}""";

    @Test
    void aVisitCountsItselfItsViolationsByTypeWithTheirAmountsAndAllOfItAgainForItsCampaign() throws Exception {
        StatsEvent event = EventInterpreter.interpret(VISIT.formatted("\"QOM-WAR-1404\"",
                "{\"type\":\"OVERPRICING\",\"amountRials\":\"850000000\"},{\"type\":\"NO_PRICE_LIST\",\"amountRials\":null}"));
        assertThat(event.province()).isEqualTo("IR-25");
        assertThat(event.sector()).isEqualTo("52"); // from the activity code when the event has no sector
        assertThat(event.day()).hasToString("2025-06-15");
        assertThat(event.deltas()).containsExactly(
                Delta.count("insp.visit", 1),
                Delta.count("insp.visit.violating", 1),
                new Delta("insp.violation:OVERPRICING", 1, BigInteger.valueOf(850000000), 0),
                Delta.count("insp.violation:NO_PRICE_LIST", 1),
                Delta.count("cmp:QOM-WAR-1404|insp.visit", 1),
                Delta.count("cmp:QOM-WAR-1404|insp.visit.violating", 1),
                new Delta("cmp:QOM-WAR-1404|insp.violation:OVERPRICING", 1, BigInteger.valueOf(850000000), 0),
                Delta.count("cmp:QOM-WAR-1404|insp.violation:NO_PRICE_LIST", 1));
    }

    @Test
    void aVisitWithoutViolationsOrCampaignCountsOnlyAsAVisit() throws Exception {
        assertThat(EventInterpreter.interpret(VISIT.formatted("null", "")).deltas())
                .containsExactly(Delta.count("insp.visit", 1));
    }

    @Test
    void aRulingCountsItsPenalty() throws Exception {
        assertThat(EventInterpreter.interpret(RULED.formatted("\"penaltyRials\":\"1200000000\",")).deltas())
                .containsExactly(new Delta("insp.case.ruled", 1, BigInteger.valueOf(1200000000), 0));
    }

    @Test
    void eventsThatWouldCorruptTheFiguresAreRefusedNamingTheField() {
        assertThatThrownBy(() -> EventInterpreter.interpret(VISIT.formatted("null", "{\"type\":\"BRIBERY\",\"amountRials\":\"1\"}")))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("BRIBERY");
        assertThatThrownBy(() -> EventInterpreter.interpret(VISIT.formatted("null", "{\"type\":\"OVERPRICING\",\"amountRials\":-1}")))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("data.violations[0].amountRials");
        assertThatThrownBy(() -> EventInterpreter.interpret(VISIT.formatted("\"bad code|x\"", "")))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("data.campaignCode");
        assertThatThrownBy(() -> EventInterpreter.interpret(VISIT.formatted("null", "{\"amountRials\":\"1\"}")))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> EventInterpreter.interpret(RULED.formatted("")))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("data.penaltyRials is missing");
    }
}
