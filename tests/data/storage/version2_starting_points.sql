-- Content for a version-2 file (schema_v1.sql + migrate_1_to_2.sql): two agreements
-- whose starting points, keyed by (agreement_id, position), were stored out of their
-- order, with texts that need more than ASCII and one that is empty.
INSERT INTO municipality (id, name, code) VALUES (1, 'Härnösand', '2280');
INSERT INTO agreements (id, title, status) VALUES
    ('a1', 'Samverkansöverenskommelse 2024–2027', 'draft'),
    ('a2', 'Medborgarlöfte 2025', 'signed');
INSERT INTO starting_points (agreement_id, position, text) VALUES
    ('a1', 2, 'Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete'),
    ('a2', 0, 'Trygg stadskärna'),
    ('a1', 0, 'ANDT-strategin'),
    ('a1', 1, ''),
    ('a1', 3, 'Åtgärder mot våld i nära relationer; "citat" och ''apostrof''');
