-- Test data: the organisations of the test callers (support/Tokens.java), so that every test runs with two real
-- organisations. PARTNER works at a bakery, OTHER_PARTNER at a school; the partner system PARTNER_SYSTEM is linked to
-- a training fund, a third organisation. Only in the test profile (Flyway location db/testdata).
insert into organization (id, name, type, kvk_number, sector, size_class, province, website, visibility)
values ('7e570000-0000-4000-8000-000000000001', 'Testbakkerij B.V.', 'SME', '90000001', 'voedingsmiddelen', 'SMALL',
        'GELDERLAND', 'https://bakkerij.test.example', 'PUBLIC'),
       ('7e570000-0000-4000-8000-000000000002', 'Test-ROC', 'EDUCATION_MBO', '90000002', 'onderwijs', 'LARGE',
        'UTRECHT', null, 'COMMUNITY'),
       ('7e570000-0000-4000-8000-000000000003', 'Testfonds', 'TRAINING_FUND', '90000003', null, 'MEDIUM',
        'NOORD_HOLLAND', null, 'STAFF_ONLY')
on conflict (id) do nothing;

insert into member (id, subject, organization_id, name, email, job_title, expertise, themes, bio, visibility,
                    consent_version, consent_at)
values ('7e57a000-0000-4000-8000-000000000002', '22222222-2222-4222-8222-222222222222',
        '7e570000-0000-4000-8000-000000000001', 'Bram Jansen', 'bram@bakkerij-jansen.example', 'Eigenaar',
        '{werkplekleren}', '{informeel-leren}', 'Bakker en opleider.', 'PUBLIC', '2026-11', now()),
       ('7e57a000-0000-4000-8000-000000000003', '33333333-3333-4333-8333-333333333333',
        '7e570000-0000-4000-8000-000000000002', 'Carla Bos', 'c.bos@roc-midden.example', 'Docent',
        '{coaching}', '{feedback}', null, 'COMMUNITY', '2026-11', now())
on conflict (id) do nothing;

insert into partner_system (client_id, organization_id, created_at)
values ('hub-partner-demo', '7e570000-0000-4000-8000-000000000003', now())
on conflict (client_id) do nothing;
