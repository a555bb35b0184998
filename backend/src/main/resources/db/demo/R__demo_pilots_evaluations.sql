-- Demo data for evaluations: four more completed pilots, measurement waves with generated anonymous responses for the
-- demo pilots, and evaluations, so that results and "what works" mean something on `make run`. Effects differ on
-- purpose: clearly positive (intervision in care, mentoring twice), about zero (intervision among installers) and
-- negative (a learning budget without guidance). The running bakery pilot has a closed baseline and an open follow-up
-- whose survey link works (token demo-survey-bakkerij-vervolgmeting). All fictional. Guarded by ${demo}; runs once.

do $demo$
declare
    w record;
    it record;
    r int;
    rid uuid;
    v int;
    baseline_instrument constant uuid := '1c000000-0000-4000-8000-000000000001';
begin
if '${demo}' <> 'true' then
    return;
end if;
if exists (select 1 from measurement where id = 'de00f200-0000-4000-8000-000000000001') then
    return;
end if;
perform setseed(0.2027);

insert into pilot (id, title, intervention_type_code, intervention, goal, hypothesis, target_group, contact_member_id,
                   starts_on, ends_on, cost_total, participant_count, status, evaluation_published, created_by_subject, created_by_name)
values
 ('de00f000-0000-4000-8000-000000000009', 'Intervisie voor teamleiders in de zorg', 'intervisie',
  'Teamleiders bespreken elke drie weken een casus uit hun team, met een vaste gespreksmethode en een externe begeleider.',
  'Teamleiders leren van elkaar hoe ze ruimte maken voor leren in een druk rooster.',
  'Wie het eigen handelen regelmatig met collega''s bespreekt, creëert meer ruimte voor leren in het team.',
  'Teamleiders in de wijkzorg', 'de00d000-0000-4000-8000-000000000005',
  current_date - 420, current_date - 120, 5400.00, 18, 'COMPLETED', true, '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f000-0000-4000-8000-000000000010', 'Intervisie tussen installateurs', 'intervisie',
  'Monteurs van verschillende ploegen bespreken maandelijks een storing die ze samen hebben opgelost.',
  'Meer kennis delen tussen ploegen.', null, 'Monteurs', 'de00d000-0000-4000-8000-000000000003',
  current_date - 380, current_date - 150, 4000.00, 10, 'COMPLETED', true, '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f000-0000-4000-8000-000000000011', 'Mentoring in de kas', 'mentoring',
  'Nieuwe teeltmedewerkers lopen drie maanden mee met een ervaren collega die tijd krijgt om uit te leggen.',
  'Nieuwe medewerkers worden sneller zelfstandig en blijven langer.', null, 'Nieuwe teeltmedewerkers', 'de00d000-0000-4000-8000-000000000014',
  current_date - 330, current_date - 90, 3600.00, 9, 'COMPLETED', true, '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f000-0000-4000-8000-000000000012', 'Leerbudget zonder begeleiding', 'leerbudget',
  'Elke medewerker kreeg 600 euro om zelf een cursus te kiezen, zonder gesprek vooraf of tijd in het rooster.',
  'Meer medewerkers volgen een opleiding.', null, 'Monteurs en balie', 'de00d000-0000-4000-8000-000000000015',
  current_date - 400, current_date - 100, 12000.00, 20, 'COMPLETED', true, '11111111-1111-4111-8111-111111111111', 'Anna de Vries')
on conflict (id) do nothing;
update pilot set evaluation_published = true where id in ('de00f000-0000-4000-8000-000000000004', 'de00f000-0000-4000-8000-000000000007');

