-- Transactional outbox shared by the services (platform library). Column names follow Debezium's
-- outbox event router (id, aggregatetype, aggregateid, type, payload) so an operator can switch the
-- relay for Debezium at scale; seq gives the relay its order, created_at its lag figure.
CREATE TABLE outbox_event (
    seq           BIGSERIAL PRIMARY KEY,
    id            UUID        NOT NULL UNIQUE,
    aggregatetype VARCHAR(64)  NOT NULL,
    aggregateid   VARCHAR(128) NOT NULL,
    type          VARCHAR(128) NOT NULL,
    payload       JSONB       NOT NULL,
    traceparent   VARCHAR(64),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- Wake the relay as soon as rows commit (NOTIFY is delivered at commit, folded per transaction).
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('samt_outbox', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_event_notify
    AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
