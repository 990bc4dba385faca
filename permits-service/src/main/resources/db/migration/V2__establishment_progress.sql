-- Establishment projects' physical progress (پیشرفت فیزیکی), docs/permits.md "Progress of establishment projects".

-- The latest expert report on an establishment licence, and the day its current term started
-- (renewal needs a report dated inside the current term).
ALTER TABLE permit ADD COLUMN progress_percent INT CHECK (progress_percent BETWEEN 0 AND 100);
ALTER TABLE permit ADD COLUMN progress_visit_date DATE;
ALTER TABLE permit ADD COLUMN term_started_on DATE;
-- An operating licence that follows from a completed establishment licence names it (at most one each);
-- the establishment licence names the operating licence that completed it.
ALTER TABLE permit ADD COLUMN establishment_permit_id UUID UNIQUE REFERENCES permit (id);
ALTER TABLE permit ADD COLUMN completed_by_permit_id UUID REFERENCES permit (id);

-- Licences stored before this migration: the term started on issue, or one year before its end after a
-- renewal (a Gregorian year here, close enough for the rule; new terms are recorded exactly).
UPDATE permit SET term_started_on = CASE WHEN renewals = 0 THEN issued_on
                                         ELSE (valid_until - INTERVAL '1 year')::date END
 WHERE valid_until IS NOT NULL;

CREATE TABLE progress_report (
    id               BIGSERIAL PRIMARY KEY,
    permit_id        UUID         NOT NULL REFERENCES permit (id),
    version          BIGINT       NOT NULL,
    percent          INT     NOT NULL CHECK (percent BETWEEN 0 AND 100),
    previous_percent INT     CHECK (previous_percent BETWEEN 0 AND 100),
    visit_date       DATE         NOT NULL,
    expert           VARCHAR(200) NOT NULL,
    reason           VARCHAR(500),
    actor            VARCHAR(200) NOT NULL,
    reported_at      TIMESTAMPTZ  NOT NULL,
    event_id         UUID         NOT NULL
);
CREATE INDEX progress_report_permit ON progress_report (permit_id, visit_date, id);
