-- Licences kept elsewhere come in by bulk import (docs/permits.md "Importing licences"). Each carries the
-- national licensing portal's unique licence ID (شناسه یکتا) or another registry's key: the import is
-- idempotent by it, and integrators look licences up by it. Optional on licences issued here.
ALTER TABLE permit ADD COLUMN external_ref VARCHAR(100) UNIQUE;
