package ir.samt.permits.permit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code data} of the permit CloudEvents (docs/events.md): every dimension and amount a consumer
 * needs, so nobody has to call back, and no personal data about the holder.
 */
final class PermitEvents {

    static final String AGGREGATE = "permit";
    static final String ISSUED = "ir.samt.permit.issued";
    static final String RENEWED = "ir.samt.permit.renewed";
    static final String REVOKED = "ir.samt.permit.revoked";
    static final String EXPIRED = "ir.samt.permit.expired";

    private PermitEvents() {
    }

    static Map<String, Object> data(Permit permit, PermitStatus previousStatus, LocalDate effectiveDate) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("permitId", permit.id.toString());
        data.put("licenceNumber", permit.licenceNumber);
        data.put("kind", permit.kind);
        data.put("scope", permit.scope);
        data.put("guildTerm", permit.guildTerm);
        data.put("province", permit.province);
        data.put("county", permit.county);
        data.put("estateCode", permit.estateCode);
        data.put("unitId", permit.unitId == null ? null : permit.unitId.toString());
        data.put("activityCode", permit.activityCode);
        data.put("sector", permit.sector);
        data.put("fixedInvestmentRials", Long.toString(permit.fixedInvestmentRials));
        data.put("jobs", permit.jobs);
        data.put("issuedOn", permit.issuedOn.toString());
        data.put("validUntil", permit.validUntil == null ? null : permit.validUntil.toString());
        data.put("status", permit.status);
        data.put("previousStatus", previousStatus);
        data.put("version", permit.changeNumber());
        data.put("effectiveDate", effectiveDate.toString());
        return data;
    }
}
