package ir.samt.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Inspection and case events exactly as docs/events.md describes them ("Inspection and case events"), keyed by the
 * unit; sent with {@link ContractEvents#send}. Independent of the service's classes.
 */
final class InspectionContractEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InspectionContractEvents() {
    }

    /** A visit of a registered unit in sector 52 (retail); {@code violations} alternate type, amount (null = none). */
    static ContractEvents.Event visit(String unitKey, String province, String campaign, LocalDate day, String... violations) {
        ObjectNode data = JSON.createObjectNode();
        data.put("inspectionId", UUID.randomUUID().toString());
        data.putNull("unitId");
        data.put("province", province);
        data.put("county", "بندرعباس");
        data.putNull("estateCode");
        data.put("activityCode", "5211");
        data.put("sector", "52");
        data.put("inspectorKind", "JOINT_PATROL");
        data.set("partners", JSON.valueToTree(List.of("DISCRETIONARY_PENALTIES")));
        data.put("campaignCode", campaign);
        ArrayNode found = data.putArray("violations");
        long total = 0;
        for (int i = 0; i < violations.length; i += 2) {
            ObjectNode v = found.addObject();
            v.put("type", violations[i]);
            v.put("amountRials", violations[i + 1]);
            total += violations[i + 1] == null ? 0 : Long.parseLong(violations[i + 1]);
        }
        data.put("violationsRials", Long.toString(total));
        data.put("caseId", violations.length == 0 ? null : UUID.randomUUID().toString());
        data.put("effectiveDate", day.toString());
        return envelope("ir.samt.inspection.recorded", unitKey, data);
    }

    static ContractEvents.Event caseEvent(String action, String unitKey, String province, String campaign, String penalty,
            LocalDate day) {
        ObjectNode data = JSON.createObjectNode();
        data.put("caseId", UUID.randomUUID().toString());
        data.putNull("unitId");
        data.put("province", province);
        data.put("county", "بندرعباس");
        data.putNull("estateCode");
        data.put("sector", "52");
        data.put("campaignCode", campaign);
        data.put("status", switch (action) {
            case "opened" -> "REFERRED";
            case "ruled" -> "RULED";
            default -> "CLOSED";
        });
        data.put("previousStatus", action.equals("opened") ? null : "REFERRED");
        data.put("version", action.equals("opened") ? 1 : 2);
        data.put("valueRials", "1000");
        data.put("violations", 1);
        if (penalty != null) {
            data.put("penaltyRials", penalty);
        }
        data.put("effectiveDate", day.toString());
        return envelope("ir.samt.case." + action, unitKey, data);
    }

    private static ContractEvents.Event envelope(String type, String key, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/samt/units-service");
        event.put("type", type);
        event.put("subject", key);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        try {
            return new ContractEvents.Event(ContractEvents.UNITS, key, JSON.writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
