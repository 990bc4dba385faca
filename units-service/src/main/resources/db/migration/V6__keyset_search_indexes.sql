-- Searches at national size (3.3 million units): every documented sort has a (column, id) index, so a
-- page — first or 2,000th, through its cursor — is one range of one index; every documented filter has
-- an index that ends with the default sort (registered_on desc, id desc), so a filtered first page reads
-- only its own rows. A filter combined with another sort walks that sort's index and skips what does not
-- match, which stays cheap for any filter that matches more than a sliver of the registry.
-- The (province, status), (kind, status), (sector) and (estate_code) indexes they replace served only
-- equality, and made every page sort all of its matches.
DROP INDEX unit_province_status;
DROP INDEX unit_kind_status;
DROP INDEX unit_sector;
DROP INDEX unit_estate;

CREATE INDEX unit_registered ON unit (registered_on, id);
CREATE INDEX unit_name_key ON unit (name_key, id);
CREATE INDEX unit_employees ON unit (employees, id);
CREATE INDEX unit_status_since ON unit (status_since, id);

CREATE INDEX unit_province_registered ON unit (province, registered_on, id);
CREATE INDEX unit_status_registered ON unit (status, registered_on, id);
CREATE INDEX unit_kind_registered ON unit (kind, registered_on, id);
CREATE INDEX unit_guild_group_registered ON unit (guild_group, registered_on, id) WHERE guild_group IS NOT NULL;
CREATE INDEX unit_sector_registered ON unit (sector, registered_on, id);
CREATE INDEX unit_estate_registered ON unit (estate_code, registered_on, id) WHERE estate_code IS NOT NULL;
