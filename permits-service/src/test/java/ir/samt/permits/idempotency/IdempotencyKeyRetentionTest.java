package ir.samt.permits.idempotency;

import static ir.samt.permits.permit.PermitRequestsAccess.operatingLicenceAsQomOfficer;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.idempotency.IdempotencyKeyRetention;

/** Stored responses are kept for the retry window (7 days) and purged after it (issue 12: data that grows without bound). */
@QuarkusTest
class IdempotencyKeyRetentionTest {

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyKeyRetention retention;

    @Test
    void keysOlderThanTheRetentionArePurgedAndRecentOnesStayReplayable() throws Exception {
        String oldKey = "old-" + UUID.randomUUID();
        store(oldKey, Instant.now().minus(Duration.ofDays(8)));
        String recentKey = UUID.randomUUID().toString();
        String first = operatingLicenceAsQomOfficer(recentKey);

        long purged = retention.purgeOlderThan(Instant.now().minus(Duration.ofDays(7)));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(exists(oldKey)).isFalse();
        assertThat(exists(recentKey)).isTrue();
        assertThat(operatingLicenceAsQomOfficer(recentKey)).as("a retry inside the window replays the first answer").isEqualTo(first);
    }

    private void store(String key, Instant createdAt) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO idempotency_key (scope, idempotency_key, request_hash, response_status, created_at) VALUES ('test', ?, 'h', 201, ?)")) {
            insert.setString(1, key);
            insert.setTimestamp(2, java.sql.Timestamp.from(createdAt));
            insert.executeUpdate();
        }
    }

    private boolean exists(String key) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT 1 FROM idempotency_key WHERE idempotency_key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
