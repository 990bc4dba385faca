package ir.samt.units.inspection;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.List;

import ir.samt.contracts.EventType;
import ir.samt.contracts.inspections.CaseData;
import ir.samt.contracts.inspections.InspectionData;
import ir.samt.contracts.inspections.PartnerBody;
import ir.samt.contracts.inspections.Violation;

/**
 * The inspection and case events (docs/events.md, docs/inspections.md), their data as the contract's records.
 * Both are keyed by the unit ({@link Inspection#unitKey}), so a unit's visits and its cases' changes stay in order.
 */
final class InspectionEvents {

    static final String INSPECTION = "inspection";
    static final String CASE = "case";
    static final String RECORDED = EventType.INSPECTION_RECORDED.type();
    static final String OPENED = EventType.CASE_OPENED.type();
    static final String RULED = EventType.CASE_RULED.type();
    static final String CLOSED = EventType.CASE_CLOSED.type();

    private InspectionEvents() {
    }

    static InspectionData recorded(Inspection i) {
        return new InspectionData(i.id, i.unitId, i.province, i.county, i.estateCode, i.activityCode, i.sector,
                i.inspectorKind, partners(i.partners), i.campaignCode,
                i.violations.stream().map(v -> new Violation(v.type.contract(),
                        v.amountRials == null ? null : BigInteger.valueOf(v.amountRials))).toList(),
                i.violationsRials, i.caseId, i.inspectedOn);
    }

    static CaseData caseData(CaseFile c, ir.samt.contracts.inspections.CaseStatus previous) {
        return new CaseData(c.id, c.unitId, c.province, c.county, c.estateCode, c.sector, c.campaignCode, c.status,
                previous, c.changeNumber(), c.valueRials, c.violations, c.penaltyRials,
                previous == null ? c.openedOn : c.decidedOn);
    }

    /**
     * The key of an unregistered unit: {@code nid:} and the first 32 hex digits of the SHA-256 of its national ID.
     * Stable per unit (so its events stay in order and its open case is found again), but not the national ID itself,
     * which would otherwise leave in every event's key and subject.
     */
    static String unregisteredKey(String nationalId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(nationalId.getBytes(StandardCharsets.US_ASCII));
            return "nid:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    static List<PartnerBody> partners(String stored) {
        return stored == null || stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split(",")).map(PartnerBody::valueOf).toList();
    }
}