insert into pilot_organization (pilot_id, organization_id, role) values
 ('de00f000-0000-4000-8000-000000000009', 'de00c000-0000-4000-8000-000000000004', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000009', 'de00c000-0000-4000-8000-000000000002', 'EDUCATION_PARTNER'),
 ('de00f000-0000-4000-8000-000000000010', 'de00c000-0000-4000-8000-000000000003', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000010', 'de00c000-0000-4000-8000-000000000005', 'FUNDER'),
 ('de00f000-0000-4000-8000-000000000011', 'de00c000-0000-4000-8000-000000000012', 'EXECUTING'),
 ('de00f000-0000-4000-8000-000000000012', 'de00c000-0000-4000-8000-000000000013', 'EXECUTING')
on conflict do nothing;

insert into pilot_status_change (id, pilot_id, from_status, to_status, reason, actor_subject, actor_name, changed_at)
select gen_random_uuid(), p.id, s.from_status, s.to_status, null, '11111111-1111-4111-8111-111111111111', 'Anna de Vries',
       p.starts_on::timestamptz + s.shift
from pilot p
cross join (values (null, 'IDEA', interval '-60 days'), ('IDEA', 'PREPARING', interval '-30 days'), ('PREPARING', 'RUNNING', interval '0 days'),
                   ('RUNNING', 'EVALUATING', interval '240 days'), ('EVALUATING', 'COMPLETED', interval '280 days')) as s(from_status, to_status, shift)
where p.id in ('de00f000-0000-4000-8000-000000000009', 'de00f000-0000-4000-8000-000000000010', 'de00f000-0000-4000-8000-000000000011',
               'de00f000-0000-4000-8000-000000000012')
  and not exists (select 1 from pilot_status_change c where c.pilot_id = p.id);

-- the waves: (id, pilot, wave, label, opens, closes, closed, token, respondents, mean score, spread)
create temporary table demo_wave (id uuid, pilot_id uuid, wave text, label text, opens_on date, closes_on date, closed boolean,
                                  token text, respondents int, mu numeric, spread numeric) on commit drop;
insert into demo_wave values
 ('de00f200-0000-4000-8000-000000000001', 'de00f000-0000-4000-8000-000000000001', 'BASELINE', 'Nulmeting bakkerij', current_date - 75, current_date - 55, false, 'demo-survey-bakkerij-nulmeting', 14, 2.9, 1.1),
 ('de00f200-0000-4000-8000-000000000002', 'de00f000-0000-4000-8000-000000000001', 'FOLLOW_UP', 'Vervolgmeting bakkerij', current_date - 2, current_date + 40, false, 'demo-survey-bakkerij-vervolgmeting', 4, 3.4, 1.0),
 ('de00f200-0000-4000-8000-000000000003', 'de00f000-0000-4000-8000-000000000003', 'BASELINE', 'Nulmeting zorg en school', current_date - 320, current_date - 300, false, 'demo-survey-zorg-school-nulmeting', 22, 3.0, 1.0),
 ('de00f200-0000-4000-8000-000000000004', 'de00f000-0000-4000-8000-000000000003', 'FOLLOW_UP', 'Vervolgmeting zorg en school', current_date - 45, current_date - 25, false, 'demo-survey-zorg-school-vervolgmeting', 19, 3.5, 1.0),
 ('de00f200-0000-4000-8000-000000000005', 'de00f000-0000-4000-8000-000000000004', 'BASELINE', 'Nulmeting monteurs', current_date - 520, current_date - 500, false, 'demo-survey-monteurs-nulmeting', 12, 2.8, 1.0),
 ('de00f200-0000-4000-8000-000000000006', 'de00f000-0000-4000-8000-000000000004', 'FOLLOW_UP', 'Vervolgmeting monteurs', current_date - 215, current_date - 195, false, 'demo-survey-monteurs-vervolgmeting', 12, 3.5, 0.9),
 ('de00f200-0000-4000-8000-000000000007', 'de00f000-0000-4000-8000-000000000007', 'BASELINE', 'Nulmeting voormannen', current_date - 270, current_date - 250, false, 'demo-survey-voormannen-nulmeting', 9, 2.6, 1.0),
 ('de00f200-0000-4000-8000-000000000008', 'de00f000-0000-4000-8000-000000000009', 'BASELINE', 'Nulmeting teamleiders', current_date - 440, current_date - 420, false, 'demo-survey-teamleiders-nulmeting', 18, 2.9, 1.0),
 ('de00f200-0000-4000-8000-000000000009', 'de00f000-0000-4000-8000-000000000009', 'FOLLOW_UP', 'Vervolgmeting teamleiders', current_date - 140, current_date - 120, false, 'demo-survey-teamleiders-vervolgmeting', 17, 3.6, 0.9),
 ('de00f200-0000-4000-8000-000000000010', 'de00f000-0000-4000-8000-000000000010', 'BASELINE', 'Nulmeting installateurs', current_date - 400, current_date - 380, false, 'demo-survey-installateurs-nulmeting', 10, 3.1, 1.0),
 ('de00f200-0000-4000-8000-000000000011', 'de00f000-0000-4000-8000-000000000010', 'FOLLOW_UP', 'Vervolgmeting installateurs', current_date - 170, current_date - 150, false, 'demo-survey-installateurs-vervolgmeting', 10, 3.15, 1.0),
 ('de00f200-0000-4000-8000-000000000012', 'de00f000-0000-4000-8000-000000000011', 'BASELINE', 'Nulmeting kas', current_date - 350, current_date - 330, false, 'demo-survey-kas-nulmeting', 9, 2.7, 0.9),
 ('de00f200-0000-4000-8000-000000000013', 'de00f000-0000-4000-8000-000000000011', 'FOLLOW_UP', 'Vervolgmeting kas', current_date - 110, current_date - 90, false, 'demo-survey-kas-vervolgmeting', 9, 3.4, 0.9),
 ('de00f200-0000-4000-8000-000000000014', 'de00f000-0000-4000-8000-000000000012', 'BASELINE', 'Nulmeting garage', current_date - 420, current_date - 400, false, 'demo-survey-garage-nulmeting', 16, 3.2, 1.0),
 ('de00f200-0000-4000-8000-000000000015', 'de00f000-0000-4000-8000-000000000012', 'FOLLOW_UP', 'Vervolgmeting garage', current_date - 120, current_date - 100, false, 'demo-survey-garage-vervolgmeting', 15, 2.8, 1.0);

for w in select * from demo_wave loop
    insert into measurement (id, pilot_id, instrument_id, wave, label, opens_on, closes_on, response_cap, token, response_count, closed,
                             created_by_subject, created_by_name)
    values (w.id, w.pilot_id, baseline_instrument, w.wave, w.label, w.opens_on, w.closes_on, 60, w.token, w.respondents, w.closed,
            '11111111-1111-4111-8111-111111111111', 'Anna de Vries');
    for r in 1 .. w.respondents loop
        rid := gen_random_uuid();
        insert into survey_response (id, measurement_id, answered_on)
        values (rid, w.id, least(w.opens_on + (r % 10), current_date));
        for it in select code, reverse_scored from instrument_item where instrument_id = baseline_instrument loop
            if random() < 0.05 then
                v := null;   -- don't know
            else
                v := greatest(1, least(5, round(w.mu + w.spread * (random() + random() + random() - 1.5) * 1.4)));
                if it.reverse_scored then
                    v := 6 - v;
                end if;
            end if;
            insert into survey_answer (response_id, item_code, score) values (rid, it.code, v);
        end loop;
    end loop;
end loop;

insert into evaluation (id, pilot_id, what_worked, what_did_not, barriers, enablers, conclusion, decision, rationale, published_at,
                        created_by_subject, created_by_name)
values
 ('de00f300-0000-4000-8000-000000000001', 'de00f000-0000-4000-8000-000000000004',
  'Een vaste mentor en een wekelijks kwartier om terug te kijken.', 'Mentoren die zelf onder tijdsdruk stonden, sloegen het kwartier over.',
  'Drukke planning in de winter.', 'De directeur liep zelf mee als mentor.',
  'Nieuwe monteurs leerden sneller en bleven langer; de leercultuur in het team verbeterde.', 'SCALE_UP',
  'Duidelijk positief effect tegen lage kosten per deelnemer; opschalen naar andere installatiebedrijven via het opleidingsfonds.',
  now() - interval '180 days', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f300-0000-4000-8000-000000000002', 'de00f000-0000-4000-8000-000000000007',
  'De eerste bijeenkomsten gaven voormannen taal om over leren te praten.', 'Het programma viel stil door een reorganisatie bij de opdrachtgever.',
  'Reorganisatie en wisselende ploegen.', null,
  'Te weinig gedaan om een effect te meten; de les is om geen programma te starten in een periode van grote veranderingen.', 'STOP',
  'Gestopt; opnieuw proberen als de organisatie rustiger is.', now() - interval '90 days', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f300-0000-4000-8000-000000000003', 'de00f000-0000-4000-8000-000000000009',
  'Een externe begeleider en een vaste methode maakten het veilig om twijfels te delen.', 'Bijeenkomsten na een nachtdienst.',
  'Roosters in de wijkzorg.', 'Teamleiders kregen de uren vergoed.',
  'Teamleiders delen meer en durven fouten te bespreken; het effect is duidelijk.', 'SCALE_UP',
  'Sterk positief effect; uitbreiden naar alle wijkteams.', now() - interval '100 days', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f300-0000-4000-8000-000000000004', 'de00f000-0000-4000-8000-000000000010',
  'Monteurs vonden het nuttig om storingen samen na te bespreken.', 'Het bleef bij de monteurs die toch al veel deelden; de leercultuur veranderde nauwelijks.',
  'Wisselende samenstelling van de groepjes.', null,
  'Geen meetbaar effect op de leercultuur.', 'ADJUST',
  'Bijstellen: vaste groepjes en een begeleider, en leidinggevenden laten aansluiten.', now() - interval '130 days', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f300-0000-4000-8000-000000000005', 'de00f000-0000-4000-8000-000000000011',
  'Mentoren kregen echt tijd in het rooster.', 'Te weinig mentoren in het hoogseizoen.',
  'Seizoensdrukte.', 'Een korte training voor mentoren.',
  'Nieuwe medewerkers leerden sneller; ook de mentoren zeiden meer te leren.', 'SCALE_UP',
  'Positief effect; samen met de hogeschool uitbreiden naar andere kassen.', now() - interval '70 days', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f300-0000-4000-8000-000000000006', 'de00f000-0000-4000-8000-000000000012',
  'Een paar medewerkers volgden een cursus die ze al lang wilden doen.', 'Zonder gesprek vooraf en zonder tijd in het rooster bleef het budget grotendeels liggen, en de cursussen sloten niet aan op het werk.',
  'Geen tijd; geen gesprek over wat je wilt leren.', null,
  'De leercultuur werd niet beter, eerder slechter: medewerkers voelden zich alleen gelaten met hun budget.', 'STOP',
  'Stoppen in deze vorm; een leerbudget werkt alleen met een ontwikkelgesprek en tijd (zie de pilot Leerbudget voor iedere bakker).',
  now() - interval '80 days', '11111111-1111-4111-8111-111111111111', 'Anna de Vries'),
 ('de00f300-0000-4000-8000-000000000007', 'de00f000-0000-4000-8000-000000000003',
  'Docenten en praktijkopleiders ontwierpen samen opdrachten.', null, null, null,
  'Voorlopig: het delen van kennis tussen school en zorg nam toe.', null, null, null,
  '11111111-1111-4111-8111-111111111111', 'Anna de Vries');
end
$demo$;
