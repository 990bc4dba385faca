package ir.samt.stats.projection;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ir.samt.platform.persian.PersianText;
import ir.samt.platform.province.Province;
import ir.samt.platform.sector.Sector;

/**
 * Turns one Kafka record value (a structured-mode CloudEvent, docs/events.md) into a
 * {@link StatsEvent}, or refuses it with the reason that goes into the dead-letter headers.
 *
 * <p>Strict where a wrong guess would corrupt totals (unknown type, province, kind or status; money
 * that is not a digit string), lenient where the contract allows growth (unknown fields are
 * ignored; a new stagnation reason is counted under its own name).
 */
public final class EventInterpreter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The contract's Rials (docs/asyncapi.yaml): up to 19 digits, which may exceed a long; kept exact as BigInteger. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z_]{0,31}");
    private static final Pattern SECTOR = Pattern.compile("[0-9]{2}");

    private static final Set<String> PERMIT_KINDS = Set.of("ESTABLISHMENT", "OPERATING", "GUILD");
    private static final Set<String> PERMIT_SCOPES = Set.of("NEW", "EXPANSION");
    private static final Set<String> PERMIT_STATUSES = Set.of("ACTIVE", "EXPIRED", "REVOKED");
    private static final Set<String> PERMIT_ACTIONS = Set.of("issued", "renewed", "revoked", "expired");
    private static final Set<String> UNIT_KINDS = Set.of("INDUSTRIAL", "GUILD");
    private static final Set<String> UNIT_STATUSES = Set.of("ACTIVE", "STAGNANT", "CLOSED");
    private static final Set<String> UNIT_ACTIONS = Set.of("registered", "stagnated", "revived", "closed");
    private static final Set<String> ESTATE_KINDS = Set.of("TOWN", "ZONE");

    private EventInterpreter() {
    }

    public static StatsEvent interpret(String value) throws InvalidEventException {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("empty record value");
        }
        JsonNode event;
        try {
            event = MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not JSON: " + e.getOriginalMessage());
        }
        if (event == null || !event.isObject()) {
            throw new InvalidEventException("not a JSON object");
        }
        if (!"1.0".equals(text(event, "specversion"))) {
            throw new InvalidEventException("specversion must be 1.0");
        }
        UUID id = uuid(event, "id");
        String type = required(event, "type");
        Instant time = instant(event, "time");
        JsonNode data = event.get("data");
        if (data == null || !data.isObject()) {
            throw new InvalidEventException("data must be a JSON object");
        }
        LocalDate day = date(data, "effectiveDate");
        String province = Province.byCode(required(data, "province"))
                .orElseThrow(() -> new InvalidEventException("data.province is not a current ISO 3166-2:IR code: "
                        + text(data, "province")))
                .code();
        // the same county must not become two rows because one producer typed an Arabic yeh.
        // County and estate code are key columns of daily_fact (VARCHAR(100), VARCHAR(32)): longer text is cut
        // to the column here, deliberately, so it can never fail a batch (producers allow 100 and 10 characters).
        // Estate names are no key and are stored whole (TEXT, V3_1).
        String county = truncate(PersianText.normalize(orEmpty(text(data, "county"))), 100);
        String estateCode = truncate(orEmpty(text(data, "estateCode")), 32);
        String sector = sector(data);

        if (type.startsWith("ir.samt.permit.")) {
            String action = type.substring("ir.samt.permit.".length());
            if (!PERMIT_ACTIONS.contains(action)) {
                throw new InvalidEventException("unknown event type: " + type);
            }
            return new StatsEvent(id, type, time, day, province, county, estateCode, sector,
                    permitDeltas(action, data), null);
        }
        if (type.startsWith("ir.samt.unit.")) {
            String action = type.substring("ir.samt.unit.".length());
            if (!UNIT_ACTIONS.contains(action)) {
                throw new InvalidEventException("unknown event type: " + type);
            }
            return new StatsEvent(id, type, time, day, province, county, estateCode, sector,
                    unitDeltas(action, data), null);
        }
        if (type.equals("ir.samt.estate.registered")) {
            String kind = oneOf(data, "kind", ESTATE_KINDS, true);
            String code = truncate(required(data, "estateCode"), 32);
            StatsEvent.Estate estate = new StatsEvent.Estate(code, province, county, kind,
                    text(data, "nameFa"), text(data, "nameEn"));
            return new StatsEvent(id, type, time, day, province, county, code, sector,
                    List.of(Delta.count(Metric.estateRegistered(kind), 1), Delta.count(Metric.estates(kind), 1)),
                    estate);
        }
        throw new InvalidEventException("unknown event type: " + type);
    }

    private static List<Delta> permitDeltas(String action, JsonNode data) throws InvalidEventException {
        String kind = oneOf(data, "kind", PERMIT_KINDS, true);
        String scope = oneOf(data, "scope", PERMIT_SCOPES, false);
        String status = oneOf(data, "status", PERMIT_STATUSES, true);
        String previous = oneOf(data, "previousStatus", PERMIT_STATUSES, false);
        boolean issued = action.equals("issued");
        BigInteger investment = rials(data, "fixedInvestmentRials", issued);
        long jobs = nonNegativeInt(data, "jobs", issued);
        List<Delta> deltas = new ArrayList<>(3);
        deltas.add(new Delta(Metric.permit(action, kind, scope), 1, investment, jobs));
        stockTransition(deltas, Metric.activeLicences(kind), "ACTIVE".equals(previous), "ACTIVE".equals(status));
        return deltas;
    }

    private static List<Delta> unitDeltas(String action, JsonNode data) throws InvalidEventException {
        String kind = oneOf(data, "kind", UNIT_KINDS, true);
        String status = oneOf(data, "status", UNIT_STATUSES, true);
        String previous = oneOf(data, "previousStatus", UNIT_STATUSES, false);
        List<Delta> deltas = new ArrayList<>(6);
        switch (action) {
            case "registered" -> deltas.add(new Delta(Metric.unit(action, kind), 1, BigInteger.ZERO,
                    nonNegativeInt(data, "employees", false)));
            case "stagnated" -> {
                deltas.add(Delta.count(Metric.unit(action, kind), 1));
                for (String reason : reasons(data)) {
                    deltas.add(Delta.count(Metric.stagnationReason(reason), 1));
                }
            }
            case "revived" -> deltas.add(new Delta(Metric.unit(action, kind), 1,
                    rials(data, "newInvestmentRials", false), nonNegativeInt(data, "jobsRestored", false)));
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

    private static Set<String> reasons(JsonNode data) throws InvalidEventException {
        JsonNode reasons = data.get("reasons");
        Set<String> result = new LinkedHashSet<>();
        if (reasons == null || reasons.isNull()) {
            return result;
        }
        if (!reasons.isArray()) {
            throw new InvalidEventException("data.reasons must be an array");
        }
        for (JsonNode reason : reasons) {
            // additive enum values are allowed within v1: count a new reason under its own name
            if (!reason.isTextual() || !TOKEN.matcher(reason.asText()).matches()) {
                throw new InvalidEventException("data.reasons holds an invalid reason: " + reason);
            }
            result.add(reason.asText());
        }
        return result;
    }

    private static String sector(JsonNode data) throws InvalidEventException {
        String sector = text(data, "sector");
        if (sector != null) {
            sector = PersianText.toAsciiDigits(sector).strip();
            if (!SECTOR.matcher(sector).matches()) {
                throw new InvalidEventException("data.sector must be a 2-digit ISIC division: " + sector);
            }
            return sector;
        }
        String activity = text(data, "activityCode");
        return activity == null ? "" : Sector.ofActivityCode(activity).map(Sector::code).orElse("");
    }

    private static BigInteger rials(JsonNode data, String field, boolean required) throws InvalidEventException {
        JsonNode node = data.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidEventException("data." + field + " is missing");
            }
            return BigInteger.ZERO;
        }
        // the contract sends money as a string of digits; a JSON number may already have lost digits
        if (!node.isTextual() || !DIGITS.matcher(node.asText()).matches()) {
            throw new InvalidEventException("data." + field + " must be a string of at most 19 digits (rials)");
        }
        return new BigInteger(node.asText());
    }

    private static long nonNegativeInt(JsonNode data, String field, boolean required) throws InvalidEventException {
        JsonNode node = data.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidEventException("data." + field + " is missing");
            }
            return 0;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0) {
            throw new InvalidEventException("data." + field + " must be a non-negative integer");
        }
        return node.asInt();
    }

    private static String oneOf(JsonNode data, String field, Set<String> allowed, boolean required)
            throws InvalidEventException {
        String value = text(data, field);
        if (value == null) {
            if (required) {
                throw new InvalidEventException("data." + field + " is missing");
            }
            return null;
        }
        if (!allowed.contains(value)) {
            throw new InvalidEventException("data." + field + " has an unknown value: " + value);
        }
        return value;
    }

    private static UUID uuid(JsonNode event, String field) throws InvalidEventException {
        String value = required(event, field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(field + " must be a UUID: " + value);
        }
    }

    private static Instant instant(JsonNode event, String field) throws InvalidEventException {
        String value = required(event, field);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + " must be an ISO-8601 timestamp: " + value);
        }
    }

    private static LocalDate date(JsonNode data, String field) throws InvalidEventException {
        String value = required(data, field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("data." + field + " must be an ISO date (YYYY-MM-DD): " + value);
        }
    }

    private static String required(JsonNode node, String field) throws InvalidEventException {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(field + " is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** At most {@code max} characters as PostgreSQL counts them (code points), never half a surrogate pair. */
    private static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }
}
