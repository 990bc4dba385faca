package ir.samt.stats.projection;

/**
 * Names of the market-inspection figures in {@code daily_fact} / {@code province_daily} (docs/stats.md,
 * "Inspections"). All are flows on their business day. A visit or case of a campaign counts twice: under the plain
 * name (the province's figures) and under {@link #CAMPAIGN_PREFIX}{@code <code>|<name>} (the campaign's figures),
 * so the province's sums never include a campaign row and a campaign's figures are a prefix sum.
 */
public final class InspectionMetric {

    public static final String PREFIX = "insp.";
    public static final String CAMPAIGN_PREFIX = "cmp:";

    /** Every visit. */
    public static final String VISIT = "insp.visit";
    /** Visits that found at least one violation. */
    public static final String VISIT_WITH_VIOLATIONS = "insp.visit.violating";
    public static final String VIOLATION_PREFIX = "insp.violation:";
    public static final String CASE_OPENED = "insp.case.opened";
    /** Count, and the penalty ruled as the amount. */
    public static final String CASE_RULED = "insp.case.ruled";
    public static final String CASE_CLOSED = "insp.case.closed";

    /** {@code insp.violation:OVERPRICING}: count, and the violations' amounts in rials. */
    public static String violation(String type) {
        return VIOLATION_PREFIX + type;
    }

    /** The same figure, counted for one campaign: {@code cmp:QOM-WAR-1404|insp.visit}. */
    public static String ofCampaign(String campaign, String metric) {
        return CAMPAIGN_PREFIX + campaign + "|" + metric;
    }

    private InspectionMetric() {
    }
}
