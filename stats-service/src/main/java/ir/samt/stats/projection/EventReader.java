package ir.samt.stats.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import ir.samt.contracts.EventData;
import ir.samt.contracts.EventType;
import ir.samt.contracts.json.ContractJson;
import ir.samt.contracts.json.ContractViolation;

/**
 * Reads one Kafka record value, a structured-mode CloudEvent (docs/events.md), straight into the
 * contract's record for its type, with no JSON tree in between; or refuses it with the reason its
 * dead letter carries, naming the field.
 *
 * <ul>
 * <li>The envelope is read token by token: its checks, and their order, are the ones the consumer has
 * always made (specversion, id, type, time, data).</li>
 * <li>{@code data} is bound to the record {@link EventType} names for the type as soon as the type is
 * known. A {@code data} that comes before {@code type} is kept as tokens until then: events the outbox
 * stored as PostgreSQL {@code jsonb} (before the platform's V0_3 made it text) and the estates
 * V2__qom_estates.sql seeded have their keys in jsonb's order, {@code data} first.</li>
 * <li>Of each event type, only the fields stats counts for it are bound ({@code CountedOf*} below); the
 * others are skipped unread, so a value stats never uses (employees on a stagnation), or a value added
 * to a descriptive enum within v1 (a new guild group or supporter), cannot refuse an event. Presence is
 * checked by {@link EventInterpreter} per event type (amounts are required on an issue, not on a
 * renewal), not by the records' {@code required} marks.</li>
 * </ul>
 */
final class EventReader {

    /** A record that follows the envelope, with its data bound. */
    record Read(UUID id, EventType type, Instant time, EventData data) {
    }

    @JsonIncludeProperties({ "kind", "scope", "status", "previousStatus", "province", "county", "estateCode",
            "activityCode", "sector", "fixedInvestmentRials", "jobs", "effectiveDate", "progressPercent" })
    interface CountedOfLicenceEvents {
    }

    @JsonIncludeProperties({ "province", "county", "estateCode", "activityCode", "sector", "previousPercent", "percent",
            "effectiveDate" })
    interface CountedOfProgressReports {
    }

    @JsonIncludeProperties({ "kind", "status", "previousStatus", "province", "county", "estateCode", "activityCode",
            "sector", "effectiveDate", "employees" })
    interface CountedOfRegistrations {
    }

    @JsonIncludeProperties({ "kind", "status", "previousStatus", "province", "county", "estateCode", "activityCode",
            "sector", "effectiveDate", "reasons" })
    interface CountedOfStagnations {
    }

    @JsonIncludeProperties({ "kind", "status", "previousStatus", "province", "county", "estateCode", "activityCode",
            "sector", "effectiveDate", "newInvestmentRials", "jobsRestored" })
    interface CountedOfRevivals {
    }

    @JsonIncludeProperties({ "kind", "status", "previousStatus", "province", "county", "estateCode", "activityCode",
            "sector", "effectiveDate" })
    interface CountedOfClosures {
    }

    @JsonIncludeProperties({ "estateCode", "kind", "province", "county", "nameFa", "nameEn", "effectiveDate" })
    interface CountedOfEstateRegistrations {
    }

    @JsonIncludeProperties({ "province", "county", "estateCode", "activityCode", "sector", "campaignCode", "violations",
            "effectiveDate" })
    interface CountedOfInspections {
    }

    @JsonIncludeProperties({ "province", "county", "estateCode", "sector", "campaignCode", "status", "previousStatus",
            "penaltyRials", "effectiveDate" })
    interface CountedOfCaseEvents {
    }

