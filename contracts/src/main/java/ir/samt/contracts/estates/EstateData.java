package ir.samt.contracts.estates;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import ir.samt.contracts.EventData;
import ir.samt.contracts.json.IsoDate;

/**
 * The {@code data} of {@code ir.samt.estate.registered} on {@code samt.units.v1} (key: the estate code):
 * an industrial town or zone, named so that consumers can label breakdowns by estate (docs/events.md).
 * Written field by field in this order, nulls included; unknown fields are ignored on reading.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EstateData(
        @JsonProperty(required = true) String estateCode,
        @JsonProperty(required = true) EstateKind kind,
        @JsonProperty(required = true) String province,
        @JsonProperty(required = true) String county,
        @JsonProperty(required = true) String nameFa,
        String nameEn,
        @JsonProperty(required = true) @IsoDate LocalDate effectiveDate) implements EventData {
}
