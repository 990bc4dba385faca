package ir.samt.contracts.permits;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import ir.samt.contracts.EventData;
import ir.samt.contracts.json.Count;
import ir.samt.contracts.json.IsoDate;

/**
 * The {@code data} of {@code ir.samt.permit.progress-reported} on {@code samt.permits.v1}: an expert visit
 * recorded the physical progress (پیشرفت فیزیکی) of the project behind an establishment licence
 * (docs/events.md, {@code ProgressData} in docs/asyncapi.yaml). Where the project counts, the percent
 * before and after, and the visit date, which is also the {@code effectiveDate}. No personal data.
 *
 * <p>permits-service accepts reports of one licence only in visit-date order, so {@code previousPercent}
 * is the percent of the report dated just before this one: a consumer can keep progress bands as stocks
 * from these transitions alone, whatever the order it reads them in.
 *
 * @param previousPercent the percent of the licence's previous report; null on its first report
 * @param reason          why progress went down (required then); only when given
 * @param version         the licence's version after the report
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgressData(
        @JsonProperty(required = true) UUID permitId,
        @JsonProperty(required = true) String licenceNumber,
        @JsonProperty(required = true) PermitKind kind,
        PermitScope scope,
        @JsonProperty(required = true) String province,
        @JsonProperty(required = true) String county,
        String estateCode,
        @JsonProperty(required = true) String activityCode,
        @JsonProperty(required = true) String sector,
        @Count Integer previousPercent,
        @JsonProperty(required = true) @Count Integer percent,
        @JsonProperty(required = true) @IsoDate LocalDate visitDate,
        @JsonProperty(required = true) long version,
        @JsonProperty(required = true) @IsoDate LocalDate effectiveDate,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) implements EventData {
}
