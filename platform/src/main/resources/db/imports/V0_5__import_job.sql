-- Bulk imports that run for minutes report how far they are (ImportJobs): the caller names the job
-- (Import-Id header) and anyone with the import role polls it, on any replica, while the file streams.
CREATE TABLE import_job (
    id             UUID PRIMARY KEY,
    kind           VARCHAR(32)  NOT NULL,
    format         VARCHAR(16)  NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    state          VARCHAR(16)  NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    rows_read      BIGINT       NOT NULL DEFAULT 0,
    stored         BIGINT       NOT NULL DEFAULT 0,
    already_stored BIGINT,
    refused        BIGINT       NOT NULL DEFAULT 0,
    detail         VARCHAR(1000),
    started_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ
);
-- old jobs are deleted by started_at (ImportJobs.RETENTION)
CREATE INDEX import_job_started ON import_job (started_at);
