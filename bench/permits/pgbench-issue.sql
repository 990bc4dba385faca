-- The database work of one issuance, without the service: one licence row and one outbox row in a transaction.
BEGIN;
INSERT INTO bench_permit (id, licence_number, kind, scope, holder_name, holder_id, holder_id_kind, province, county,
    estate_code, activity_code, sector, fixed_investment_rials, jobs, issued_on, issued_year, status, created_at, updated_at, version)
  VALUES (gen_random_uuid(), left(gen_random_uuid()::text, 32), 'OPERATING', 'NEW', 'شرکت پلیمر البرز قم', '10380284790',
    'LEGAL_ENTITY_ID', 'IR-25', 'قم', 'IR-25-T01', '2520', '25', 660377358490, 57, '2025-05-10', 1404, 'ACTIVE', now(), now(), 0);
INSERT INTO bench_outbox (id, aggregatetype, aggregateid, type, payload)
  VALUES (gen_random_uuid(), 'permit', gen_random_uuid()::text, 'ir.samt.permit.issued',
    '{"specversion":"1.0","type":"ir.samt.permit.issued","data":{"province":"IR-25","fixedInvestmentRials":"660377358490"}}');
COMMIT;
