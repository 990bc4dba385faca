-- Projections of the permits and units event streams (docs/stats.md).
--
-- Every figure is kept as signed per-day deltas: flows (licences issued, stagnations, ...) are +1
-- rows on their business day (effectiveDate); stocks (active licences, active/stagnant units,
-- estates) are the +1/-1 deltas of each previousStatus -> status transition on that day. A stock
-- at the end of a period is the sum of its deltas before that date. Sums commute, so the order in
-- which events arrive (within or across topics) never changes the result.

-- Idempotency: an event id is inserted in the same transaction as the totals it changes.
CREATE TABLE processed_event (
    id         UUID        PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Full grain: breakdowns by county, industrial town/zone and sector read this table.
-- '' stands for "none/unknown" so the primary key can cover every dimension.
CREATE TABLE daily_fact (
    province     VARCHAR(5)     NOT NULL,
    day          DATE           NOT NULL,
    metric       VARCHAR(64)    NOT NULL,
    county       VARCHAR(100)   NOT NULL,
    estate_code  VARCHAR(32)    NOT NULL,
    sector       VARCHAR(2)     NOT NULL,
    count        BIGINT         NOT NULL,
    amount_rials NUMERIC(38, 0) NOT NULL,
    jobs         BIGINT         NOT NULL,
    PRIMARY KEY (province, day, metric, county, estate_code, sector)
);

-- Province grain of the same deltas: province summaries, the national table and rankings read
-- this much smaller table (at most one row per province, day and metric).
CREATE TABLE province_daily (
    province     VARCHAR(5)     NOT NULL,
    day          DATE           NOT NULL,
    metric       VARCHAR(64)    NOT NULL,
    count        BIGINT         NOT NULL,
    amount_rials NUMERIC(38, 0) NOT NULL,
    jobs         BIGINT         NOT NULL,
    PRIMARY KEY (province, day, metric)
);

-- Names of industrial towns and zones, for breakdown labels.
CREATE TABLE estate (
    code     VARCHAR(32)  PRIMARY KEY,
    province VARCHAR(5)   NOT NULL,
    county   VARCHAR(100) NOT NULL,
    kind     VARCHAR(8)   NOT NULL,
    name_fa  VARCHAR(200),
    name_en  VARCHAR(200)
);

-- Bumped in every apply transaction for the provinces it changed: every replica polls it to
-- invalidate its read cache and push SSE updates, whichever replica applied the change.
CREATE TABLE province_version (
    province   VARCHAR(5)  PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO province_version (province)
SELECT 'IR-' || lpad(n::text, 2, '0') FROM generate_series(0, 30) AS n;

-- The one rebuild state of this database (docs/stats.md, "Rebuild").
CREATE TABLE rebuild_state (
    id           INT          PRIMARY KEY CHECK (id = 1),
    state        VARCHAR(16)  NOT NULL,
    started_at   TIMESTAMPTZ,
    finished_at  TIMESTAMPTZ,
    replayed     BIGINT       NOT NULL DEFAULT 0,
    requested_by VARCHAR(200)
);
INSERT INTO rebuild_state (id, state) VALUES (1, 'LIVE');
