package ir.samt.permits.permit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ir.samt.platform.province.Province;

/**
 * Readable licence numbers, unique nationwide: {@code 25-1404-000123} is the 123rd number Qom
 * (IR-25) drew in Jalali year 1404. Each province and year has its own PostgreSQL sequence, made on
 * first use. A sequence never blocks concurrent issuers (a counter row would serialise every
 * issuance of a province behind one lock until commit: measured at ~80 licences/s); the price is
 * that a rolled-back issuance leaves a gap, so numbers are unique and increasing, not gap-free.
 */
@ApplicationScoped
public class LicenceNumbers {

    /** This service's own form: province number, Jalali year, the sequence's value. */
    static final Pattern OWN_FORM = Pattern.compile("([0-9]{2})-(1[34][0-9]{2}|1500)-([0-9]{6,12})");

    private final Set<String> knownSequences = ConcurrentHashMap.newKeySet();

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String province, int jalaliYear) {
        String sequence = sequenceFor(province, jalaliYear);
        Number value = (Number) em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult();
        return format(province, jalaliYear, value.longValue());
    }

    /**
     * {@code count} numbers of one province and year at once, for a bulk import: one round trip for a chunk's
     * licences instead of one each. On the import's own connection, inside its chunk's transaction.
     */
    public List<String> draw(Connection connection, String province, int jalaliYear, int count) throws SQLException {
        String sequence = sequenceFor(province, jalaliYear);
        List<String> numbers = new ArrayList<>(count);
        try (PreparedStatement draw = connection.prepareStatement("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)")) {
            draw.setInt(1, count);
            try (ResultSet rs = draw.executeQuery()) {
                while (rs.next()) {
                    numbers.add(format(province, jalaliYear, rs.getLong(1)));
                }
            }
        }
        return numbers;
    }

    /**
     * An imported licence that already has a number of this service's form ({@code 25-1404-000123}) takes it
     * out of the sequence: the sequence is moved past it, so no licence issued later draws it again. Under a
     * transaction-scoped advisory lock per sequence, so two chunks cannot move it backwards past each other.
     */
    public void reserve(Connection connection, String number) throws SQLException {
        Matcher m = OWN_FORM.matcher(number);
        if (!m.matches() || Province.byCode("IR-" + m.group(1)).isEmpty()) {
            return;
        }
        String sequence = sequenceFor("IR-" + m.group(1), Integer.parseInt(m.group(2)));
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, sequence);
            lock.execute();
        }
        try (PreparedStatement move = connection.prepareStatement(
                "SELECT setval('" + sequence + "', greatest(last_value, ?)) FROM " + sequence)) {
            move.setLong(1, Long.parseLong(m.group(3)));
            move.execute();
        }
    }

    private String sequenceFor(String province, int jalaliYear) {
        String provinceNumber = province.substring(3);
        if (!provinceNumber.matches("[0-9]{2}") || jalaliYear < 1300 || jalaliYear > 1500) {
            throw new IllegalArgumentException("Not a province and Jalali year: " + province + " " + jalaliYear);
        }
        String sequence = "licence_seq_" + provinceNumber + "_" + jalaliYear;
        if (!knownSequences.contains(sequence)) {
            createSequence(sequence);
            knownSequences.add(sequence);
        }
        return sequence;
    }

    private static String format(String province, int jalaliYear, long value) {
        return "%s-%d-%06d".formatted(province.substring(3), jalaliYear, value);
    }

    /** In a transaction of its own, so the sequence stays even if the issuance that needed it rolls back. */
    private void createSequence(String sequence) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("CREATE SEQUENCE IF NOT EXISTS " + sequence);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            // two issuers creating the same sequence at once: the loser's duplicate error means it exists now
            SQLException cause = e.getCause() instanceof SQLException sql ? sql : null;
            if (cause == null || !"23505".equals(cause.getSQLState()) && !"42P07".equals(cause.getSQLState())) {
                throw e;
            }
        }
    }
}
