-- Market inspections (docs/inspections.md): campaigns, visits and case files. Schema only: campaigns are
-- created through the API (POST /campaigns), like every other reference record.

-- A supervision campaign (طرح نظارتی ویژه): a named, dated window, of one province or national (province 'IR').
CREATE TABLE campaign (
    code       VARCHAR(16)  PRIMARY KEY,
    name_fa    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200),
    province   VARCHAR(5)   NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE campaign_priority_good (
    campaign_code VARCHAR(16)  NOT NULL REFERENCES campaign (code),
    position      INT          NOT NULL,
    good          VARCHAR(100) NOT NULL,
    PRIMARY KEY (campaign_code, position)
);

-- A case file (پرونده تخلف): the violations of one unit, referred to the Discretionary Penalties Organization.
-- unit_key is the unit's id, or 'nid:' and the national ID of a unit not registered here.
CREATE TABLE case_file (
    id             UUID           PRIMARY KEY,
    unit_key       VARCHAR(48)    NOT NULL,
    unit_id        UUID           REFERENCES unit (id),
    province       VARCHAR(5)     NOT NULL,
    county         VARCHAR(100)   NOT NULL,
    estate_code    VARCHAR(16),
    sector         VARCHAR(2),
    campaign_code  VARCHAR(16)    REFERENCES campaign (code),
    status         VARCHAR(16)    NOT NULL,
    opened_on      DATE           NOT NULL,
    value_rials    NUMERIC(38, 0) NOT NULL CHECK (value_rials >= 0),
    violations     INT            NOT NULL CHECK (violations >= 0),
    penalty_rials  NUMERIC(38, 0) CHECK (penalty_rials >= 0),
    decided_on     DATE,
    decision_note  VARCHAR(500),
    created_at     TIMESTAMPTZ    NOT NULL,
    updated_at     TIMESTAMPTZ    NOT NULL,
    version        BIGINT         NOT NULL,
    CHECK ((status = 'RULED') = (penalty_rials IS NOT NULL))
);
-- one open (referred) case per unit: a second visit's violations join it; two racing visits meet here
CREATE UNIQUE INDEX case_file_one_open_per_unit ON case_file (unit_key) WHERE status = 'REFERRED';
CREATE INDEX case_file_province ON case_file (province, status);

-- An inspection visit.
CREATE TABLE inspection (
    id               UUID           PRIMARY KEY,
    unit_key         VARCHAR(48)    NOT NULL,
    unit_id          UUID           REFERENCES unit (id),
    unit_name        VARCHAR(200),
    unit_address     VARCHAR(500),
    unit_national_id VARCHAR(11),
    province         VARCHAR(5)     NOT NULL,
    county           VARCHAR(100)   NOT NULL,
    estate_code      VARCHAR(16),
    activity_code    VARCHAR(10),
    sector           VARCHAR(2),
    inspector_kind   VARCHAR(24)    NOT NULL,
    partners         VARCHAR(200)   NOT NULL,
    inspected_on     DATE           NOT NULL,
    campaign_code    VARCHAR(16)    REFERENCES campaign (code),
    case_id          UUID           REFERENCES case_file (id),
    violations_rials NUMERIC(38, 0) NOT NULL,
    note             VARCHAR(500),
    actor            VARCHAR(200)   NOT NULL,
    created_at       TIMESTAMPTZ    NOT NULL,
    CHECK ((unit_id IS NULL) = (unit_national_id IS NOT NULL))
);
CREATE INDEX inspection_unit ON inspection (unit_key, inspected_on);
CREATE INDEX inspection_province ON inspection (province, inspected_on);
CREATE INDEX inspection_campaign ON inspection (campaign_code) WHERE campaign_code IS NOT NULL;

CREATE TABLE inspection_violation (
    inspection_id UUID        NOT NULL REFERENCES inspection (id),
    position      INT         NOT NULL,
    type          VARCHAR(24) NOT NULL,
    amount_rials  BIGINT      CHECK (amount_rials >= 0),
    PRIMARY KEY (inspection_id, position)
);
