package ir.samt.permits.importing;

import java.time.LocalDate;
import java.util.List;

import ir.samt.permits.permit.GuildTerm;
import ir.samt.permits.permit.IssuePermitRequest;
import ir.samt.permits.permit.LicenceHistory;
import ir.samt.permits.permit.PermitKind;
import ir.samt.permits.permit.PermitScope;
import ir.samt.platform.importing.ImportColumns;
import ir.samt.platform.importing.ImportReport;
import ir.samt.platform.importing.ImportRow;
import ir.samt.platform.importing.RowFields;

/**
 * Reads one licence import row into the licence as another registry recorded it: the fields of
 * {@link IssuePermitRequest} (the holder flattened into holderName and nationalId), its key and number there,
 * and its history (renewal dates separated by {@code ;}, the revocation's date and reason).
 */
final class LicenceRowParser {

    static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalRef", "licenceNumber", "kind", "scope", "guildTerm", "holderName", "nationalId", "province",
                    "county", "estateCode", "activityCode", "product", "fixedInvestmentRials", "jobs", "issuedOn",
                    "renewedOn", "revokedOn", "revocationReason"),
            List.of("externalRef", "kind", "holderName", "nationalId", "province", "county", "activityCode",
                    "fixedInvestmentRials", "jobs", "issuedOn"));

    /** The licence, or the errors that prevented it (never both). */
    record Parsed(LicenceHistory.Recorded recorded, String externalRef, List<ImportReport.RowError> errors) {
    }

    private LicenceRowParser() {
    }

    static Parsed parse(ImportRow row) {
        RowFields fields = RowFields.read(row, COLUMNS, "externalRef");
        if (!fields.errors().isEmpty()) {
            return new Parsed(null, null, fields.errors());
        }
        if (fields.ref() == null) {
            fields.error("externalRef", "is required: the licence's unique ID (شناسه یکتا) or its key in the registry it "
                    + "comes from, so that a re-import changes nothing");
        }
        PermitKind kind = fields.enumValue(PermitKind.class, "kind");
        PermitScope scope = fields.enumValue(PermitScope.class, "scope");
        GuildTerm term = fields.enumValue(GuildTerm.class, "guildTerm");
        Long investment = fields.rials("fixedInvestmentRials");
        Integer jobs = fields.wholeNumber("jobs");
        LocalDate issuedOn = fields.date("issuedOn");
        List<LocalDate> renewedOn = fields.dates("renewedOn");
        LocalDate revokedOn = fields.date("revokedOn");
        if (!fields.errors().isEmpty()) {
            return new Parsed(null, fields.ref(), fields.errors());
        }
        IssuePermitRequest licence = new IssuePermitRequest(kind, scope, term,
                new IssuePermitRequest.Holder(fields.text("holderName"), fields.text("nationalId")), fields.text("province"),
                fields.text("county"), fields.text("estateCode"), null, fields.text("activityCode"), fields.text("product"),
                null, investment, jobs, issuedOn, null, fields.ref());
        return new Parsed(new LicenceHistory.Recorded(licence, fields.text("licenceNumber"), renewedOn, revokedOn,
                fields.text("revocationReason")), fields.ref(), List.of());
    }
}
