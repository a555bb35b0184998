-- Demo data for pilots: eight pilots in every state across intervention types and provinces, with the organisations
-- taking part, contacts, costs, the knowledge they build on, journals and their status history. The demo partner's bakery
-- executes two of them and ROC Midden (partner2) takes part in three. All fictional. Guarded by ${demo} like the other
-- demo data: never in production. Idempotent.

do $demo$
declare
    pr record;
    path text[];
    i int;
    base timestamptz;
    changed timestamptz;
begin
if '${demo}' <> 'true' then
    return;
end if;

insert into pilot (id, title, intervention_type_code, intervention, goal, hypothesis, target_group, contact_member_id,
                   starts_on, ends_on, cost_total, participant_count, status, stop_reason, created_by_subject, created_by_name)
values
 ('de00f000-0000-4000-8000-000000000001', 'Intervisie voor ploegleiders in de bakkerij', 'intervisie',
  'Ploegleiders komen elke vier weken twee uur samen en bespreken met de incidentmethode een vraagstuk uit hun werk; een docent van ROC Midden begeleidt.',
  'Ploegleiders leren van elkaars aanpak bij het inwerken van nieuwe collega''s.',
  'Wie vaker met collega''s een vraagstuk uitdiept, werkt nieuwe medewerkers sneller en met minder uitval in.',
  'Ploegleiders in de productie', 'de00d000-0000-4000-8000-000000000001',
  current_date - 60, current_date + 120, 9600.00, 8, 'RUNNING', null, '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f000-0000-4000-8000-000000000002', 'Leerbudget voor iedere bakker', 'leerbudget',
  'Elke medewerker krijgt 500 euro en 16 uur per jaar om zelf een opleiding of cursus te kiezen, met een loopbaangesprek vooraf.',
  'Meer medewerkers kiezen zelf een opleiding die bij hun ambitie past.',
  'Eigen regie over budget en tijd verlaagt de drempel om te gaan leren.',
  'Alle medewerkers', 'de00d000-0000-4000-8000-000000000001',
  current_date + 30, current_date + 395, 22000.00, 40, 'PREPARING', null, '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f000-0000-4000-8000-000000000003', 'Praktijkopleiders en docenten samen aan de slag', 'onderwijs-arbeidsmarkt',
  'Docenten van ROC Midden lopen maandelijks een dag mee in de zorg en ontwerpen samen met praktijkopleiders opdrachten voor de werkplek.',
  'Beter aansluitend onderwijs voor bbl-studenten in de zorg.', null,
  'Bbl-studenten verzorgende IG', null,
  current_date - 300, current_date - 30, 31000.00, 25, 'EVALUATING', null, '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f000-0000-4000-8000-000000000004', 'Mentoring voor nieuwe monteurs', 'mentoring',
  'Elke nieuwe monteur krijgt een ervaren collega als mentor voor het eerste halfjaar, met een wekelijks kwartier om terug te kijken.',
  'Nieuwe monteurs blijven langer en worden sneller zelfstandig.', null,
  'Nieuwe monteurs', null,
  current_date - 500, current_date - 200, 7200.00, 12, 'COMPLETED', null, '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f000-0000-4000-8000-000000000005', 'Ontwikkelgesprekken los van de beoordeling', 'ontwikkelgesprekken',
  'Leidinggevenden voeren twee keer per jaar een ontwikkelgesprek dat de medewerker voorbereidt, los van de jaarlijkse beoordeling.',
  'Medewerkers bespreken hun ontwikkeling vaker en met meer vertrouwen.', null,
  'Medewerkers in de logistiek', null,
  current_date - 200, current_date + 160, 4800.00, 30, 'RUNNING', null, '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f000-0000-4000-8000-000000000006', 'Microcredentials voor tuinbouwtechniek', 'microcredentials',
  'Medewerkers halen in kleine stappen erkende microcredentials in klimaattechniek, naast het werk en met een coach van de hogeschool.',
  'Technische kennis op peil houden zonder lange opleidingen.', null,
  'Teeltmedewerkers', null,
  null, null, null, null, 'IDEA', null, '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f000-0000-4000-8000-000000000007', 'Leiderschapsprogramma voor meewerkend voormannen', 'leiderschapsprogramma',
  'Voormannen volgen zes bijeenkomsten over leren voorleven en oefenen tussendoor met ontwikkelgesprekken op de bouwplaats.',
  'Voormannen maken ruimte voor leren in hun ploeg.', null,
  'Meewerkend voormannen', null,
  current_date - 250, current_date - 100, 15000.00, 10, 'STOPPED', 'De opdrachtgever trok zich terug na een reorganisatie; de lessen staan in het logboek.',
  '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f000-0000-4000-8000-000000000008', 'Leren op de werkplek in de drukkerij', 'werkplekleren',
  'Medewerkers rouleren langs drie afdelingen, elk met een vaste begeleider en een wekelijks moment om terug te kijken.',
  'Breder inzetbare medewerkers die het hele proces kennen.', null,
  'Productiemedewerkers', null,
  current_date - 30, current_date + 240, 6400.00, 16, 'RUNNING', null, '11111111-1111-4111-8111-111111111111', 'Anna de Vries')
