package ir.samt.stats.query;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ir.samt.platform.calendar.DateRange;

/**
 * Reads the projections. Each query returns flows inside [from, to) and stocks as the sum of all
 * their deltas before {@code to}, in one pass over the table: the {@code metric LIKE 'stock.%'}
 * branch reaches back to the beginning, the other stays inside the period.
 */
@ApplicationScoped
public class StatsQueries {

    private static final String PERIOD_FILTER = "day < ? AND (metric LIKE 'stock.%' OR day >= ?)";

    private static final String ONE_PROVINCE = "SELECT province, metric, sum(count), sum(amount_rials), sum(jobs) "
            + "FROM province_daily WHERE province = ? AND " + PERIOD_FILTER + " GROUP BY province, metric";
    private static final String ALL_PROVINCES = "SELECT province, metric, sum(count), sum(amount_rials), sum(jobs) "
            + "FROM province_daily WHERE " + PERIOD_FILTER + " GROUP BY province, metric";
    private static final String BY_DAY = "SELECT day::text, metric, sum(count), sum(amount_rials), sum(jobs) "
            + "FROM province_daily WHERE province = ? AND " + PERIOD_FILTER + " GROUP BY day, metric";
    private static final String ESTATES = "SELECT code, kind, name_fa, name_en FROM estate WHERE province = ?";

    /** The dimensions a breakdown may group by, mapped to their column (never user text in SQL). */
    public enum Dimension {
        SECTOR("sector"), ESTATE("estate_code"), COUNTY("county");

        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    public record EstateName(String code, String kind, String nameFa, String nameEn) {
    }

    @Inject
    DataSource dataSource;

    /** Totals by province code; {@code province} null means all provinces. */
    public Map<String, Totals> byProvince(String province, DateRange range) {
        return query(province == null ? ALL_PROVINCES : ONE_PROVINCE, province, range);
    }

    /** Totals of one province grouped by sector, estate or county ('' = none/unknown). */
    public Map<String, Totals> byDimension(String province, Dimension dimension, DateRange range) {
        String sql = "SELECT " + dimension.column + ", metric, sum(count), sum(amount_rials), sum(jobs) "
                + "FROM daily_fact WHERE province = ? AND " + PERIOD_FILTER + " GROUP BY " + dimension.column + ", metric";
        return query(sql, province, range);
    }

    /** Flows per business day inside the range, and stock deltas per day before its end. */
    public TreeMap<LocalDate, Totals> byDay(String province, DateRange range) {
        TreeMap<LocalDate, Totals> days = new TreeMap<>();
        query(BY_DAY, province, range).forEach((day, totals) -> days.put(LocalDate.parse(day), totals));
        return days;
    }

    public Map<String, EstateName> estates(String province) {
        Map<String, EstateName> estates = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ESTATES)) {
            s.setString(1, province);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    estates.put(rs.getString(1), new EstateName(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the projections", e);
        }
        return estates;
    }

    private Map<String, Totals> query(String sql, String province, DateRange range) {
        Map<String, Totals> result = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (province != null) {
                s.setString(i++, province);
            }
            s.setDate(i++, Date.valueOf(range.toExclusive()));
            s.setDate(i, Date.valueOf(range.fromInclusive()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    // sum(bigint) and sum(numeric) are numeric: rials are read exactly, and getLong refuses a
                    // count beyond a long rather than wrapping it
                    result.computeIfAbsent(rs.getString(1), k -> new Totals()).add(rs.getString(2), rs.getLong(3),
                            rs.getBigDecimal(4).toBigIntegerExact(), rs.getLong(5));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the projections", e);
        }
        return result;
    }
}
