package ir.samt.stats.projection;

import java.math.BigInteger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Applies a batch of events in one database transaction: records their ids, adds their deltas to
 * both projection tables and bumps the versions of the provinces they changed. Only events whose
 * id was not yet recorded contribute, so redelivery, duplicates and replays count once.
 *
 * <p>Plain JDBC with array parameters: one statement per table per batch, whatever its size,
 * which is what makes a replay of a million events take seconds rather than minutes. Rows are
 * written in one global order (sorted keys), so concurrent batches (two channels, two replicas, a
 * rebuild) lock rows in the same order and cannot deadlock each other.
 */
@ApplicationScoped
public class ProjectionStore {

    private static final String RECORD_IDS = "INSERT INTO processed_event (id) "
            + "SELECT unnest(?::uuid[]) ON CONFLICT DO NOTHING RETURNING id";

    private static final String UPSERT_DAILY_FACT = "INSERT INTO daily_fact AS f "
            + "(province, day, metric, county, estate_code, sector, count, amount_rials, jobs) "
            + "SELECT p, d::date, m, c, e, s, n, a::numeric, j "
            + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::bigint[]) "
            + "AS t(p, d, m, c, e, s, n, a, j) "
            + "ON CONFLICT (province, day, metric, county, estate_code, sector) DO UPDATE SET "
            + "count = f.count + EXCLUDED.count, amount_rials = f.amount_rials + EXCLUDED.amount_rials, "
            + "jobs = f.jobs + EXCLUDED.jobs";

    private static final String UPSERT_PROVINCE_DAILY = "INSERT INTO province_daily AS f "
            + "(province, day, metric, count, amount_rials, jobs) "
            + "SELECT p, d::date, m, n, a::numeric, j "
            + "FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::bigint[]) AS t(p, d, m, n, a, j) "
            + "ON CONFLICT (province, day, metric) DO UPDATE SET "
            + "count = f.count + EXCLUDED.count, amount_rials = f.amount_rials + EXCLUDED.amount_rials, "
            + "jobs = f.jobs + EXCLUDED.jobs";

    private static final String UPSERT_ESTATE = "INSERT INTO estate (code, province, county, kind, name_fa, name_en) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET province = EXCLUDED.province, "
            + "county = EXCLUDED.county, kind = EXCLUDED.kind, name_fa = EXCLUDED.name_fa, name_en = EXCLUDED.name_en";

    private static final String BUMP_VERSIONS = "UPDATE province_version SET version = version + 1, changed_at = now() "
            + "WHERE province = ANY (?::text[]) RETURNING province, version";

    /** What a committed batch did: the events that counted and the new versions of the provinces they changed. */
    public record Applied(List<StatsEvent> applied, Map<String, Long> versions) {
    }

    /**
     * A daily_fact row's key. Ordered by its columns in the table's key order: the one global order every writer
     * locks rows in. Compared by hand, not with a chain of {@code Comparator.comparing} lambdas: sorting the keys
     * was a tenth of the replay's CPU with the chain.
     */
    private record FactKey(String province, LocalDate day, String metric, String county, String estate, String sector)
            implements Comparable<FactKey> {
        @Override
        public int compareTo(FactKey o) {
            int c = province.compareTo(o.province);
            if (c == 0) {
                c = day.compareTo(o.day);
            }
            if (c == 0) {
                c = metric.compareTo(o.metric);
            }
            if (c == 0) {
                c = county.compareTo(o.county);
            }
            if (c == 0) {
                c = estate.compareTo(o.estate);
            }
            return c != 0 ? c : sector.compareTo(o.sector);
        }
    }

    /** A province_daily row's key, ordered like {@link FactKey}. */
    private record ProvinceKey(String province, LocalDate day, String metric) implements Comparable<ProvinceKey> {
        @Override
        public int compareTo(ProvinceKey o) {
            int c = province.compareTo(o.province);
            if (c == 0) {
                c = day.compareTo(o.day);
            }
            return c != 0 ? c : metric.compareTo(o.metric);
        }
    }

    /**
     * A batch's sum for one row. Rials are exact whatever the amounts (two contract-valid amounts can
     * already exceed a long). Counts (±1 per event) and jobs (a 32-bit int per event) are longs with checked
     * additions: a batch cannot realistically reach 2^63, and if a stored bigint sum ever did, PostgreSQL
     * refuses the upsert (22003), which is a data error and dead-letters the event, never a wrong total.
     */
    private static final class Sum {
        long count;
        BigInteger amount = BigInteger.ZERO;
        long jobs;

        void add(Delta d) {
            count = Math.addExact(count, d.count());
            amount = amount.add(d.amountRials());
            jobs = Math.addExact(jobs, d.jobs());
        }
    }

    @Inject
    DataSource dataSource;

    /** @param events events with distinct ids (the caller dedupes within a batch) */
    @Transactional(rollbackOn = Exception.class) // a refused statement must roll back, checked SQLException or not
    public Applied apply(List<StatsEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return new Applied(List.of(), Map.of());
        }
        try (Connection connection = dataSource.getConnection()) {
            Set<UUID> fresh = recordIds(connection, events);
            List<StatsEvent> applied = new ArrayList<>(fresh.size());
            for (StatsEvent event : events) {
                if (fresh.contains(event.id())) {
                    applied.add(event);
                }
            }
            if (applied.isEmpty()) {
                return new Applied(List.of(), Map.of());
            }
            // summed by hash, sorted once when written (a sorted map compared keys on every event)
            Map<FactKey, Sum> facts = new HashMap<>(applied.size() * 4);
            Map<ProvinceKey, Sum> provinceFacts = new HashMap<>(applied.size() * 4);
            Map<String, StatsEvent.Estate> estates = new TreeMap<>();
            Set<String> provinces = new HashSet<>();
            for (StatsEvent event : applied) {
                provinces.add(event.province());
                for (Delta delta : event.deltas()) {
                    facts.computeIfAbsent(new FactKey(event.province(), event.day(), delta.metric(), event.county(),
                            event.estateCode(), event.sector()), k -> new Sum()).add(delta);
                    provinceFacts.computeIfAbsent(new ProvinceKey(event.province(), event.day(), delta.metric()),
                            k -> new Sum()).add(delta);
                }
                if (event.estate() != null) {
                    estates.put(event.estate().code(), event.estate());
                }
            }
            upsertFacts(connection, sorted(facts));
            upsertProvinceFacts(connection, sorted(provinceFacts));
            upsertEstates(connection, estates.values());
            return new Applied(applied, bumpVersions(connection, provinces));
        }
    }

    private static Set<UUID> recordIds(Connection connection, List<StatsEvent> events) throws SQLException {
        // sorted: two transactions inserting overlapping ids wait on each other in the same order
        String[] ids = events.stream().map(e -> e.id().toString()).sorted().toArray(String[]::new);
        Set<UUID> fresh = new HashSet<>(ids.length * 2);
        try (PreparedStatement insert = connection.prepareStatement(RECORD_IDS)) {
            insert.setArray(1, connection.createArrayOf("text", ids));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return fresh;
    }

    private static <K extends Comparable<K>> List<Map.Entry<K, Sum>> sorted(Map<K, Sum> sums) {
        List<Map.Entry<K, Sum>> entries = new ArrayList<>(sums.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        return entries;
    }

    private static void upsertFacts(Connection connection, List<Map.Entry<FactKey, Sum>> facts) throws SQLException {
        int n = facts.size();
        String[] p = new String[n], d = new String[n], m = new String[n], c = new String[n], e = new String[n],
                s = new String[n], a = new String[n];
        Long[] cnt = new Long[n], j = new Long[n];
        int i = 0;
        for (Map.Entry<FactKey, Sum> entry : facts) {
            FactKey k = entry.getKey();
            p[i] = k.province();
            d[i] = k.day().toString();
            m[i] = k.metric();
            c[i] = k.county();
            e[i] = k.estate();
            s[i] = k.sector();
            cnt[i] = entry.getValue().count;
            a[i] = entry.getValue().amount.toString();
            j[i] = entry.getValue().jobs;
            i++;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_DAILY_FACT)) {
            setArrays(connection, upsert, p, d, m, c, e, s, cnt, a, j);
            upsert.executeUpdate();
        }
    }

    private static void upsertProvinceFacts(Connection connection, List<Map.Entry<ProvinceKey, Sum>> facts)
            throws SQLException {
        int n = facts.size();
        String[] p = new String[n], d = new String[n], m = new String[n], a = new String[n];
        Long[] cnt = new Long[n], j = new Long[n];
        int i = 0;
        for (Map.Entry<ProvinceKey, Sum> entry : facts) {
            ProvinceKey k = entry.getKey();
            p[i] = k.province();
            d[i] = k.day().toString();
            m[i] = k.metric();
            cnt[i] = entry.getValue().count;
            a[i] = entry.getValue().amount.toString();
            j[i] = entry.getValue().jobs;
            i++;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_PROVINCE_DAILY)) {
            setArrays(connection, upsert, p, d, m, cnt, a, j);
            upsert.executeUpdate();
        }
    }

    private static void setArrays(Connection connection, PreparedStatement statement, Object[]... arrays)
            throws SQLException {
        for (int i = 0; i < arrays.length; i++) {
            Array array = connection.createArrayOf(arrays[i] instanceof Long[] ? "bigint" : "text", arrays[i]);
            statement.setArray(i + 1, array);
        }
    }

    private static void upsertEstates(Connection connection, Iterable<StatsEvent.Estate> estates) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ESTATE)) {
            boolean any = false;
            for (StatsEvent.Estate estate : estates) {
                upsert.setString(1, estate.code());
                upsert.setString(2, estate.province());
                upsert.setString(3, estate.county());
                upsert.setString(4, estate.kind());
                upsert.setString(5, estate.nameFa());
                upsert.setString(6, estate.nameEn());
                upsert.addBatch();
                any = true;
            }
            if (any) {
                upsert.executeBatch();
            }
        }
    }

    private static Map<String, Long> bumpVersions(Connection connection, Set<String> provinces) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (PreparedStatement bump = connection.prepareStatement(BUMP_VERSIONS)) {
            bump.setArray(1, connection.createArrayOf("text", provinces.stream().sorted().toArray(String[]::new)));
            try (ResultSet rs = bump.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return versions;
    }
}
