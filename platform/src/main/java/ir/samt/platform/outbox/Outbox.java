package ir.samt.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import ir.samt.platform.cloudevents.CloudEvent;
import ir.samt.platform.jdbc.CopyRows;

/**
 * Writes events into the outbox table inside the caller's transaction: the state change and its
 * event commit together or not at all. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {

    /** From this many events on, {@link #publishAll} streams them with COPY instead of a batched INSERT. */
    static final int COPY_FROM = 32;

    private static final String COPY_COLUMNS = "outbox_event (id, aggregatetype, aggregateid, type, payload, traceparent)";

    private static final String INSERT = "INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, traceparent) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    /** What to publish: the aggregate it belongs to (the Kafka key) and the event's data. */
    public record PendingEvent(String aggregateType, String aggregateId, String type, OffsetDateTime time, Object data) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    EventsConfig eventsConfig;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String aggregateType, String aggregateId, String type, OffsetDateTime time, Object data) {
        return publishAll(List.of(new PendingEvent(aggregateType, aggregateId, type, time, data))).get(0);
    }

    /** Writes several events in list order: a JDBC batch, or one COPY for {@value #COPY_FROM} and more (bulk imports). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CloudEvent> publishAll(List<PendingEvent> events) {
        String traceparent = currentTraceparent();
        List<CloudEvent> written = events.stream().map(e -> CloudEvent
                .of(eventsConfig.source(), e.type(), e.aggregateId(), e.time(), mapper.valueToTree(e.data()))
                .withTraceparent(traceparent)).toList();
        try (Connection connection = dataSource.getConnection()) {
            if (events.size() >= COPY_FROM) {
                copy(connection, events, written, traceparent);
            } else {
                insert(connection, events, written, traceparent);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not write to the outbox", e);
        }
        wakeRelayAfterCommit();
        return written;
    }

    private void insert(Connection connection, List<PendingEvent> events, List<CloudEvent> written, String traceparent)
            throws SQLException, JsonProcessingException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < events.size(); i++) {
                PendingEvent pending = events.get(i);
                CloudEvent event = written.get(i);
                insert.setObject(1, event.id());
                insert.setString(2, pending.aggregateType());
                insert.setString(3, pending.aggregateId());
                insert.setString(4, pending.type());
                insert.setString(5, mapper.writeValueAsString(event));
                insert.setString(6, traceparent);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Bulk writes (imports): one COPY, no statement per row. */
    private void copy(Connection connection, List<PendingEvent> events, List<CloudEvent> written, String traceparent)
            throws SQLException, JsonProcessingException {
        CopyRows rows = new CopyRows();
        for (int i = 0; i < events.size(); i++) {
            PendingEvent pending = events.get(i);
            CloudEvent event = written.get(i);
            rows.add(event.id()).add(pending.aggregateType()).add(pending.aggregateId()).add(pending.type())
                    .add(mapper.writeValueAsString(event)).add(traceparent).endRow();
        }
        rows.copyInto(connection, COPY_COLUMNS);
    }

    /** Once per transaction: when it commits, the relay learns there is work (never before, never on rollback). */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(Outbox.class) != null) {
            return;
        }
        transactions.putResource(Outbox.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.outboxCommitted();
                }
            }
        });
    }

    /** W3C trace context of the request that caused the event, so traces cross Kafka. */
    private static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
