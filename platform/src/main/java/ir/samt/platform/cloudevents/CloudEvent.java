package ir.samt.platform.cloudevents;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import ir.samt.platform.ids.TimeOrderedIds;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as every SAMT topic carries it
 * (docs/events.md). {@code data} is plain JSON so producers and consumers share a contract, not classes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public static CloudEvent of(String source, String type, String subject, OffsetDateTime time, JsonNode data) {
        return new CloudEvent(SPEC_VERSION, TimeOrderedIds.next(), source, type, subject, time, DATA_CONTENT_TYPE, null, data);
    }

    public CloudEvent withTraceparent(String value) {
        return new CloudEvent(specversion, id, source, type, subject, time, datacontenttype, value, data);
    }
}
