package ir.samt.stats.projection;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import ir.samt.contracts.EventData;
import ir.samt.contracts.estates.EstateData;
import ir.samt.contracts.permits.PermitData;
import ir.samt.contracts.permits.ProgressData;
import ir.samt.contracts.units.StagnationReason;
import ir.samt.contracts.units.UnitData;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.province.Province;
import ir.samt.platform.sector.Sector;

/**
 * Turns one Kafka record value (a structured-mode CloudEvent, docs/events.md) into a
 * {@link StatsEvent}, or refuses it with the reason that goes into the dead-letter headers.
 * {@link EventReader} reads the envelope and binds the data to the contract's record; this class
 * decides what the record counts for.
 *
 * <p>Strict where a wrong guess would corrupt totals (unknown type, province, kind or status; money
 * that is not a digit string: the records' wire rules), lenient where the contract allows growth
 * (unknown fields are ignored; a new stagnation reason is counted under its own name).
 */
public final class EventInterpreter {

    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z_]{0,31}");
    private static final Pattern SECTOR = Pattern.compile("[0-9]{2}");

    private EventInterpreter() {
    }

    public static StatsEvent interpret(String value) throws InvalidEventException {
        EventReader.Read event = EventReader.read(value);
        Where where = where(event.data());
        String type = event.type().type();
        String action = event.type().action();
        if (event.data() instanceof PermitData permit) {
            return new StatsEvent(event.id(), type, event.time(), where.day, where.province, where.county,
                    where.estateCode, where.sector, permitDeltas(action, permit), null);
        }
        if (event.data() instanceof ProgressData report) {
            return new StatsEvent(event.id(), type, event.time(), where.day, where.province, where.county,
                    where.estateCode, where.sector, ProjectProgress.deltas(report), null);
        }
        if (event.data() instanceof UnitData unit) {
            return new StatsEvent(event.id(), type, event.time(), where.day, where.province, where.county,
                    where.estateCode, where.sector, unitDeltas(action, unit), null);
        }
        if (InspectionInterpreter.counts(event.data())) {
            return new StatsEvent(event.id(), type, event.time(), where.day, where.province, where.county,
                    where.estateCode, InspectionInterpreter.sector(event.data()),
                    InspectionInterpreter.deltas(action, event.data()), null);
        }
        EstateData estate = (EstateData) event.data();
        String kind = required(estate.kind(), "kind").name();
        if (estate.estateCode() == null || estate.estateCode().isBlank()) {
            throw new InvalidEventException("estateCode is missing");
        }
        String code = truncate(estate.estateCode(), 32);
        return new StatsEvent(event.id(), type, event.time(), where.day, where.province, where.county, code, where.sector,
                List.of(Delta.count(Metric.estateRegistered(kind), 1), Delta.count(Metric.estates(kind), 1)),
                new StatsEvent.Estate(code, where.province, where.county, kind, estate.nameFa(), estate.nameEn()));
    }

    /** Where and when an event counts: the dimensions every projection row carries. */
    private record Where(LocalDate day, String province, String county, String estateCode, String sector) {
    }

    private static Where where(EventData data) throws InvalidEventException {
        if (data.effectiveDate() == null) {
            throw new InvalidEventException("effectiveDate is missing");
        }
        if (data.province() == null || data.province().isBlank()) {
            throw new InvalidEventException("province is missing");
        }
        String province = Province.byCode(data.province())
                .orElseThrow(() -> new InvalidEventException("data.province is not a current ISO 3166-2:IR code: "
                        + data.province()))
                .code();
        // the same county must not become two rows because one producer typed an Arabic yeh.
        // County and estate code are key columns of daily_fact (VARCHAR(100), VARCHAR(32)): longer text is cut
        // to the column here, deliberately, so it can never fail a batch (producers allow 100 and 10 characters).
        // Estate names are no key and are stored whole (TEXT, V3_1).
        String county = truncate(PersianText.normalize(orEmpty(data.county())), 100);
        String estateCode = truncate(orEmpty(data.estateCode()), 32);
        return new Where(data.effectiveDate(), province, county, estateCode, sector(data));
    }

    private static List<Delta> permitDeltas(String action, PermitData data) throws InvalidEventException {
        String kind = required(data.kind(), "kind").name();
        String scope = data.scope() == null ? null : data.scope().name();
        String status = required(data.status(), "status").name();
        String previous = data.previousStatus() == null ? null : data.previousStatus().name();
        boolean issued = action.equals("issued");
        BigInteger investment = orZero(data.fixedInvestmentRials(), "fixedInvestmentRials", issued);
        long jobs = orZero(data.jobs(), "jobs", issued);
        List<Delta> deltas = new ArrayList<>(3);
        deltas.add(new Delta(Metric.permit(action, kind, scope), 1, investment, jobs));
        stockTransition(deltas, Metric.activeLicences(kind), "ACTIVE".equals(previous), "ACTIVE".equals(status));
        ProjectProgress.licenceChange(deltas, data);
        return deltas;
    }

    private static List<Delta> unitDeltas(String action, UnitData data) throws InvalidEventException {
        String kind = required(data.kind(), "kind").name();
        String status = required(data.status(), "status").name();
        String previous = data.previousStatus() == null ? null : data.previousStatus().name();
        List<Delta> deltas = new ArrayList<>(6);
        switch (action) {
            case "registered" -> deltas.add(new Delta(Metric.unit(action, kind), 1, BigInteger.ZERO,
                    orZero(data.employees(), "employees", false)));
            case "stagnated" -> {
                deltas.add(Delta.count(Metric.unit(action, kind), 1));
                for (String reason : reasons(data.reasons())) {
                    deltas.add(Delta.count(Metric.stagnationReason(reason), 1));
                }
            }
            case "revived" -> deltas.add(new Delta(Metric.unit(action, kind), 1,
                    orZero(data.newInvestmentRials(), "newInvestmentRials", false),
                    orZero(data.jobsRestored(), "jobsRestored", false)));
            default -> deltas.add(Delta.count(Metric.unit(action, kind), 1));
        }
        // stocks from the transition alone: a revival applied before its registration leaves
        // stagnant at -1 for a moment and the registration brings it back, whatever the order
        stockTransition(deltas, Metric.activeUnits(kind), "ACTIVE".equals(previous), "ACTIVE".equals(status));
        stockTransition(deltas, Metric.stagnantUnits(kind), "STAGNANT".equals(previous), "STAGNANT".equals(status));
        return deltas;
    }

    private static void stockTransition(List<Delta> deltas, String metric, boolean wasIn, boolean isIn) {
        if (wasIn != isIn) {
            deltas.add(Delta.count(metric, isIn ? 1 : -1));
        }
    }

    /** Each reason once; additive values are allowed within v1, so a new reason is counted under its own name. */
    private static Set<String> reasons(List<StagnationReason> reasons) throws InvalidEventException {
        Set<String> result = new LinkedHashSet<>();
        if (reasons == null) {
            return result;
        }
        for (StagnationReason reason : reasons) {
            if (reason == null || !TOKEN.matcher(reason.name()).matches()) {
                throw new InvalidEventException("data.reasons holds an invalid reason: "
                        + (reason == null ? "null" : "\"" + reason.name() + "\""));
            }
            result.add(reason.name());
        }
        return result;
    }

    /** The data's sector, or the division of its activity code when an event has none ('' when unknown). */
    private static String sector(EventData data) throws InvalidEventException {
        String sector = data instanceof PermitData p ? p.sector() : data instanceof UnitData u ? u.sector()
                : data instanceof ProgressData r ? r.sector() : null;
        if (sector != null) {
            sector = PersianText.toAsciiDigits(sector).strip();
            if (!SECTOR.matcher(sector).matches()) {
                throw new InvalidEventException("data.sector must be a 2-digit ISIC division: " + sector);
            }
            return sector;
        }
        String activity = data instanceof PermitData p ? p.activityCode()
                : data instanceof UnitData u ? u.activityCode() : data instanceof ProgressData r ? r.activityCode() : null;
        return activity == null ? "" : Sector.ofActivityCode(activity).map(Sector::code).orElse("");
    }

    private static <T> T required(T value, String field) throws InvalidEventException {
        if (value == null) {
            throw new InvalidEventException("data." + field + " is missing");
        }
        return value;
    }

    private static BigInteger orZero(BigInteger rials, String field, boolean required) throws InvalidEventException {
        if (rials == null && required) {
            throw new InvalidEventException("data." + field + " is missing");
        }
        return rials == null ? BigInteger.ZERO : rials;
    }

    private static long orZero(Integer count, String field, boolean required) throws InvalidEventException {
        if (count == null && required) {
            throw new InvalidEventException("data." + field + " is missing");
        }
        return count == null ? 0 : count;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** At most {@code max} characters as PostgreSQL counts them (code points), never half a surrogate pair. */
    private static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }
}
