package ir.samt.stats.projection;

/**
 * Names of the figures kept in {@code daily_fact} / {@code province_daily}. Flow metrics count
 * changes on their business day; metrics starting with {@link #STOCK_PREFIX} are +1/-1 deltas of a
 * stock, so a stock at a date is the sum of its deltas before that date.
 */
public final class Metric {

    public static final String STOCK_PREFIX = "stock.";

    /** {@code permit.issued:ESTABLISHMENT:NEW}; scope "-" when the licence has none (guild). */
    public static String permit(String action, String kind, String scope) {
        return "permit." + action + ":" + kind + ":" + (scope == null ? "-" : scope);
    }

    /** {@code unit.registered:INDUSTRIAL}, {@code unit.stagnated:GUILD}, ... */
    public static String unit(String action, String kind) {
        return "unit." + action + ":" + kind;
    }

    public static String stagnationReason(String reason) {
        return "unit.stagnated.reason:" + reason;
    }

    public static String estateRegistered(String kind) {
        return "estate.registered:" + kind;
    }

    public static String activeLicences(String kind) {
        return STOCK_PREFIX + "licence.active:" + kind;
    }

    public static String activeUnits(String kind) {
        return STOCK_PREFIX + "unit.active:" + kind;
    }

    public static String stagnantUnits(String kind) {
        return STOCK_PREFIX + "unit.stagnant:" + kind;
    }

    public static String estates(String kind) {
        return STOCK_PREFIX + "estate:" + kind;
    }

    public static boolean isStock(String metric) {
        return metric.startsWith(STOCK_PREFIX);
    }

    private Metric() {
    }
}
