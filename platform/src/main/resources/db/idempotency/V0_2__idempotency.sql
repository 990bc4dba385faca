-- Responses to POSTs that carried an Idempotency-Key, stored in the same transaction as the change
-- they made, so a retried request gets the first answer and changes nothing.
CREATE TABLE idempotency_key (
    scope           VARCHAR(300) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    response_status INT          NOT NULL,
    response_body   TEXT,
    location        VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
