package ir.samt.stats.projection;

import java.util.ArrayList;
import java.util.List;

import ir.samt.contracts.permits.PermitData;
import ir.samt.contracts.permits.PermitStatus;
import ir.samt.contracts.permits.ProgressData;

/**
 * Establishment projects by physical progress (docs/stats.md, "Establishment projects' progress"): a stock per
 * progress band, and completions as a flow.
 *
 * <p>A project counts in the band of its latest report. permits-service accepts a licence's reports only in
 * visit-date order and each report's event carries the percent before it, so a report is a transition from
 * one band to another on its visit date, and a band at a period's end is the sum of the transitions before
 * it: the same sum whatever order the events arrive in. A project is in no band before its first report,
 * and leaves its band when its licence is revoked (the revocation carries the licence's latest percent); an
 * expired licence stays in its band (a lapsed project is still semi-finished, and may be renewed).
 */
public final class ProjectProgress {

    /** The bands, in display order: below 30 %, 30 to 60 % (both inclusive), above 60 % but below 100 %, 100 %. */
    public enum Band {
        BELOW_30, FROM_30_TO_60, ABOVE_60, COMPLETED;

        static Band of(int percent) {
            if (percent >= 100) {
                return COMPLETED;
            }
            if (percent > 60) {
                return ABOVE_60;
            }
            return percent >= 30 ? FROM_30_TO_60 : BELOW_30;
        }
    }

    /** {@code stock.project.progress:ABOVE_60}: projects whose latest report is in the band. */
    public static String band(Band band) {
        return Metric.STOCK_PREFIX + "project.progress:" + band.name();
    }

    /** {@code project.completed}: reports that took a project to 100 %, on their visit day. */
    public static final String COMPLETED = "project.completed";

    private ProjectProgress() {
    }

    static List<Delta> deltas(ProgressData report) throws InvalidEventException {
        if (report.percent() == null) {
            throw new InvalidEventException("data.percent is missing");
        }
        int percent = percent(report.percent(), "percent");
        List<Delta> deltas = new ArrayList<>(3);
        Band to = Band.of(percent);
        Band from = report.previousPercent() == null ? null : Band.of(percent(report.previousPercent(), "previousPercent"));
        if (from != to) {
            if (from != null) {
                deltas.add(Delta.count(band(from), -1));
            }
            deltas.add(Delta.count(band(to), 1));
        }
        if (to == Band.COMPLETED && from != Band.COMPLETED) {
            deltas.add(Delta.count(COMPLETED, 1));
        }
        return deltas;
    }

    /** A revoked establishment licence takes its project out of its band; nothing else a licence does moves it. */
    static void licenceChange(List<Delta> deltas, PermitData licence) throws InvalidEventException {
        if (licence.progressPercent() == null) {
            return;
        }
        boolean wasCounted = licence.previousStatus() != null && licence.previousStatus() != PermitStatus.REVOKED;
        boolean isCounted = licence.status() != PermitStatus.REVOKED;
        if (wasCounted != isCounted) {
            deltas.add(Delta.count(band(Band.of(percent(licence.progressPercent(), "progressPercent"))), isCounted ? 1 : -1));
        }
    }

    private static int percent(int value, String field) throws InvalidEventException {
        if (value < 0 || value > 100) {
            throw new InvalidEventException("data." + field + " must be 0 to 100: " + value);
        }
        return value;
    }
}
