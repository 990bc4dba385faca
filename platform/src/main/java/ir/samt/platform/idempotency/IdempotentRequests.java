package ir.samt.platform.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import ir.samt.platform.problem.Problem;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.security.ProvinceScope;

/**
 * Makes a POST safe to retry: with an {@code Idempotency-Key} header the first response is stored in
 * the same transaction as the change it made, and a retry with the same key and body gets that
 * response back without a second change. The same key with a different body is refused (422). Keys are
 * kept apart per caller and per request line ({@code "alice POST /permits/<id>/renewal"}).
 *
 * <p>A resource calls {@link #execute} explicitly rather than through an interceptor around the whole
 * method: some checks must run before the transaction opens (permits-service asks units-service about a
 * licence's estate over HTTP, which must not hold a database connection).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    ProvinceScope provinceScope;

    @Inject
    CurrentVertxRequest currentRequest;

    /**
     * Runs {@code action} once per key, caller and request line; {@code request} (the body, or the path's id
     * when there is none) is hashed to spot a reused key.
     */
    @Transactional
    public Response execute(String key, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(HEADER, "must be at most 200 characters");
        }
        var http = currentRequest.getCurrent();
        String scope = provinceScope.caller() + " " + http.request().method() + " " + http.normalizedPath();
        String hash = hash(request);
        Optional<Response> replay = find(scope, key, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        Response response = action.get();
        remember(scope, key, hash, response);
        return response;
    }

    private Optional<Response> find(String scope, String key, String hash) {
        String sql = "SELECT request_hash, response_status, response_body, location FROM idempotency_key "
                + "WHERE scope = ? AND idempotency_key = ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, scope);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!rs.getString(1).equals(hash)) {
                    throw new ProblemException(Problem.of(422, "idempotency-key-reused", "Idempotency key reused",
                            "This Idempotency-Key was already used with a different request body"));
                }
                Response.ResponseBuilder builder = Response.status(rs.getInt(2)).header(REPLAYED_HEADER, "true");
                String body = rs.getString(3);
                if (body != null) {
                    builder.entity(body).type(MediaType.APPLICATION_JSON);
                }
                if (rs.getString(4) != null) {
                    builder.header(HttpHeaders.LOCATION, rs.getString(4));
                }
                return Optional.of(builder.build());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read idempotency key", e);
        }
    }

    private void remember(String scope, String key, String hash, Response response) {
        String sql = "INSERT INTO idempotency_key (scope, idempotency_key, request_hash, response_status, response_body, location) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, hash);
            insert.setInt(4, response.getStatus());
            insert.setString(5, response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null);
            insert.setString(6, response.getLocation() != null ? response.getLocation().toString() : null);
            insert.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                // the same key raced in on another connection and won: this transaction rolls back
                throw ProblemException.conflict("idempotency-key-in-flight", "Request already in progress",
                        "A request with this Idempotency-Key is being processed; retry to get its result");
            }
            throw new IllegalStateException("Could not store idempotency key", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] json = mapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
