package ir.samt.units.importing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.Problem;
import ir.samt.platform.province.Province;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.units.estate.Estate;
import ir.samt.units.unit.GuildGroup;
import ir.samt.units.unit.RegisterUnitRequest;
import ir.samt.units.unit.UnitDraft;
import ir.samt.units.unit.UnitKind;
import ir.samt.units.unit.UnitRules;

/**
 * Imports a registry file record by record: each row is checked exactly like a single registration
 * (bean validation and {@link UnitRules}) plus the caller's province scope; good rows are written in
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

        List<ImportReport.RowError> errors = new ArrayList<>();
        List<UnitDraft> chunk = new ArrayList<>(chunkSize);
        long total = 0;
        long imported = 0;
        long valid = 0;
        long rejected = 0;
        boolean truncated = false;
        ImportRow row;
        try (ChunkPipeline pipeline = new ChunkPipeline(writer, actor, writers)) {
            while ((row = rows.next()) != null) {
                total++;
                List<ImportReport.RowError> rowErrors = new ArrayList<>();
                RegisterUnitRequest request = toRequest(row, rowErrors);
                if (request != null) {
                    check(request, row, estates, today, callerScope, rowErrors);
                }
                if (!rowErrors.isEmpty()) {
                    rejected++;
                    for (ImportReport.RowError error : rowErrors) {
                        if (errors.size() < ImportReport.MAX_ERRORS) {
                            errors.add(error);
                        } else {
                            truncated = true;
                        }
                    }
                    continue;
                }
                valid++;
                chunk.add(UnitDraft.of(request, today));
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
        long millis = (System.nanoTime() - started) / 1_000_000;
        registry.counter("samt.units.imported", "format", format).increment(imported);
        LOG.infof("Import by %s (%s): %d rows, %d imported, %d already imported, %d rejected in %d ms",
                actor, format, total, imported, valid - imported, rejected, millis);
        return new ImportReport(format, total, imported, valid - imported, rejected, errors,
                truncated, millis);
    }

    /** Turns text fields into a request; type errors (an unknown kind, a non-number) are row errors. */
    private static RegisterUnitRequest toRequest(ImportRow row, List<ImportReport.RowError> errors) {
        Map<String, String> f = row.fields();
        String ref = f.get("externalRef");
        if (row.unreadable() != null) {
            errors.add(new ImportReport.RowError(row.number(), null, "row", row.unreadable()));
            return null;
        }
        for (var entry : f.entrySet()) {
            if (entry.getValue() != null && entry.getValue().startsWith("\u0000")) {
                errors.add(new ImportReport.RowError(row.number(), ref, entry.getKey(), "must be a string or a number"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        if (ref == null || ref.isBlank()) {
            errors.add(new ImportReport.RowError(row.number(), null, "externalRef",
                    "is required: it identifies the row so that a re-import changes nothing"));
        }
        UnitKind kind = parseEnum(UnitKind.class, f.get("kind"), "kind", row, ref, errors);
        GuildGroup group = parseEnum(GuildGroup.class, f.get("guildGroup"), "guildGroup", row, ref, errors);
        Integer employees = null;
        String rawEmployees = f.get("employees");
        if (rawEmployees != null) {
            String digits = PersianText.toAsciiDigits(rawEmployees).strip();
            if (digits.matches("-?[0-9]{1,9}")) {
                employees = Integer.parseInt(digits);
            } else {
                errors.add(new ImportReport.RowError(row.number(), ref, "employees", "must be a whole number"));
            }
        }
        LocalDate registeredOn = null;
        String rawDate = f.get("registeredOn");
        if (rawDate != null && !rawDate.isBlank()) {
            try {
                String date = PersianText.toAsciiDigits(rawDate).strip();
                registeredOn = date.contains("/") ? JalaliDate.parse(date).toLocalDate() : LocalDate.parse(date);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                errors.add(new ImportReport.RowError(row.number(), ref, "registeredOn",
                        "must be an ISO date (2025-05-10) or a Jalali date (1404/02/20)"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new RegisterUnitRequest(kind, group, f.get("name"), f.get("nationalId"), f.get("province"), f.get("county"),
                f.get("estateCode"), f.get("activityCode"), employees, f.get("licenceNumber"), registeredOn, ref.strip());
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

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String field, ImportRow row, String ref,
            List<ImportReport.RowError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new ImportReport.RowError(row.number(), ref, field,
                    "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
