-- units-service owns the database "units". The outbox and idempotency tables come from the platform
-- library (db/outbox, db/idempotency, versions 0.x); this service's own tables start at version 1.

-- Substring search on the name's search key (PersianText.searchKey) uses a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Industrial towns (شهرک صنعتی, code ...-Tnn) and zones (ناحیه صنعتی, code ...-Znn).
CREATE TABLE estate (
    code       VARCHAR(16)  PRIMARY KEY,
    kind       VARCHAR(8)   NOT NULL,
    name_fa    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200),
    province   VARCHAR(5)   NOT NULL,
    county     VARCHAR(100) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL
);
CREATE INDEX estate_province ON estate (province, kind);

-- Industrial and guild units.
CREATE TABLE unit (
    id             UUID PRIMARY KEY,
    -- the key of the record in the registry it was imported from; makes re-imports change nothing
    external_ref   VARCHAR(100) UNIQUE,
    kind           VARCHAR(16)  NOT NULL,
    guild_group    VARCHAR(32),
    name           VARCHAR(200) NOT NULL,
    name_key       VARCHAR(200) NOT NULL,
    holder_id      VARCHAR(11)  NOT NULL,
    holder_id_kind VARCHAR(16)  NOT NULL,
    province       VARCHAR(5)   NOT NULL,
    county         VARCHAR(100) NOT NULL,
    estate_code    VARCHAR(16)  REFERENCES estate (code),
    activity_code  VARCHAR(10)  NOT NULL,
    sector         VARCHAR(2)   NOT NULL,
    employees      INT          NOT NULL CHECK (employees >= 0),
    licence_number VARCHAR(32),
    status         VARCHAR(16)  NOT NULL,
    registered_on  DATE         NOT NULL,
    status_since   DATE         NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL,
    CHECK ((kind = 'GUILD') = (guild_group IS NOT NULL))
);
CREATE INDEX unit_province_status ON unit (province, status);
CREATE INDEX unit_kind_status ON unit (kind, status);
CREATE INDEX unit_sector ON unit (sector);
CREATE INDEX unit_estate ON unit (estate_code) WHERE estate_code IS NOT NULL;
CREATE INDEX unit_holder ON unit (holder_id);
CREATE INDEX unit_name_key_trgm ON unit USING gin (name_key gin_trgm_ops);

-- Why a unit is stagnant, while it is (cleared on revival and closure's history keeps them).
CREATE TABLE unit_stagnation_reason (
    unit_id UUID        NOT NULL REFERENCES unit (id),
    reason  VARCHAR(32) NOT NULL,
    PRIMARY KEY (unit_id, reason)
);
CREATE INDEX unit_stagnation_reason_reason ON unit_stagnation_reason (reason);

-- A unit's full history: every change with its business date and the event that announced it.
CREATE TABLE unit_change (
    id                   BIGSERIAL PRIMARY KEY,
    unit_id              UUID         NOT NULL REFERENCES unit (id),
    version              BIGINT       NOT NULL,
    change               VARCHAR(16)  NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    effective_date       DATE         NOT NULL,
    reasons              VARCHAR(200),
    supporters           VARCHAR(200),
    new_investment_rials BIGINT CHECK (new_investment_rials >= 0),
    jobs_restored        INT CHECK (jobs_restored >= 0),
    note                 VARCHAR(500),
    actor                VARCHAR(200) NOT NULL,
    at                   TIMESTAMPTZ  NOT NULL,
    event_id             UUID         NOT NULL
);
CREATE INDEX unit_change_unit ON unit_change (unit_id, version);
