package ir.samt.permits.importing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import ir.samt.permits.permit.IssuePermitRequest;
import ir.samt.permits.permit.LicenceDraft;
import ir.samt.permits.permit.LicenceHistory;
import ir.samt.permits.permit.LicenceImportWriter;
import ir.samt.permits.reference.UnitReferences;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.importing.FreshStatistics;
import ir.samt.platform.importing.ImportProgress;
import ir.samt.platform.importing.ImportReport;
import ir.samt.platform.importing.ImportRow;
import ir.samt.platform.importing.ImportRun;
import ir.samt.platform.importing.RowSource;
import ir.samt.platform.problem.Problem;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;
import ir.samt.platform.security.ProvinceScope;

/**
 * Imports licences kept elsewhere ({@link ImportRun}): each row is read by the input rules of a JSON body
 * ({@link LicenceRowParser}), checked exactly like a single issuance (bean validation, the issuance rules,
 * the estate in units-service) plus the caller's province scope, and its history replayed through the
 * lifecycle rules ({@link LicenceHistory}); good rows are written by {@link LicenceImportWriter} in chunks
 * of {@code samt.permits.import.chunk-size}, {@code samt.permits.import.writers} at once.
 */
@ApplicationScoped
public class LicenceImporter {

    private static final Logger LOG = Logger.getLogger(LicenceImporter.class);
    /** Field names of the JSON body that are flattened into columns of the file. */
    private static final Map<String, String> COLUMN_OF = Map.of("holder.name", "holderName", "holder.nationalId", "nationalId");
    private static final Pattern LICENCE_NUMBER = Pattern.compile("[0-9A-Za-z/-]{1,32}");

    @Inject
    Validator validator;

    @Inject
    LicenceImportWriter writer;

    @Inject
    UnitReferences references;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "samt.permits.import.chunk-size", defaultValue = "1000")
    int chunkSize;

    @ConfigProperty(name = "samt.permits.import.writers", defaultValue = "2")
    int writers;

    /** An import that stored this many rows refreshes the planner's statistics at once ({@link FreshStatistics}); 0 never. */
    @ConfigProperty(name = "samt.permits.import.analyze-after-rows", defaultValue = "50000")
    long analyzeAfterRows;

    /** @param callerScope the caller's province claim: a province code, or {@link ProvinceScope#NATIONAL} */
    public ImportReport run(String format, RowSource rows, String callerScope, String actor, ImportProgress progress)
            throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(Jalali.TEHRAN));
        ImportReport report = ImportRun.run(format, rows, row -> check(row, today, callerScope), writer,
                new ImportRun.Settings("licence-import-writer", chunkSize, writers), actor, clock, progress);
        FreshStatistics.afterImport(dataSource, report.imported(), analyzeAfterRows, "permit", "permit_change");
        registry.counter("samt.permits.imported", "format", format).increment(report.imported());
        LOG.infof("Licence import by %s (%s): %d rows, %d imported, %d already imported, %d rejected in %d ms",
                actor, format, report.rows(), report.imported(), report.alreadyImported(), report.rejected(), report.millis());
        return report;
    }

    private ImportRun.Checked<LicenceDraft> check(ImportRow row, LocalDate today, String callerScope) {
        LicenceRowParser.Parsed parsed = LicenceRowParser.parse(row);
        if (parsed.recorded() == null) {
            return ImportRun.Checked.refused(parsed.errors());
        }
        String ref = parsed.externalRef();
        IssuePermitRequest licence = parsed.recorded().licence();
        Set<ConstraintViolation<IssuePermitRequest>> violations = validator.validate(licence);
        if (!violations.isEmpty()) {
            return ImportRun.Checked.refused(violations.stream()
                    .map(v -> new ImportReport.RowError(row.number(), ref, column(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(Comparator.comparing(ImportReport.RowError::field)).toList());
        }
        String number = parsed.recorded().licenceNumber();
        if (number != null && !LICENCE_NUMBER.matcher(number).matches()) {
            return refused(row, ref, "licenceNumber", "must be 1 to 32 letters, digits, '-' or '/'");
        }
        String revocationReason = parsed.recorded().revocationReason();
        if (revocationReason != null && revocationReason.length() > 500) {
            return refused(row, ref, "revocationReason", "size must be between 0 and 500");
        }
        String province = Province.byCode(licence.province()).orElseThrow().code();
        if (!ProvinceScope.mayWrite(callerScope, province)) {
            return refused(row, ref, "province", "your token is scoped to " + callerScope
                    + " and may not import licences of " + province);
        }
        try {
            LicenceDraft draft = LicenceHistory.replay(parsed.recorded(), today);
            // a 400 is this row's error; units-service unavailable (503) stops the import, to be re-sent
            references.requireEstate(licence.estateCode(), province);
            return ImportRun.Checked.valid(ref, draft);
        } catch (ProblemException e) {
            Problem problem = e.problem();
            if (problem.status() != 400) {
                throw e;
            }
            List<ImportReport.RowError> errors = problem.errors() == null || problem.errors().isEmpty()
                    ? List.of(new ImportReport.RowError(row.number(), ref, "row", problem.detail()))
                    : problem.errors().stream()
                            .map(f -> new ImportReport.RowError(row.number(), ref, column(f.field()), f.message())).toList();
            return ImportRun.Checked.refused(errors);
        }
    }

    private static ImportRun.Checked<LicenceDraft> refused(ImportRow row, String ref, String field, String message) {
        return ImportRun.Checked.refused(List.of(new ImportReport.RowError(row.number(), ref, field, message)));
    }

    private static String column(String field) {
        return COLUMN_OF.getOrDefault(field, field);
    }
}
