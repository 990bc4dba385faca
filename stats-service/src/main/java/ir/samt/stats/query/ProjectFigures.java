package ir.samt.stats.query;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.contracts.json.IsoDate;
import ir.samt.platform.calendar.JalaliDate;
import ir.samt.stats.projection.ProjectProgress;
import ir.samt.stats.projection.ProjectProgress.Band;

/**
 * Establishment projects' physical progress in a summary and among the indicators: projects by progress band
 * at the period's end (stocks) and completions in the period (a flow). Kept apart from the licence and unit
 * figures so other figures can be added beside it.
 */
public final class ProjectFigures {

    /** Indicator names of the bands, in {@link Band} order. */
    private static final Map<Band, String> INDICATORS = Map.of(
            Band.BELOW_30, "stocks.projects.below30Percent",
            Band.FROM_30_TO_60, "stocks.projects.from30To60Percent",
            Band.ABOVE_60, "stocks.projects.above60Percent",
            Band.COMPLETED, "stocks.projects.completed");

    /** The part of a summary: bands keyed BELOW_30, FROM_30_TO_60, ABOVE_60, COMPLETED, and total. */
    @Schema(name = "ProjectProgress", description = "Establishment projects (licences with at least one progress report,"
            + " not revoked) by the band of their latest report at the period's end, and the reports in the period that"
            + " took a project to 100 %")
    public record Projects(
            @IsoDate @Schema(example = "2026-03-20") LocalDate asOf,
            @Schema(example = "1404/12/29") String asOfJalali,
            @Schema(description = "BELOW_30 (under 30 %), FROM_30_TO_60 (30 to 60 %), ABOVE_60 (over 60 %, under 100 %),"
                    + " COMPLETED (100 %), total") Map<String, Long> byProgress,
            @Schema(example = "12") long completedInPeriod) {
    }

    private ProjectFigures() {
    }

    static Projects summary(Period period, Totals t) {
        Map<String, Long> bands = new LinkedHashMap<>();
        long total = 0;
        for (Band band : Band.values()) {
            long count = t.count(ProjectProgress.band(band));
            bands.put(band.name(), count);
            total = Math.addExact(total, count);
        }
        bands.put("total", total);
        LocalDate asOf = period.lastDay();
        return new Projects(asOf, JalaliDate.of(asOf).toString(), bands, t.count(ProjectProgress.COMPLETED));
    }

    /** Appends the project indicators: one stock per band, their total, and completions in the period. */
    static void indicators(Map<String, BigInteger> m, Totals t) {
        long total = 0;
        for (Band band : Band.values()) {
            long count = t.count(ProjectProgress.band(band));
            m.put(INDICATORS.get(band), BigInteger.valueOf(count));
            total = Math.addExact(total, count);
        }
        m.put("stocks.projects", BigInteger.valueOf(total));
        m.put("projects.completed.count", BigInteger.valueOf(t.count(ProjectProgress.COMPLETED)));
    }
}
