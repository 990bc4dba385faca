package ir.samt.contracts.totals;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code data} of {@code ir.samt.stats.province-totals.updated} on the compacted
 * {@code samt.stats.province-totals.v1} (key: the province code): the province's stocks now and its
 * figures for the previous and the current Jalali year, keyed by the year ({@code "1404"}), so a system
 * mirroring the topic can answer "this year so far" and "last year" without calling back. Each year's
 * figures are the parts of stats-service's {@code GET /stats/provinces/{code}?year=} answer, which is
 * built from the same records.
 *
 * @param version the province's figures version in stats-service's database, read in the same snapshot
 *                as the figures: it grows with every change, and the topic receives a province's values
 *                in increasing version order. Added within v1: a value published before it reads as 0.
 * @param state   LIVE; values are published only while stats-service is not rebuilding
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvinceTotalsData(
        @JsonProperty(required = true) ProvinceRef province,
        long version,
        @JsonProperty(required = true) String state,
        @JsonProperty(required = true) Stocks stocks,
        @JsonProperty(required = true) Map<String, YearFigures> years) {

    /** One Jalali year's flows, as {@code GET /stats/provinces/{code}?year=} answers them. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record YearFigures(
            @JsonProperty(required = true) PeriodView period,
            Licences licences,
            Units units,
            @JsonProperty(required = true) Map<String, Object> indicators) {
    }
}
