package ir.samt.permits.permit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Readable licence numbers, unique nationwide: {@code 25-1404-000123} is the 123rd number Qom
 * (IR-25) drew in Jalali year 1404. Each province and year has its own PostgreSQL sequence, made on
 * first use. A sequence never blocks concurrent issuers (a counter row would serialise every
 * issuance of a province behind one lock until commit: measured at ~80 licences/s); the price is
 * that a rolled-back issuance leaves a gap, so numbers are unique and increasing, not gap-free.
 */
@ApplicationScoped
public class LicenceNumbers {

    private final Set<String> knownSequences = ConcurrentHashMap.newKeySet();

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String province, int jalaliYear) {
        String provinceNumber = province.substring(3);
        if (!provinceNumber.matches("[0-9]{2}") || jalaliYear < 1300 || jalaliYear > 1500) {
            throw new IllegalArgumentException("Not a province and Jalali year: " + province + " " + jalaliYear);
        }
        String sequence = "licence_seq_" + provinceNumber + "_" + jalaliYear;
        if (!knownSequences.contains(sequence)) {
            createSequence(sequence);
            knownSequences.add(sequence);
        }
        Number value = (Number) em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult();
        return "%s-%d-%06d".formatted(provinceNumber, jalaliYear, value.longValue());
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
