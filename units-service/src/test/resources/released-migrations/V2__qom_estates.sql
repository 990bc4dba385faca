-- Qom's eleven industrial towns and zones (domain.md §0), present from the start, each announced by
-- an ir.samt.estate.registered event written to the outbox in the same transaction, exactly as the
-- service writes it for an estate an officer registers (docs/events.md). The relay publishes them.
-- Their events carry effectiveDate 1998-03-21 (see below). County: قم for all eleven. The sources name the estates but not every zone's county; docs/units.md.
INSERT INTO estate (code, kind, name_fa, name_en, province, county, created_at, version) VALUES
    ('IR-25-T01', 'TOWN', 'شهرک صنعتی شکوهیه', 'Shokouhieh Industrial Town', 'IR-25', 'قم', now(), 0),
    ('IR-25-T02', 'TOWN', 'شهرک صنعتی الغدیر', 'Al-Ghadir Industrial Town', 'IR-25', 'قم', now(), 0),
    ('IR-25-T03', 'TOWN', 'شهرک صنعتی چاپ و نشر', 'Chap-o-Nashr Industrial Town', 'IR-25', 'قم', now(), 0),
    ('IR-25-T04', 'TOWN', 'شهرک صنعتی سلفچگان', 'Salafchegan Industrial Town', 'IR-25', 'قم', now(), 0),
    ('IR-25-T05', 'TOWN', 'شهرک صنعتی محمودآباد', 'Mahmoudabad Industrial Town', 'IR-25', 'قم', now(), 0),
    ('IR-25-T06', 'TOWN', 'شهرک صنعتی ثامن‌الائمه', 'Samen-ol-A''emeh Industrial Town (Qanavat)', 'IR-25', 'قم', now(), 0),
    ('IR-25-T07', 'TOWN', 'شهرک فناوری اطلاعات و ارتباطات (ICT)', 'ICT Town', 'IR-25', 'قم', now(), 0),
    ('IR-25-Z01', 'ZONE', 'ناحیه صنعتی خورآباد', 'Khorabad Industrial Zone', 'IR-25', 'قم', now(), 0),
    ('IR-25-Z02', 'ZONE', 'ناحیه صنعتی دستجرد', 'Dastjerd Industrial Zone', 'IR-25', 'قم', now(), 0),
    ('IR-25-Z03', 'ZONE', 'ناحیه صنعتی سیرو', 'Siro Industrial Zone', 'IR-25', 'قم', now(), 0),
    ('IR-25-Z04', 'ZONE', 'ناحیه صنعتی طغرود', 'Taghrud Industrial Zone', 'IR-25', 'قم', now(), 0);

WITH seeded AS (
    SELECT gen_random_uuid() AS event_id, e.* FROM estate e WHERE e.province = 'IR-25'
)
INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload)
SELECT event_id, 'estate', code, 'ir.samt.estate.registered',
       jsonb_build_object(
           'specversion', '1.0',
           'id', event_id,
           'source', '/samt/units-service',
           'type', 'ir.samt.estate.registered',
           'subject', code,
           'time', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'datacontenttype', 'application/json',
           'data', jsonb_build_object(
               'estateCode', code,
               'kind', kind,
               'province', province,
               'county', county,
               'nameFa', name_fa,
               'nameEn', name_en,
               -- the estates predate this system: count them from 1 Farvardin 1377 (1998-03-21), when
               -- Qom's provincial industrial-towns company was founded (domain.md §5), so every
               -- period since shows them in the stock
               'effectiveDate', '1998-03-21'))
FROM seeded
ORDER BY code;
