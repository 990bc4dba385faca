-- Licences (permits) and their full change history.
CREATE TABLE permit (
    id                     UUID PRIMARY KEY,
    licence_number         VARCHAR(32)  NOT NULL UNIQUE,
    kind                   VARCHAR(16)  NOT NULL,
    scope                  VARCHAR(16),
    guild_term             VARCHAR(16),
    holder_name            VARCHAR(200) NOT NULL,
    holder_id              VARCHAR(11)  NOT NULL,
    holder_id_kind         VARCHAR(16)  NOT NULL,
    province               VARCHAR(5)   NOT NULL,
    county                 VARCHAR(100) NOT NULL,
    estate_code            VARCHAR(16),
    unit_id                UUID,
    activity_code          VARCHAR(10)  NOT NULL,
    sector                 VARCHAR(2)   NOT NULL,
    product                VARCHAR(200),
    capacity_value         BIGINT,
    capacity_unit          VARCHAR(50),
    fixed_investment_rials BIGINT       NOT NULL CHECK (fixed_investment_rials >= 0),
    jobs                   INT          NOT NULL CHECK (jobs >= 0),
    issued_on              DATE         NOT NULL,
    issued_year            INT          NOT NULL,
    valid_until            DATE,
    status                 VARCHAR(16)  NOT NULL,
    renewals               INT          NOT NULL DEFAULT 0,
    revocation_reason      VARCHAR(500),
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    version                BIGINT       NOT NULL
);
CREATE INDEX permit_province_issued ON permit (province, issued_on);
CREATE INDEX permit_kind_status ON permit (kind, status);
CREATE INDEX permit_holder ON permit (holder_id);
CREATE INDEX permit_sector ON permit (sector);
CREATE INDEX permit_estate ON permit (estate_code) WHERE estate_code IS NOT NULL;
-- the expiry job scans only what is still active
CREATE INDEX permit_active_valid_until ON permit (valid_until) WHERE status = 'ACTIVE';

CREATE TABLE permit_change (
    id         BIGSERIAL PRIMARY KEY,
    permit_id  UUID        NOT NULL REFERENCES permit (id),
    version    BIGINT      NOT NULL,
    change     VARCHAR(16) NOT NULL,
    status     VARCHAR(16) NOT NULL,
    valid_until DATE,
    reason     VARCHAR(500),
    actor      VARCHAR(200) NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    event_id   UUID        NOT NULL
);
CREATE INDEX permit_change_permit ON permit_change (permit_id, version);

-- Licence numbers come from one sequence per province and Jalali year (licence_seq_25_1404, ...),
-- created on first use by LicenceNumbers.
