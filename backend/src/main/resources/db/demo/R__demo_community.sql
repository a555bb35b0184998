-- Demo data for the community: fifteen organisations of every type across the provinces and twenty-five members
-- with mixed visibility. The demo users partner (Bram Jansen) and partner2 (Carla Bos) work at two different
-- organisations; the demo partner system hub-partner-demo acts for Bram's bakery. All names are fictional.
-- Guarded by the run-time placeholder ${demo} like the knowledge demo data: never in production. Idempotent.

do $demo$
begin
if '${demo}' <> 'true' then
    return;
end if;

insert into organization (id, name, type, kvk_number, sector, size_class, province, website, description, visibility,
                          created_by_subject, created_by_name)
values
    ('de00c000-0000-4000-8000-000000000001', 'Bakkerij Jansen B.V.', 'SME', '12340001', 'voedingsmiddelen', 'SMALL', 'GELDERLAND', 'https://www.bakkerij-jansen.example', 'Familiebakkerij met twaalf medewerkers en een eigen leerlab op de werkvloer.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000002', 'ROC Midden', 'EDUCATION_MBO', '12340002', 'onderwijs', 'LARGE', 'UTRECHT', 'https://www.roc-midden.example', 'Mbo-instelling met opleidingen in zorg, techniek en economie; werkt samen met leerbedrijven in de regio.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000003', 'Installatiebedrijf Van Dam', 'SME', '12340003', 'installatietechniek', 'MEDIUM', 'NOORD_BRABANT', 'https://www.vandam-installatie.example', 'Installateur die elke week een leermoment in de bus naar de klant houdt.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000004', 'Zorggroep De Linde', 'LARGE_COMPANY', '12340004', 'zorg', 'LARGE', 'OVERIJSSEL', null, 'Zorgorganisatie met teams die intervisie als vast onderdeel van het werk hebben.', 'COMMUNITY', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000005', 'Opleidingsfonds Bouw & Techniek', 'TRAINING_FUND', '12340005', 'bouw', 'SMALL', 'ZUID_HOLLAND', 'https://www.ofbt.example', 'O&O-fonds dat leren in bouwbedrijven financiert en begeleidt.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000006', 'MKB Regio Noord', 'BRANCH_ORGANISATION', '12340006', 'detailhandel', 'SMALL', 'GRONINGEN', 'https://www.mkb-noord.example', 'Brancheorganisatie voor ondernemers in Groningen, Friesland en Drenthe.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000007', 'Hogeschool Windesheim Leerlab', 'EDUCATION_HBO', '12340007', 'onderwijs', 'LARGE', 'FLEVOLAND', null, 'Lectoraat dat met het mkb onderzoekt hoe leren op de werkplek werkt.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000008', 'Universiteit Twente — Leren en Werken', 'EDUCATION_WO', '12340008', 'onderzoek', 'LARGE', 'OVERIJSSEL', null, 'Onderzoeksgroep naar leercultuur en professionele ontwikkeling.', 'COMMUNITY', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000009', 'Gemeente Zwolle — Werk en Inkomen', 'GOVERNMENT', '12340009', 'overheid', 'LARGE', 'OVERIJSSEL', null, 'Gemeentelijke afdeling die werkgevers helpt bij scholing van werkenden.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000010', 'Kenniscentrum Leren op de Werkplek', 'KNOWLEDGE_INSTITUTE', '12340010', 'onderzoek', 'SMALL', 'UTRECHT', 'https://www.kenniscentrum-leren.example', 'Kennisinstituut dat praktijkonderzoek naar leercultuur bundelt.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000011', 'Drukkerij Friesland', 'SME', '12340011', 'grafisch', 'MICRO', 'FRIESLAND', null, 'Kleine drukkerij die medewerkers laat rouleren over machines.', 'COMMUNITY', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000012', 'Tuinbouwbedrijf Westland Groen', 'SME', '12340012', 'tuinbouw', 'MEDIUM', 'ZUID_HOLLAND', null, 'Kassenbedrijf met een mentorprogramma voor nieuwe medewerkers.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000013', 'Garage Limburg Mobiliteit', 'SME', '12340013', 'mobiliteit', 'SMALL', 'LIMBURG', null, 'Autobedrijf dat leerbudgetten per medewerker uitprobeert.', 'STAFF_ONLY', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000014', 'Zeeuws Techniek Collectief', 'OTHER', '12340014', 'techniek', 'SMALL', 'ZEELAND', null, 'Samenwerkingsverband van technische bedrijven in Zeeland.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
    ('de00c000-0000-4000-8000-000000000015', 'Logistiek Drenthe B.V.', 'SME', '12340015', 'logistiek', 'MEDIUM', 'DRENTHE', null, 'Logistiek bedrijf met ontwikkelgesprekken voor alle chauffeurs.', 'PUBLIC', '11111111-1111-4111-8111-111111111111', 'Anna de Vries')
on conflict (id) do nothing;

insert into member (id, subject, organization_id, name, email, job_title, expertise, themes, bio, visibility,
                    consent_version, consent_at)
values
    ('de00d000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', 'de00c000-0000-4000-8000-000000000001', 'Bram Jansen', 'bram@bakkerij-jansen.example', 'Eigenaar', '{"werkplekleren","vakmanschap"}', '{"informeel-leren","leiderschap"}', 'Bakker en opleider; begon een leerlab in de bakkerij.', 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000002', '33333333-3333-4333-8333-333333333333', 'de00c000-0000-4000-8000-000000000002', 'Carla Bos', 'c.bos@roc-midden.example', 'Docent en praktijkbegeleider', '{"coaching","leerlijnen"}', '{"feedback","onderwijs-arbeidsmarkt"}', 'Verbindt studenten en leerbedrijven in de regio Utrecht.', 'COMMUNITY', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000003', 'demo-member-003', 'de00c000-0000-4000-8000-000000000003', 'Pieter van Dam', 'pieter@vandam.example', 'Directeur', '{"teamleren"}', '{"leiderschap"}', 'Leidt een installatiebedrijf met wekelijkse leermomenten.', 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000004', 'demo-member-004', 'de00c000-0000-4000-8000-000000000003', 'Sanne Kok', 'sanne@vandam.example', 'Werkvoorbereider', '{"planning","werkplekleren"}', '{"informeel-leren"}', null, 'COMMUNITY', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000005', 'demo-member-005', 'de00c000-0000-4000-8000-000000000004', 'Fatima el Amrani', 'f.elamrani@delinde.example', 'Teamleider zorg', '{"intervisie","feedback"}', '{"feedback","psychologische-veiligheid"}', 'Zet intervisie in als vast onderdeel van het teamoverleg.', 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000006', 'demo-member-006', 'de00c000-0000-4000-8000-000000000004', 'Johan Mulder', 'j.mulder@delinde.example', 'Opleidingsadviseur', '{"leerbudget"}', '{"loopbaan"}', null, 'STAFF_ONLY', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000007', 'demo-member-007', 'de00c000-0000-4000-8000-000000000005', 'Ingrid de Wit', 'ingrid@ofbt.example', 'Adviseur leren en ontwikkelen', '{"subsidies","leerbudget"}', '{"loopbaan"}', 'Helpt bouwbedrijven hun leerbudget te benutten.', 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000008', 'demo-member-008', 'de00c000-0000-4000-8000-000000000006', 'Kees Postma', 'kees@mkb-noord.example', 'Beleidsmedewerker', '{"regionale samenwerking"}', '{"onderwijs-arbeidsmarkt"}', null, 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000009', 'demo-member-009', 'de00c000-0000-4000-8000-000000000007', 'Dr. Lotte Vermeer', 'l.vermeer@windesheim.example', 'Lector werkplekleren', '{"onderzoek","werkplekleren"}', '{"informeel-leren"}', 'Onderzoekt hoe mkb-bedrijven leren organiseren.', 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000010', 'demo-member-010', 'de00c000-0000-4000-8000-000000000008', 'Prof. Marc Hendriks', 'm.hendriks@utwente.example', 'Hoogleraar', '{"leercultuur","onderzoek"}', '{"leiderschap"}', null, 'COMMUNITY', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000011', 'demo-member-011', 'de00c000-0000-4000-8000-000000000009', 'Ayse Demir', 'a.demir@zwolle.example', 'Accountmanager werkgevers', '{"scholing","arbeidsmarkt"}', '{"loopbaan"}', null, 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000012', 'demo-member-012', 'de00c000-0000-4000-8000-000000000010', 'Tom Bakker', 'tom@kenniscentrum-leren.example', 'Onderzoeker', '{"praktijkonderzoek"}', '{"informeel-leren"}', 'Schrijft praktijkvoorbeelden voor de kennisbank.', 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000013', 'demo-member-013', 'de00c000-0000-4000-8000-000000000011', 'Wietske Hoekstra', 'wietske@drukkerij-friesland.example', 'Eigenaar', '{"jobrotatie"}', '{"informeel-leren"}', null, 'COMMUNITY', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000014', 'demo-member-014', 'de00c000-0000-4000-8000-000000000012', 'Ruud van der Berg', 'ruud@westlandgroen.example', 'HR-adviseur', '{"mentoring"}', '{"feedback"}', 'Begeleidt het mentorprogramma voor nieuwe collega''s.', 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000015', 'demo-member-015', 'de00c000-0000-4000-8000-000000000013', 'Noor Smeets', 'noor@garagelimburg.example', 'Bedrijfsleider', '{"leerbudget"}', '{"loopbaan"}', null, 'STAFF_ONLY', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000016', 'demo-member-016', 'de00c000-0000-4000-8000-000000000014', 'Bas de Vries', 'bas@zeeuwstechniek.example', 'Coördinator', '{"samenwerking"}', '{"onderwijs-arbeidsmarkt"}', null, 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000017', 'demo-member-017', 'de00c000-0000-4000-8000-000000000015', 'Eva Janssen', 'eva@logistiekdrenthe.example', 'Teamleider planning', '{"ontwikkelgesprekken"}', '{"leiderschap"}', 'Voert ontwikkelgesprekken met alle chauffeurs.', 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000018', 'demo-member-018', 'de00c000-0000-4000-8000-000000000001', 'Mohammed Aziz', 'mohammed@bakkerij-jansen.example', 'Leerling-bakker', '{"vakmanschap"}', '{"informeel-leren"}', null, 'COMMUNITY', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000019', 'demo-member-019', 'de00c000-0000-4000-8000-000000000002', 'Linda Verbeek', 'l.verbeek@roc-midden.example', 'Teamleider techniek', '{"praktijkleren"}', '{"onderwijs-arbeidsmarkt"}', null, 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000020', 'demo-member-020', 'de00c000-0000-4000-8000-000000000005', 'Gert Jan Smit', 'gj@ofbt.example', 'Projectleider', '{"pilots"}', '{"leiderschap"}', null, 'COMMUNITY', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000021', 'demo-member-021', 'de00c000-0000-4000-8000-000000000007', 'Yara Peeters', 'y.peeters@windesheim.example', 'Docent-onderzoeker', '{"feedback"}', '{"feedback"}', null, 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000022', 'demo-member-022', 'de00c000-0000-4000-8000-000000000010', 'Hans Koster', 'hans@kenniscentrum-leren.example', 'Senior adviseur', '{"leercultuur"}', '{"psychologische-veiligheid"}', null, 'STAFF_ONLY', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000023', 'demo-member-023', 'de00c000-0000-4000-8000-000000000012', 'Ilse van Leeuwen', 'ilse@westlandgroen.example', 'Teamleider kas', '{"werkplekleren"}', '{"informeel-leren"}', null, 'COMMUNITY', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000024', 'demo-member-024', 'de00c000-0000-4000-8000-000000000015', 'Rob Hermans', 'rob@logistiekdrenthe.example', 'Chauffeur en mentor', '{"mentoring"}', '{"feedback"}', null, 'PUBLIC', '2026-11', now()),
    ('de00d000-0000-4000-8000-000000000025', 'demo-member-025', 'de00c000-0000-4000-8000-000000000004', 'Esther Visser', 'e.visser@delinde.example', 'Verpleegkundige', '{"intervisie"}', '{"psychologische-veiligheid"}', null, 'COMMUNITY', '2026-11', now())
on conflict (id) do nothing;

-- the Expeditie Leercultuur demo day and a webinar, some weeks ahead of the moment the demo data was loaded
insert into event (id, title, description, kind, starts_at, ends_at, location, capacity, created_by_subject, created_by_name)
values ('de00e000-0000-4000-8000-000000000001', 'Expeditie Leercultuur — demodag',
        'De demodag van het programma: mkb-bedrijven, scholen en fondsen laten zien wat hun pilots opleverden, en wat niet. Met werkplaatsen over feedback, leerbudgetten en leren op de werkvloer.',
        'DEMO_DAY', date_trunc('day', now()) + interval '45 days 9 hours', date_trunc('day', now()) + interval '45 days 16 hours',
        'Jaarbeurs, Utrecht', 150, '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
       ('de00e000-0000-4000-8000-000000000002', 'Webinar: leren op de werkvloer in kleine bedrijven',
        'Een uur over wat werkt bij leren tijdens het werk, met een praktijkvoorbeeld uit de bouw.',
        'WEBINAR', date_trunc('day', now()) + interval '20 days 15 hours', date_trunc('day', now()) + interval '20 days 16 hours',
        'Online', 300, '11111111-1111-4111-8111-111111111111', 'Anna de Vries')
on conflict (id) do nothing;

insert into partner_system (client_id, organization_id, created_at)
values ('hub-partner-demo', 'de00c000-0000-4000-8000-000000000001', now())
on conflict (client_id) do nothing;
end
$demo$;
