package ir.samt.units.importing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.importing.FreshStatistics;
import ir.samt.platform.importing.ImportProgress;
import ir.samt.platform.importing.ImportReport;
import ir.samt.platform.importing.ImportRow;
import ir.samt.platform.importing.ImportRun;
import ir.samt.platform.importing.RowSource;
import ir.samt.platform.problem.Problem;
import ir.samt.platform.province.Province;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.units.estate.Estate;
import ir.samt.units.unit.RegisterUnitRequest;
import ir.samt.units.unit.UnitDraft;
import ir.samt.units.unit.UnitRules;

/**
 * Imports a registry file record by record ({@link ImportRun}): each row is read by the input rules of a
 * JSON body ({@link RowParser}) and checked exactly like a single registration (bean validation and
 * {@link UnitRules}) plus the caller's province scope; good rows are written by {@link ImportWriter} in
 * chunks of {@code samt.units.import.chunk-size}, {@code samt.units.import.writers} at once.
 */
@ApplicationScoped
public class UnitImporter {

    private static final Logger LOG = Logger.getLogger(UnitImporter.class);

    @Inject
    Validator validator;

    @Inject
    ImportWriter writer;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "samt.units.import.chunk-size", defaultValue = "1000")
    int chunkSize;

    @ConfigProperty(name = "samt.units.import.writers", defaultValue = "2")
    int writers;

    /** An import that stored this many rows refreshes the planner's statistics at once ({@link FreshStatistics}); 0 never. */
    @ConfigProperty(name = "samt.units.import.analyze-after-rows", defaultValue = "50000")
    long analyzeAfterRows;

    /**
     * @param callerScope the caller's province claim: a province code, or {@link ProvinceScope#NATIONAL}
     */
    public ImportReport run(String format, RowSource rows, String callerScope, String actor, ImportProgress progress)
            throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(Jalali.TEHRAN));
        Map<String, String> estates = new HashMap<>();
        Estate.<Estate>listAll().forEach(e -> estates.put(e.code, e.province));
        ImportReport report = ImportRun.run(format, rows, row -> check(row, estates, today, callerScope), writer,
                new ImportRun.Settings("unit-import-writer", chunkSize, writers), actor, clock, progress);
        FreshStatistics.afterImport(dataSource, report.imported(), analyzeAfterRows, "unit", "unit_change");
        registry.counter("samt.units.imported", "format", format).increment(report.imported());
        LOG.infof("Import by %s (%s): %d rows, %d imported, %d already imported, %d rejected in %d ms",
                actor, format, report.rows(), report.imported(), report.alreadyImported(), report.rejected(), report.millis());
        return report;
    }

    private ImportRun.Checked<UnitDraft> check(ImportRow row, Map<String, String> estates, LocalDate today,
            String callerScope) {
        RowParser.Parsed parsed = RowParser.parse(row);
        if (parsed.request() == null) {
            return ImportRun.Checked.refused(parsed.errors());
        }
        RegisterUnitRequest request = parsed.request();
        List<ImportReport.RowError> errors = new ArrayList<>();
        Set<ConstraintViolation<RegisterUnitRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            violations.stream()
                    .map(v -> new ImportReport.RowError(row.number(), request.externalRef(), v.getPropertyPath().toString(),
                            v.getMessage()))
                    .sorted(Comparator.comparing(ImportReport.RowError::field))
                    .forEach(errors::add);
            return ImportRun.Checked.refused(errors);
        }
        String province = Province.byCode(request.province()).orElseThrow().code();
        if (!ProvinceScope.mayWrite(callerScope, province)) {
            return ImportRun.Checked.refused(List.of(new ImportReport.RowError(row.number(), request.externalRef(),
                    "province", "your token is scoped to " + callerScope + " and may not register units of " + province)));
        }
        for (Problem.FieldError e : UnitRules.check(request, code -> Optional.ofNullable(estates.get(code)), today)) {
            errors.add(new ImportReport.RowError(row.number(), request.externalRef(), e.field(), e.message()));
        }
        return errors.isEmpty() ? ImportRun.Checked.valid(request.externalRef(), UnitDraft.of(request, today))
                : ImportRun.Checked.refused(errors);
    }
}