on conflict (id) do nothing;

insert into pilot_organization (pilot_id, organization_id, role) values
 ('de00f000-0000-4000-8000-000000000001', 'de00c000-0000-4000-8000-000000000001', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000001', 'de00c000-0000-4000-8000-000000000002', 'EDUCATION_PARTNER'),
 ('de00f000-0000-4000-8000-000000000002', 'de00c000-0000-4000-8000-000000000001', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000002', 'de00c000-0000-4000-8000-000000000006', 'FUNDER'),
 ('de00f000-0000-4000-8000-000000000003', 'de00c000-0000-4000-8000-000000000004', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000003', 'de00c000-0000-4000-8000-000000000002', 'EDUCATION_PARTNER'),
 ('de00f000-0000-4000-8000-000000000004', 'de00c000-0000-4000-8000-000000000003', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000004', 'de00c000-0000-4000-8000-000000000005', 'FUNDER'),
 ('de00f000-0000-4000-8000-000000000005', 'de00c000-0000-4000-8000-000000000015', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000005', 'de00c000-0000-4000-8000-000000000009', 'PARTICIPATING'),
 ('de00f000-0000-4000-8000-000000000006', 'de00c000-0000-4000-8000-000000000012', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000006', 'de00c000-0000-4000-8000-000000000007', 'EDUCATION_PARTNER'),
 ('de00f000-0000-4000-8000-000000000007', 'de00c000-0000-4000-8000-000000000014', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000007', 'de00c000-0000-4000-8000-000000000005', 'FUNDER'),
 ('de00f000-0000-4000-8000-000000000008', 'de00c000-0000-4000-8000-000000000011', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000008', 'de00c000-0000-4000-8000-000000000002', 'PARTICIPATING')
on conflict do nothing;

-- a contact from the executing organisation where the demo has one
update pilot set contact_member_id = (select m.id from member m join pilot_organization po on po.organization_id = m.organization_id
                                      where po.pilot_id = pilot.id and po.role = 'EXECUTING' order by m.name limit 1)
where id::text like 'de00f000-%' and contact_member_id is null;

insert into pilot_knowledge_item (pilot_id, knowledge_item_id)
select v.pilot_id, k.id from (values
    ('de00f000-0000-4000-8000-000000000001'::uuid, 1), ('de00f000-0000-4000-8000-000000000001'::uuid, 2),
    ('de00f000-0000-4000-8000-000000000003'::uuid, 3), ('de00f000-0000-4000-8000-000000000004'::uuid, 4),
    ('de00f000-0000-4000-8000-000000000005'::uuid, 5), ('de00f000-0000-4000-8000-000000000008'::uuid, 2)) as v(pilot_id, n)
join knowledge_item k on k.id = ('de00000' || v.n || '-5eed-4c0d-8e00-00000000000' || v.n)::uuid
on conflict do nothing;

-- journals: evaluating as they go, by the people of the organisations taking part and by programme staff
insert into pilot_journal_entry (id, pilot_id, text, author_subject, author_name, written_at) values
 ('de00f100-0000-4000-8000-000000000001', 'de00f000-0000-4000-8000-000000000001',
  'Eerste bijeenkomst: zes van de acht ploegleiders waren er. De incidentmethode voelde eerst stroef, na de tweede casus liep het.',
  '22222222-2222-4222-8222-222222222222', 'Bram Jansen', now() - interval '50 days'),
 ('de00f100-0000-4000-8000-000000000002', 'de00f000-0000-4000-8000-000000000001',
  'Als begeleider merk ik dat de ploegleiders nu zelf casussen meenemen. Volgende keer oefenen we met feedback geven.',
  '33333333-3333-4333-8333-333333333333', 'Carla Bos', now() - interval '22 days'),
 ('de00f100-0000-4000-8000-000000000003', 'de00f000-0000-4000-8000-000000000001',
  'Twee nieuwe collega''s zijn ingewerkt met de aanpak uit de intervisie; hun ploegleiders zeggen dat het sneller ging.',
  '22222222-2222-4222-8222-222222222222', 'Bram Jansen', now() - interval '3 days'),
 ('de00f100-0000-4000-8000-000000000004', 'de00f000-0000-4000-8000-000000000003',
  'De docenten hebben elk vier dagen meegelopen. Drie werkplekopdrachten zijn samen met de praktijkopleiders herschreven.',
  '33333333-3333-4333-8333-333333333333', 'Carla Bos', now() - interval '120 days'),
 ('de00f100-0000-4000-8000-000000000005', 'de00f000-0000-4000-8000-000000000003',
  'Looptijd voorbij; de nameting onder studenten en praktijkopleiders is verstuurd.',
  '11111111-1111-4111-8111-111111111111', 'Anna de Vries', now() - interval '25 days'),
 ('de00f100-0000-4000-8000-000000000006', 'de00f000-0000-4000-8000-000000000005',
  'Na de eerste ronde gesprekken vroegen vooral chauffeurs om korte cursussen over nieuwe voertuigtechniek.',
  '11111111-1111-4111-8111-111111111111', 'Anna de Vries', now() - interval '90 days'),
 ('de00f100-0000-4000-8000-000000000007', 'de00f000-0000-4000-8000-000000000007',
  'De opdrachtgever reorganiseert; de voormannen konden de laatste drie bijeenkomsten niet bijwonen. Les: plan het programma niet in een periode van grote veranderingen.',
  '11111111-1111-4111-8111-111111111111', 'Anna de Vries', now() - interval '110 days'),
 ('de00f100-0000-4000-8000-000000000008', 'de00f000-0000-4000-8000-000000000008',
  'De eerste roulatie is begonnen; de vaste begeleiders krijgen een uur per week om terug te kijken met hun collega.',
  '33333333-3333-4333-8333-333333333333', 'Carla Bos', now() - interval '20 days')
on conflict (id) do nothing;

-- the status history along the lifecycle, once
for pr in select id, status, stop_reason, created_at, starts_on, ends_on from pilot where id::text like 'de00f000-%'
         and not exists (select 1 from pilot_status_change c where c.pilot_id = pilot.id) loop
    path := case pr.status
        when 'IDEA' then array['IDEA']
        when 'PREPARING' then array['IDEA', 'PREPARING']
        when 'RUNNING' then array['IDEA', 'PREPARING', 'RUNNING']
        when 'EVALUATING' then array['IDEA', 'PREPARING', 'RUNNING', 'EVALUATING']
        when 'COMPLETED' then array['IDEA', 'PREPARING', 'RUNNING', 'EVALUATING', 'COMPLETED']
        else array['IDEA', 'PREPARING', 'RUNNING', 'STOPPED'] end;
    -- dated along the pilot's period: an idea two months before the start, running from the start, evaluated at the end
    base := coalesce(pr.starts_on::timestamptz + interval '9 hours', pr.created_at);
    for i in 1 .. array_length(path, 1) loop
        changed := case path[i]
            when 'IDEA' then base - interval '60 days'
            when 'PREPARING' then base - interval '30 days'
            when 'RUNNING' then base
            when 'EVALUATING' then coalesce(pr.ends_on::timestamptz + interval '9 hours', base + interval '90 days')
            when 'COMPLETED' then coalesce(pr.ends_on::timestamptz + interval '9 hours', base) + interval '45 days'
            else coalesce(pr.ends_on::timestamptz + interval '9 hours', base + interval '30 days') end;
        changed := least(changed, now() - (array_length(path, 1) - i) * interval '1 hour');
        insert into pilot_status_change (id, pilot_id, from_status, to_status, reason, actor_subject, actor_name, changed_at)
        values (gen_random_uuid(), pr.id, case when i = 1 then null else path[i - 1] end, path[i],
                case when path[i] = 'STOPPED' then pr.stop_reason end,
                '11111111-1111-4111-8111-111111111111', 'Anna de Vries', changed);
    end loop;
end loop;
end
$demo$;
