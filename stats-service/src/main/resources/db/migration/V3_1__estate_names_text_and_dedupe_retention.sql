-- Issue 12 ("never a stall"): nothing an event carries may fail its batch for being long, and the
-- dedupe table gets a retention purge.
--
-- Money needs no change: amount_rials has been NUMERIC(38,0) since V2, exact for any sum of the
-- contract's amounts (at most 19 digits each). Counts and jobs stay BIGINT: PostgreSQL checks their
-- arithmetic, so an overflow is a refused statement (a dead letter), never a wrapped total.

-- Estate names are labels, not keys: stored whole (a name longer than 200 characters used to fail
-- the whole batch). County and estate code are key columns and are cut to their length on reading.
ALTER TABLE estate ALTER COLUMN name_fa TYPE TEXT, ALTER COLUMN name_en TYPE TEXT;

-- The purge looks for ids recorded before a cut-off. Rows are appended in applied_at order, which is
-- what a BRIN index summarises: a few pages however large the table, next to nothing per insert
-- (a B-tree here would add a second index write to every event of a replay).
CREATE INDEX processed_event_applied_at ON processed_event USING brin (applied_at);
