-- The outbox is a queue: every row is deleted seconds after its insert, so the table is almost all dead
-- rows while events flow. With autovacuum's defaults (vacuum once 20 % of the table is dead, with cost
-- delays) an import of a million units left 767 MB of dead outbox rows for 6,000 live ones. Vacuuming
-- after a fixed number of dead rows, without throttling, lets the space be reused while events flow; the
-- relay gives the file back once it has drained the table (OutboxSpaceReclaimer).
ALTER TABLE outbox_event SET (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 5000,
    autovacuum_vacuum_cost_delay = 0
);
