-- Versioned, single-source totals publication and a rebuild that survives the death of its replica
-- (docs/stats.md, "Totals topic" and "Rebuild"). Numbered 3.1 so that it cannot collide with a V3
-- written in parallel; quarkus.flyway.out-of-order=true applies it either way.

-- The highest province_version whose totals were written to the outbox. The publisher enqueues a
-- province only with a version above this one (a conditional upsert that locks the row), so the
-- outbox, and therefore the compacted topic, receives every province's totals in version order
-- even if two replicas ever publish at once.
CREATE TABLE published_totals (
    province VARCHAR(5) PRIMARY KEY,
    version  BIGINT     NOT NULL
);

-- The rebuild's lease: the replica running it (owner), its last sign of life (heartbeat_at, the
-- database's clock, so replicas' clocks never matter) and a generation that every claim increments,
-- so a replica that lost the lease can neither heartbeat nor finish someone else's rebuild.
ALTER TABLE rebuild_state ADD COLUMN owner VARCHAR(200);
ALTER TABLE rebuild_state ADD COLUMN heartbeat_at TIMESTAMPTZ;
ALTER TABLE rebuild_state ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
