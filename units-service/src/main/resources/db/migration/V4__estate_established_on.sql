-- The date an industrial town or zone counts from (its founding, or when the province's industrial towns
-- company took it over): the effectiveDate of its ir.samt.estate.registered event. Given when an operator
-- registers the estate (POST /estates, establishedOn), the day of registration otherwise. Estates registered
-- before this column keep it empty: their events carried the date already.
ALTER TABLE estate ADD COLUMN established_on DATE;