    /** The types stats counts, each with what it reads of them: licence, progress, unit, estate and inspection events, not its own totals. */
    static final Map<EventType, Class<?>> COUNTED = Map.ofEntries(
            Map.entry(EventType.PERMIT_ISSUED, CountedOfLicenceEvents.class),
            Map.entry(EventType.PERMIT_RENEWED, CountedOfLicenceEvents.class),
            Map.entry(EventType.PERMIT_REVOKED, CountedOfLicenceEvents.class),
            Map.entry(EventType.PERMIT_EXPIRED, CountedOfLicenceEvents.class),
            Map.entry(EventType.PERMIT_PROGRESS_REPORTED, CountedOfProgressReports.class),
            Map.entry(EventType.UNIT_REGISTERED, CountedOfRegistrations.class),
            Map.entry(EventType.UNIT_STAGNATED, CountedOfStagnations.class),
            Map.entry(EventType.UNIT_REVIVED, CountedOfRevivals.class),
            Map.entry(EventType.UNIT_CLOSED, CountedOfClosures.class),
            Map.entry(EventType.ESTATE_REGISTERED, CountedOfEstateRegistrations.class),
            Map.entry(EventType.INSPECTION_RECORDED, CountedOfInspections.class),
            Map.entry(EventType.CASE_OPENED, CountedOfCaseEvents.class),
            Map.entry(EventType.CASE_RULED, CountedOfCaseEvents.class),
            Map.entry(EventType.CASE_CLOSED, CountedOfCaseEvents.class));

