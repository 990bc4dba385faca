package ir.samt.units.importing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.problem.Problem;
import ir.samt.platform.province.Province;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.units.estate.Estate;
import ir.samt.units.unit.RegisterUnitRequest;
import ir.samt.units.unit.UnitDraft;
import ir.samt.units.unit.UnitRules;

/**
 * Imports a registry file record by record: each row is read by the input rules of a JSON body
 * ({@link RowParser}) and checked exactly like a single registration (bean validation and
 * {@link UnitRules}) plus the caller's province scope; good rows are written in
 * chunks of {@code samt.units.import.chunk-size}, each chunk in its own transaction with its events,
 * written by a {@link ChunkPipeline} ({@code samt.units.import.writers} at once) while the next chunk
 * is read. Only those chunks and the error report are held in memory, never the file.
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
    MeterRegistry registry;

    @ConfigProperty(name = "samt.units.import.chunk-size", defaultValue = "1000")
    int chunkSize;

    @ConfigProperty(name = "samt.units.import.writers", defaultValue = "2")
    int writers;

    /**
     * @param callerScope the caller's province claim: a province code, or {@link ProvinceScope#NATIONAL}
     */
    public ImportReport run(String format, RowSource rows, String callerScope, String actor) throws IOException {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(Jalali.TEHRAN));
        Map<String, String> estates = new HashMap<>();
        Estate.<Estate>listAll().forEach(e -> estates.put(e.code, e.province));

        ImportErrors errors = new ImportErrors();
        List<ValidRow> chunk = new ArrayList<>(chunkSize);
        long total = 0;
        long imported;
        long valid = 0;
        ImportRow row;
        try (ChunkPipeline pipeline = new ChunkPipeline(writer, actor, writers, errors::refusedByDatabase)) {
            while ((row = rows.next()) != null) {
                total++;
                RowParser.Parsed parsed = RowParser.parse(row);
                List<ImportReport.RowError> rowErrors = new ArrayList<>(parsed.errors());
                if (parsed.request() != null) {
                    check(parsed.request(), row, estates, today, callerScope, rowErrors);
                }
                if (!rowErrors.isEmpty()) {
                    errors.reject(rowErrors);
                    continue;
                }
                valid++;
                chunk.add(new ValidRow(row.number(), UnitDraft.of(parsed.request(), today)));
                if (chunk.size() >= chunkSize) {
                    pipeline.submit(chunk, OffsetDateTime.now(clock));
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty()) {
                pipeline.submit(chunk, OffsetDateTime.now(clock));
            }
            imported = pipeline.finish();
        }
        long alreadyImported = valid - imported - errors.refusedByDatabase();
        long millis = (System.nanoTime() - started) / 1_000_000;
        registry.counter("samt.units.imported", "format", format).increment(imported);
        LOG.infof("Import by %s (%s): %d rows, %d imported, %d already imported, %d rejected (%d by the database) in %d ms",
                actor, format, total, imported, alreadyImported, errors.rejectedRows(), errors.refusedByDatabase(), millis);
        return new ImportReport(format, total, imported, alreadyImported, errors.rejectedRows(), errors.inRowOrder(),
                errors.truncated(), millis);
    }

    private void check(RegisterUnitRequest request, ImportRow row, Map<String, String> estates, LocalDate today,
            String callerScope, List<ImportReport.RowError> errors) {
        Set<ConstraintViolation<RegisterUnitRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            violations.stream()
                    .map(v -> new ImportReport.RowError(row.number(), request.externalRef(), v.getPropertyPath().toString(),
                            v.getMessage()))
                    .sorted(Comparator.comparing(ImportReport.RowError::field))
                    .forEach(errors::add);
            return;
        }
        String province = Province.byCode(request.province()).orElseThrow().code();
        if (!ProvinceScope.mayWrite(callerScope, province)) {
            errors.add(new ImportReport.RowError(row.number(), request.externalRef(), "province",
                    "your token is scoped to " + callerScope + " and may not register units of " + province));
            return;
        }
        for (Problem.FieldError e : UnitRules.check(request, code -> Optional.ofNullable(estates.get(code)), today)) {
            errors.add(new ImportReport.RowError(row.number(), request.externalRef(), e.field(), e.message()));
        }
    }
}
