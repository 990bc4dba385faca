-- Searches at national size (issue 23): every documented sort is a (column, id) index, so a page by cursor
-- is one index range whatever its depth, and every filter leads an index in the default sort's order
-- (issued_on, id), so a filtered first page reads a page of rows, not every match. PermitSearchPlanTest
-- checks each filter and sort against a few hundred thousand licences.
DROP INDEX permit_province_issued;
DROP INDEX permit_kind_status;
DROP INDEX permit_sector;
DROP INDEX permit_estate;

-- Operating licences never expire (valid_until null): the sort puts them last, at 2200-12-31 (the latest
-- date a cursor holds), through a column of its own so that one index serves the sort and its cursor.
ALTER TABLE permit ADD COLUMN valid_until_key DATE GENERATED ALWAYS AS (coalesce(valid_until, DATE '2200-12-31')) STORED;

CREATE INDEX permit_issued_id ON permit (issued_on, id);
CREATE INDEX permit_number_id ON permit (licence_number, id);
CREATE INDEX permit_investment_id ON permit (fixed_investment_rials, id);
CREATE INDEX permit_jobs_id ON permit (jobs, id);
CREATE INDEX permit_valid_until_id ON permit (valid_until_key, id);

CREATE INDEX permit_province_issued_id ON permit (province, issued_on, id);
CREATE INDEX permit_kind_issued_id ON permit (kind, issued_on, id);
CREATE INDEX permit_scope_issued_id ON permit (scope, issued_on, id) WHERE scope IS NOT NULL;
CREATE INDEX permit_status_issued_id ON permit (status, issued_on, id);
CREATE INDEX permit_sector_issued_id ON permit (sector, issued_on, id);
CREATE INDEX permit_estate_issued_id ON permit (estate_code, issued_on, id) WHERE estate_code IS NOT NULL;
-- "active licences expiring soonest" and a kind by its term's end: the filters a validUntil sort is asked with
CREATE INDEX permit_status_valid_until_id ON permit (status, valid_until_key, id);
CREATE INDEX permit_kind_valid_until_id ON permit (kind, valid_until_key, id);