    /** The records' {@code required} marks document the schema; stats decides presence per event type itself. */
    private static final class PresenceCheckedByInterpreter extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean hasRequiredMarker(AnnotatedMember member) {
            return null;
        }
    }

    /** Reads the envelope; the data goes to the reader of its type. */
    private static final ObjectMapper MAPPER = ContractJson.reader().build();

    /** A reader per counted type (a mix-in belongs to a mapper, hence a mapper per type, built once). */
    private static final Map<EventType, ObjectReader> READERS = new EnumMap<>(EventType.class);

    static {
        COUNTED.forEach((type, counted) -> READERS.put(type, ContractJson.reader()
                .addMixIn(type.dataType(), counted)
                .annotationIntrospector(new PresenceCheckedByInterpreter())
                .addModule(new SimpleModule().addDeserializer(String.class, new TextAsBefore()))
                .build()
                .readerFor(type.dataType())));
    }

    /**
     * Text fields of data read as the consumer has always read them ({@code JsonNode.asText()}): a number
     * or boolean as written, an object or array where text belongs as empty (a county sent as {@code {}}
     * counts under no county, a province sent so is missing).
     */
    private static final class TextAsBefore extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        TextAsBefore() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return text(parser);
        }
    }

    private EventReader() {
    }

    static Read read(String value) throws InvalidEventException {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("empty record value");
        }
        Envelope envelope = new Envelope();
        try (JsonParser parser = MAPPER.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren(); // an unfinished array is not JSON, as before
                throw new InvalidEventException("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "specversion" -> envelope.specversion = text(parser);
                    case "id" -> envelope.id = text(parser);
                    case "type" -> envelope.type = text(parser);
                    case "time" -> envelope.time = text(parser);
                    case "data" -> envelope.data(parser);
                    default -> parser.skipChildren();
                }
            }
            // anything after the event's closing brace is ignored, as it always was
        } catch (StreamReadException e) {
            throw new InvalidEventException("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail for I/O", e);
        }
        return envelope.read();
    }

    /** The envelope's attributes as sent; checked once the whole event has been read. */
    private static final class Envelope {
        String specversion;
        String id;
        String type;
        String time;
        boolean dataIsObject;
        TokenBuffer dataBeforeType;
        EventData data;
        String dataRefused;

        void data(JsonParser parser) throws IOException {
            data = null;
            dataRefused = null;
            dataBeforeType = null;
            dataIsObject = parser.currentToken() == JsonToken.START_OBJECT;
            if (!dataIsObject) {
                parser.skipChildren();
            } else if (type == null) {
                dataBeforeType = TokenBuffer.asCopyOfValue(parser);
            } else {
                bind(parser);
            }
        }

        /** Binds the data object the parser is on; a refusal is kept, and the parser moved past the object. */
        void bind(JsonParser parser) throws IOException {
            ObjectReader reader = EventType.of(type).map(READERS::get).orElse(null);
            if (reader == null) {
                parser.skipChildren(); // an unknown type, refused after the envelope's own checks
                return;
            }
            JsonStreamContext envelopeContext = parser.getParsingContext().getParent();
            try {
                data = reader.readValue(parser);
                return;
            } catch (DatabindException e) {
                dataRefused = reason(e, parser);
            } catch (InputCoercionException e) {
                // a number beyond int where the record reads one (an enum's ordinal): the parser knows the field
                dataRefused = "data." + parser.currentName() + " cannot be read: " + e.getOriginalMessage();
            }
            while (parser.getParsingContext() != envelopeContext && parser.nextToken() != null) {
                // the rest of data: the envelope's later attributes are still read and checked first
            }
        }

        Read read() throws InvalidEventException {
            if (!"1.0".equals(specversion)) {
                throw new InvalidEventException("specversion must be 1.0");
            }
            UUID eventId = uuid(required(id, "id"));
            String eventType = required(type, "type");
            Instant eventTime = instant(required(time, "time"));
            if (!dataIsObject) {
                throw new InvalidEventException("data must be a JSON object");
            }
            if (dataBeforeType != null) {
                try (JsonParser buffered = dataBeforeType.asParser(MAPPER)) {
                    buffered.nextToken();
                    bind(buffered);
                } catch (IOException e) {
                    throw new UncheckedIOException("Reading buffered tokens cannot fail for I/O", e);
                }
            }
            EventType known = EventType.of(eventType).filter(READERS::containsKey).orElse(null);
            if (known == null) {
                throw new InvalidEventException("unknown event type: " + eventType);
            }
            if (dataRefused != null) {
                throw new InvalidEventException(dataRefused);
            }
            return new Read(eventId, known, eventTime, data);
        }
    }

    /**
     * "data.jobs must be a non-negative integer": the field, then the contract's rule or what was wrong.
     * The parser stands on the value that was refused.
     */
    private static String reason(DatabindException refused, JsonParser parser) throws IOException {
        JsonMappingException e = (JsonMappingException) refused;
        String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
        if (e.getPath().size() > 1 && !"reasons".equals(field)) {
            field = nested(e.getPath()); // inside an object of data: violations[1].amountRials
        }
        Object value = e instanceof InvalidFormatException invalid ? invalid.getValue()
                : parser.currentToken() != null && parser.currentToken().isScalarValue() ? parser.getText() : null;
        if ("reasons".equals(field)) {
            return e.getPath().size() > 1 ? "data.reasons holds an invalid reason" + (value == null ? "" : ": " + value)
                    : "data.reasons must be an array";
        }
        if (e instanceof ContractViolation) {
            return "data." + field + " " + e.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "data." + field + " has an unknown value: " + value;
        }
        return "data" + (field == null ? "" : "." + field) + " cannot be read: " + e.getOriginalMessage();
    }

    /** {@code violations[1].amountRials}: the path of a value refused inside data. */
    private static String nested(List<JsonMappingException.Reference> path) {
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(step.getFieldName());
            } else {
                where.append('[').append(step.getIndex()).append(']');
            }
        }
        return where.toString();
    }

    /** A value's text as JsonNode.asText() gave it: scalars as written, an object or array as empty. */
    private static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            return parser.getText();
        }
        parser.skipChildren();
        return "";
    }

    private static String required(String value, String field) throws InvalidEventException {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(field + " is missing");
        }
        return value;
    }

    private static UUID uuid(String value) throws InvalidEventException {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("id must be a UUID: " + value);
        }
    }

    private static Instant instant(String value) throws InvalidEventException {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("time must be an ISO-8601 timestamp: " + value);
        }
    }
}
