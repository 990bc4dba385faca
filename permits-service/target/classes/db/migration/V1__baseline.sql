-- permits-service owns the database "permits". The outbox and idempotency tables come from the platform
-- library (db/outbox, db/idempotency, versions 0.x); this service's own tables start at version 1.
SELECT 1;
