-- The search key is derived from the name (PersianText.searchKey), and lower-casing can make it longer
-- than the name it comes from ("İ" becomes two characters): a valid 200-character name must never be
-- refused because of a column the caller does not send. The name itself keeps its 200-character limit.
ALTER TABLE unit ALTER COLUMN name_key TYPE TEXT;
