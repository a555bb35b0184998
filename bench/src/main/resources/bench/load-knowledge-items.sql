-- Synthetic knowledge items for `make bench` (never used by the application itself).
--
-- The text is Dutch made from word lists about work, learning and sectors (about two thousand distinct words):
-- sentences such as "De ervaren monteur bespreekt nieuwe werkinstructies op de werkplek." or "Volgens TNO deelt
-- de teamleider de feedback tijdens het werkoverleg.", joined into titles (6-12 words), summaries (~40 words) and
-- Markdown bodies (~200-350 words). Each word slot is filled uniformly from its list, so a topic word such as
-- "leercultuur" occurs in a realistic share of the items (one in six or so), not in all of them.
-- setseed() makes the data the same on every run.
--
-- The helper functions are plain SQL expressions without FROM, so PostgreSQL inlines them into the INSERT (a
-- function that cannot be inlined would be planned again for every call, which makes the load many times slower).
-- The benchmark (DataLoader) runs the blocks of this file one by one; blocks are separated by lines that are exactly
-- "-- @@". It runs the file on a few connections at once, each with its own ${from}..${to} range of item numbers and
-- its own ${seed}.

set jit = off;
-- @@
select setseed(${seed});
-- @@
drop table if exists bench_vocab;
-- @@
create temp table bench_vocab as
select
  -- who: singular subjects (with article, so an adjective can be slotted in after it)
  array['de leidinggevende', 'de teamleider', 'de eigenaar', 'de ondernemer', 'de directeur', 'de werkgever',
        'de medewerker', 'de werknemer', 'de collega', 'de monteur', 'de installateur', 'de elektricien',
        'de loodgieter', 'de timmerman', 'de metselaar', 'de schilder', 'de uitvoerder', 'de werkvoorbereider',
        'de projectleider', 'de planner', 'de chauffeur', 'de magazijnmedewerker', 'de heftruckchauffeur',
        'de orderpicker', 'de lasser', 'de verspaner', 'de operator', 'de procesoperator', 'de onderhoudsmonteur',
        'de storingsmonteur', 'de bakker', 'de slager', 'de kok', 'de souschef', 'de receptionist', 'de verkoper',
        'de kassamedewerker', 'de filiaalmanager', 'de bedrijfsleider', 'de verpleegkundige', 'de verzorgende',
        'de wijkverpleegkundige', 'de helpende', 'de begeleider', 'de zorgmedewerker', 'de tuinder',
        'de teeltmedewerker', 'de veehouder', 'de loonwerker', 'de hovenier', 'de praktijkopleider', 'de leermeester',
        'de mentor', 'de coach', 'de buddy', 'de stagiair', 'de student', 'de leerling', 'de docent', 'de instructeur',
        'de trainer', 'de opleider', 'de loopbaanadviseur', 'de hr-adviseur', 'de hr-manager',
        'de opleidingscoördinator', 'de preventiemedewerker', 'de kwaliteitsmedewerker', 'de onderzoeker',
        'de lector', 'de adviseur', 'de accountmanager', 'de klantadviseur', 'de servicemonteur', 'de ploegleider',
        'de voorman', 'de productieleider', 'de vestigingsmanager', 'de officemanager', 'de administratief medewerker',
        'de inkoper', 'de calculator', 'de tekenaar', 'de engineer', 'de programmeur', 'de systeembeheerder',
        'de starter', 'de herintreder', 'de zij-instromer', 'de flexwerker', 'de uitzendkracht', 'de zzp''er',
        'het team', 'het managementteam', 'het bedrijf', 'de organisatie', 'de afdeling', 'de werkplaats', 'de ploeg',
        'de werkgroep', 'de ondernemingsraad', 'de school', 'het roc', 'de hogeschool', 'het O&O-fonds',
        'de brancheorganisatie', 'de gemeente', 'het lectoraat', 'het kenniscentrum', 'het leerbedrijf', 'de vakbond',
        'de klant', 'de leverancier', 'de franchisenemer', 'het familiebedrijf', 'de bedrijfsarts', 'de arbodienst',
        'de vakman', 'de vakvrouw', 'de junior', 'de senior', 'de specialist', 'de schoonmaker', 'de beveiliger',
        'de pedagogisch medewerker', 'de monteur in opleiding', 'de meewerkend voorman', 'de directeur-eigenaar']::text[]
    as who,
  -- adjectives for people
  array['nieuwe', 'ervaren', 'jonge', 'oudere', 'betrokken', 'gemotiveerde', 'zelfstandige', 'kritische',
        'nieuwsgierige', 'enthousiaste', 'drukke', 'vaste', 'eigen', 'lerende', 'onervaren', 'externe', 'interne',
        'erkende', 'meertalige', 'vakkundige', 'creatieve', 'ambitieuze', 'voorzichtige', 'tijdelijke']::text[]
    as adj_person,
  -- adjectives, inflected for "de/het ... <noun>" and for plurals
  array['nieuwe', 'ervaren', 'jonge', 'oudere', 'kleine', 'grote', 'eigen', 'vaste', 'lerende', 'betrokken',
        'gemotiveerde', 'zelfstandige', 'kritische', 'nieuwsgierige', 'enthousiaste', 'drukke', 'bestaande',
        'digitale', 'technische', 'praktische', 'persoonlijke', 'gezamenlijke', 'korte', 'lange', 'concrete',
        'eenvoudige', 'ingewikkelde', 'belangrijke', 'vakkundige', 'duurzame', 'regionale', 'landelijke',
        'informele', 'formele', 'veilige', 'open', 'heldere', 'structurele', 'tijdelijke', 'flexibele', 'beperkte',
        'gerichte', 'individuele', 'collectieve', 'stevige', 'sterke', 'positieve', 'kwetsbare', 'slimme', 'moderne',
        'traditionele', 'ambachtelijke', 'innovatieve', 'creatieve', 'dagelijkse', 'wekelijkse', 'maandelijkse',
        'jaarlijkse', 'eerste', 'volgende', 'vorige', 'bekende', 'onbekende', 'waardevolle', 'bruikbare',
        'haalbare', 'realistische', 'ambitieuze', 'voorzichtige', 'snelle', 'lastige', 'uitdagende', 'leerzame',
        'afwisselende', 'zware', 'fysieke', 'mentale', 'sociale', 'gezonde', 'vitale', 'diverse', 'meertalige',
        'onzichtbare', 'zichtbare', 'verplichte', 'vrijwillige', 'aanvullende', 'doorlopende', 'integrale',
        'klantgerichte', 'resultaatgerichte', 'toekomstgerichte', 'groene', 'circulaire', 'hybride', 'interne',
        'externe', 'kleinschalige', 'grootschalige', 'sectorale', 'erkende', 'gecertificeerde', 'onervaren']::text[]
    as adj,
  -- does: third person singular, transitive (usable in any word order)
  array['bespreekt', 'deelt', 'leert', 'ontwikkelt', 'verbetert', 'onderzoekt', 'organiseert', 'plant', 'evalueert',
        'oefent', 'beschrijft', 'ondersteunt', 'stimuleert', 'meet', 'volgt', 'kiest', 'zoekt', 'vindt', 'maakt',
        'gebruikt', 'verkent', 'analyseert', 'regelt', 'vergelijkt', 'herkent', 'waardeert', 'begeleidt', 'traint',
        'inventariseert', 'benoemt', 'bewaakt', 'verandert', 'vernieuwt', 'versterkt', 'verbindt', 'borgt', 'test',
        'probeert', 'introduceert', 'presenteert', 'erkent', 'beoordeelt', 'bekijkt', 'onderschat', 'overschat',
        'mist', 'ervaart', 'noemt', 'bouwt', 'start', 'ontdekt', 'documenteert', 'visualiseert', 'vereenvoudigt']::text[]
    as does,
  -- does about: with the preposition its object needs (only where the subject comes first)
  array['vraagt om', 'werkt aan', 'zorgt voor', 'denkt na over', 'kijkt naar', 'leert van', 'praat over',
        'investeert in', 'begint met', 'experimenteert met', 'vertelt over', 'schrijft over', 'leest over',
        'reageert op', 'let op', 'kiest voor', 'zoekt naar', 'twijfelt over', 'reflecteert op', 'geeft feedback op',
        'vraagt feedback over', 'geeft ruimte aan', 'maakt tijd vrij voor', 'krijgt inzicht in', 'heeft aandacht voor',
        'maakt werk van', 'houdt rekening met', 'staat open voor', 'neemt verantwoordelijkheid voor',
        'brengt kennis in over', 'leert meer over', 'groeit in', 'specialiseert zich in', 'schoolt zich bij in',
        'volgt een cursus over', 'volgt een training in', 'krijgt begeleiding bij', 'geeft uitleg over',
        'doet ervaring op met', 'bereidt zich voor op', 'maakt afspraken over', 'stelt vragen over',
        'is enthousiast over', 'is kritisch over', 'is trots op', 'werkt samen aan', 'blijft nieuwsgierig naar']::text[]
    as does_about,
  -- things: singular nouns with their article
  array['de leercultuur', 'de werkplek', 'het werk', 'de werkvloer', 'het werkoverleg', 'de feedback',
        'het leiderschap', 'de ontwikkeling', 'het ontwikkelgesprek', 'het functioneringsgesprek',
        'het loopbaangesprek', 'de loopbaan', 'het leerbudget', 'het opleidingsbudget', 'het scholingsplan',
        'de leeragenda', 'de kennisdeling', 'de kennis', 'de vakkennis', 'het vakmanschap', 'de ervaring',
        'de intervisie', 'de mentoring', 'de coaching', 'de begeleiding', 'de inwerkperiode', 'het inwerkprogramma',
        'de motivatie', 'de leermotivatie', 'de nieuwsgierigheid', 'de psychologische veiligheid', 'het vertrouwen',
        'de samenwerking', 'de communicatie', 'de planning', 'de werkdruk', 'de tijdsdruk', 'de veiligheid',
        'de kwaliteit', 'de productiviteit', 'de inzetbaarheid', 'de duurzame inzetbaarheid', 'de vitaliteit',
        'de gezondheid', 'het verzuim', 'het verloop', 'de krapte', 'de arbeidsmarkt', 'de digitalisering',
        'de automatisering', 'de robotisering', 'de energietransitie', 'de verduurzaming', 'de technologie',
        'de software', 'de app', 'het dashboard', 'het kassasysteem', 'het planningssysteem', 'de boordcomputer',
        'de tablet', 'de lasrobot', 'de cnc-machine', 'de heftruck', 'de warmtepomp', 'het zonnepaneel',
        'de laadpaal', 'de installatie', 'de steiger', 'de bouwplaats', 'de bouwkeet', 'de werkplaats', 'de keuken',
        'de winkel', 'het magazijn', 'de kas', 'de stal', 'de zorgafdeling', 'de wijk', 'de klant', 'de cliënt',
        'de patiënt', 'de stage', 'de beroepspraktijkvorming', 'de bbl-opleiding', 'de praktijkopleiding',
        'het praktijkleren', 'het werkplekleren', 'het informeel leren', 'het formeel leren', 'de cursus',
        'de training', 'de opleiding', 'de e-learning', 'de microcredential', 'het certificaat', 'het diploma',
        'het skillspaspoort', 'de vaardighedenmatrix', 'de evc-procedure', 'de erkenning', 'de beoordeling',
        'de evaluatie', 'de nulmeting', 'de vragenlijst', 'de leercultuurscan', 'de pilot', 'de interventie',
        'de aanpak', 'de methode', 'de werkwijze', 'de werkinstructie', 'het protocol', 'de checklist',
        'de toolbox', 'de teamdag', 'de kennissessie', 'de lunchlezing', 'het webinar', 'de bijeenkomst',
        'het netwerk', 'de leergemeenschap', 'het leernetwerk', 'de strategie', 'de koers', 'de visie',
        'de ambitie', 'het leerdoel', 'het resultaat', 'het effect', 'de opbrengst', 'de subsidie', 'de regeling',
        'de cao', 'de rol', 'de verantwoordelijkheid', 'de regie', 'de autonomie', 'de ruimte', 'de aandacht',
        'de waardering', 'de beloning', 'de fout', 'het bijna-ongeluk', 'het incident', 'de klacht', 'de storing',
        'het probleem', 'de oplossing', 'het idee', 'de verbetering', 'de innovatie', 'de verandering',
        'de transitie', 'de toekomst', 'het vak', 'het beroep', 'de functie', 'de taak', 'de taakroulatie',
        'de overstap', 'de doorstroom', 'de instroom', 'de zij-instroom', 'de herscholing', 'de omscholing',
        'de bijscholing', 'de nascholing', 'de taalvaardigheid', 'de rekenvaardigheid', 'de laaggeletterdheid',
        'het taalniveau', 'de werktaal', 'de bedrijfscultuur', 'de teamcultuur', 'de sfeer', 'de leeromgeving',
        'het leerklimaat', 'het leerproces', 'het leermoment', 'de leercurve', 'het leerplan', 'het leerpad',
        'het ontwikkelplan', 'de sector', 'de branche', 'de regio', 'het onderwijs', 'de overheid', 'het beleid',
        'het onderzoek', 'het rapport', 'de studie', 'de literatuur', 'de praktijk', 'het praktijkvoorbeeld',
        'de casus', 'het verhaal', 'het inzicht', 'de vraag', 'het gesprek', 'de dialoog', 'de reflectie',
        'de voorraad', 'de bestelling', 'de levering', 'de route', 'de dienstregeling', 'de rittenplanning',
        'de hygiëne', 'de voedselveiligheid', 'de receptuur', 'het deeg', 'de oven', 'de kassa', 'de etalage',
        'de webwinkel', 'de klantenservice', 'de offerte', 'de calculatie', 'de tekening', 'het bouwbesluit',
        'de isolatie', 'de ventilatie', 'de elektrotechniek', 'de meet- en regeltechniek', 'de lastechniek',
        'de kwaliteitszorg', 'de zorgverlening', 'de wondzorg', 'de medicatie', 'de overdracht', 'het zorgplan',
        'de teelt', 'de oogst', 'de gewasbescherming', 'de melkrobot', 'het voer', 'de bodem', 'de drone',
        'de sensor', 'de data', 'de kunstmatige intelligentie', 'de chatbot', 'de cybersecurity', 'het wachtwoord']::text[]
    as thing,
  -- things in the plural, without article
  array['vaardigheden', 'competenties', 'werkinstructies', 'collega''s', 'medewerkers', 'werknemers',
        'leidinggevenden', 'teamleiders', 'monteurs', 'vakmensen', 'starters', 'stagiairs', 'studenten',
        'leerlingen', 'docenten', 'praktijkopleiders', 'ondernemers', 'klanten', 'cliënten', 'fouten', 'ervaringen',
        'ideeën', 'vragen', 'afspraken', 'doelen', 'leerdoelen', 'resultaten', 'effecten', 'cursussen', 'trainingen',
        'opleidingen', 'modules', 'certificaten', 'diploma''s', 'microcredentials', 'workshops', 'webinars',
        'bijeenkomsten', 'gesprekken', 'ontwikkelgesprekken', 'leermomenten', 'kansen', 'risico''s', 'knelpunten',
        'drempels', 'belemmeringen', 'succesfactoren', 'randvoorwaarden', 'oplossingen', 'verbeteringen',
        'innovaties', 'veranderingen', 'technieken', 'machines', 'apparaten', 'installaties', 'systemen', 'apps',
        'instrumenten', 'methoden', 'werkwijzen', 'routines', 'gewoontes', 'procedures', 'protocollen', 'regels',
        'normen', 'waarden', 'overtuigingen', 'verwachtingen', 'ambities', 'talenten', 'kwaliteiten', 'taken',
        'klussen', 'opdrachten', 'projecten', 'pilots', 'interventies', 'experimenten', 'metingen', 'vragenlijsten',
        'evaluaties', 'cijfers', 'gegevens', 'inzichten', 'lessen', 'tips', 'voorbeelden', 'verhalen', 'successen',
        'mislukkingen', 'budgetten', 'subsidies', 'regelingen', 'middelen', 'werkuren', 'diensten', 'roosters',
        'ploegen', 'teams', 'afdelingen', 'vestigingen', 'bedrijven', 'organisaties', 'scholen', 'sectoren',
        'branches', 'partners', 'netwerken', 'generaties', 'jongeren', 'nieuwkomers', 'zij-instromers',
        'herintreders', 'uitzendkrachten', 'zzp''ers', 'flexwerkers', 'warmtepompen', 'zonnepanelen', 'laadpalen',
        'steigers', 'lasrobots', 'heftrucks', 'tablets', 'sensoren', 'drones', 'recepten', 'bestellingen',
        'leveringen', 'routes', 'offertes', 'tekeningen', 'storingen', 'klachten', 'incidenten', 'dilemma''s',
        'twijfels', 'successen', 'spelregels', 'teamafspraken', 'leerervaringen', 'praktijkopdrachten',
        'werkprocessen', 'functieprofielen', 'loopbaanstappen', 'ontwikkelwensen', 'scholingswensen',
        'opleidingsplannen', 'kennisvragen', 'vakgebieden', 'specialismen', 'beroepen', 'functies']::text[]
    as things,
  -- where / when / how: adverbial phrases
  array['op de werkplek', 'op de werkvloer', 'op de bouwplaats', 'in de werkplaats', 'in de keuken',
        'in de winkel', 'in het magazijn', 'in de kas', 'op de afdeling', 'in de wijk', 'bij de klant',
        'tijdens het werkoverleg', 'tijdens de pauze', 'tijdens de inwerkperiode', 'tijdens een teamdag',
        'na de cursus', 'na een fout', 'na elke klus', 'voor de start van de dienst', 'aan het eind van de week',
        'in werktijd', 'buiten werktijd', 'in kleine stappen', 'met hulp van een collega', 'samen met het mbo',
        'samen met de klant', 'zonder extra budget', 'met steun van het O&O-fonds', 'binnen het team',
        'in de hele organisatie', 'in het mkb', 'in de bouw', 'in de zorg', 'in de techniek', 'in de horeca',
        'in de detailhandel', 'in de logistiek', 'in de metaal', 'in de installatietechniek',
        'in de agrarische sector', 'in de foodsector', 'in de glastuinbouw', 'in de regio', 'in de praktijk',
        'in de dagelijkse praktijk', 'elke week', 'elke maand', 'twee keer per jaar', 'sinds vorig jaar',
        'dit voorjaar', 'na de zomer', 'op een vast moment', 'op eigen initiatief',
        'op verzoek van de leidinggevende', 'in overleg met de medewerker', 'via een app', 'via e-learning',
        'met een korte video', 'aan de hand van een checklist', 'met een vaste methode', 'volgens plan',
        'zonder veel administratie', 'met veel enthousiasme', 'met wisselend succes', 'stap voor stap',
        'tegen de verwachting in', 'ondanks de drukte', 'vanwege de krapte', 'door de digitalisering',
        'door de energietransitie', 'voor de lange termijn', 'op korte termijn', 'in het eerste jaar',
        'in een pilot', 'met een voormeting en een nameting', 'in kleine groepen', 'een op een',
        'met collega''s uit andere bedrijven', 'onder begeleiding van een coach']::text[]
    as place,
  array['tijdens', 'na', 'voor', 'bij', 'rond', 'via', 'binnen', 'ondanks', 'dankzij', 'zonder', 'met', 'door']::text[]
    as prep,
  array['het onderzoek', 'de evaluatie', 'de eigenaar', 'de deelnemers', 'de onderzoekers', 'de SER', 'TNO',
        'het ROA', 'Panteia', 'het CPB', 'Cedefop', 'de OECD', 'het lectoraat', 'de praktijkopleider',
        'het rapport', 'de vragenlijst', 'de nulmeting', 'de meeste medewerkers', 'de teamleider',
        'de brancheorganisatie', 'het O&O-fonds', 'de literatuur', 'de ervaringen in de pilot']::text[]
    as source,
  array['Aanleiding', 'Wat we deden', 'Aanpak', 'Resultaten', 'Wat werkte', 'Wat werkte niet', 'Lessen',
        'Achtergrond', 'Conclusie', 'Tips voor de praktijk', 'Vervolg', 'Context', 'Onderzoeksvraag', 'Methode',
        'Bevindingen', 'Aanbevelingen', 'Ervaringen', 'Randvoorwaarden', 'Kanttekeningen', 'Meer lezen']::text[]
    as heading,
  array['ervaringen', 'lessen', 'een verkenning', 'een praktijkvoorbeeld', 'onderzoek', 'wat werkt',
        'een handreiking', 'een checklist', 'een terugblik', 'een evaluatie', 'tips', 'een stappenplan',
        'een analyse', 'een overzicht', 'de stand van zaken']::text[]
    as kind,
  array['bouw', 'techniek', 'zorg', 'horeca', 'detailhandel', 'logistiek', 'metaal', 'agrarisch',
        'installatietechniek', 'food', 'onderwijs', 'welzijn', 'transport', 'glastuinbouw', 'schoonmaak',
        'beveiliging', 'kinderopvang', 'ict', 'zakelijke dienstverlening', 'overheid']::text[]
    as sector,
  array['werkenden', 'leidinggevenden', 'mkb-ondernemers', 'hr-professionals', 'docenten', 'praktijkopleiders',
        'beleidsmakers', 'onderzoekers', 'studenten', 'oudere werknemers', 'zij-instromers']::text[]
    as target,
  array['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Fatima', 'Gert', 'Hanneke', 'Ilse', 'Jeroen', 'Kim', 'Lotte',
        'Mohamed', 'Nina', 'Olaf', 'Priya', 'Ruben', 'Sanne', 'Tim', 'Ursula', 'Vera', 'Willem', 'Yusuf', 'Zeynep',
        'Bas', 'Emma', 'Joost', 'Marieke', 'Pieter', 'Sofie', 'Thijs', 'Wendy', 'Ahmed', 'Ingrid', 'Koen', 'Linda',
        'Mark', 'Noor', 'Roos', 'Stijn']::text[]
    as first_name,
  array['de Vries', 'Jansen', 'Bos', 'de Jong', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer',
        'Mulder', 'de Groot', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
        'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van Dam', 'Postma',
        'Verhoeven', 'el Amrani', 'Öztürk', 'Yilmaz', 'Kaya', 'Hoekstra', 'van Dijk', 'Willems', 'Koster',
        'Prins', 'Huisman']::text[]
    as last_name,
  array['Leercultuur Hub', 'LLO-Katalysator', 'SER', 'TNO', 'ROA', 'Panteia', 'CPB', 'Cedefop', 'OECD',
        'Kenniscentrum Werk & Leren', 'Lectoraat Leven Lang Ontwikkelen', 'ROC Midden', 'Hogeschool Midden',
        'OOM', 'OTIB', 'SOOB', 'SBB', 'MKB-Nederland', 'Brancheorganisatie Bouw & Techniek',
        'Platform Leren in de Zorg', 'Expeditie Leercultuur']::text[]
    as publisher,
  (select array_agg(code order by sort_order) from theme) as theme_code;
-- @@
-- The same lists with a capital first letter, for the start of a sentence, and all verbs together.
alter table bench_vocab add column who_cap text[], add column place_cap text[], add column kind_cap text[],
  add column does_any text[];
-- @@
update bench_vocab set
  who_cap = (select array_agg(upper(left(w, 1)) || substr(w, 2)) from unnest(who) w),
  place_cap = (select array_agg(upper(left(w, 1)) || substr(w, 2)) from unnest(place) w),
  kind_cap = (select array_agg(upper(left(w, 1)) || substr(w, 2)) from unnest(kind) w),
  does_any = does || does_about;
-- @@
-- A uniformly chosen element.
create or replace function pg_temp.bench_pick(a text[]) returns text
  language sql volatile as $$ select a[1 + floor(random() * cardinality(a))::int] $$;
-- @@
-- "de (ervaren) monteur"
create or replace function pg_temp.bench_subject(v bench_vocab) returns text
  language sql volatile as $$
  select case when random() < 0.3
    then regexp_replace(pg_temp.bench_pick(v.who), '^(de|het) ', '\1 ' || pg_temp.bench_pick(v.adj_person) || ' ')
    else pg_temp.bench_pick(v.who) end
$$;
-- @@
create or replace function pg_temp.bench_subject_cap(v bench_vocab) returns text
  language sql volatile as $$
  select case when random() < 0.3
    then regexp_replace(pg_temp.bench_pick(v.who_cap), '^(De|Het) ', '\1 ' || pg_temp.bench_pick(v.adj_person) || ' ')
    else pg_temp.bench_pick(v.who_cap) end
$$;
-- @@
-- An object: "vaardigheden", "nieuwe vaardigheden", "de planning", "de nieuwe planning", "de kennis van de klant".
-- Each WHEN draws its own random number (a shared one would stop the inlining); the thresholds give
-- 35 % / 20 % / 25 % / 12 % / 8 %.
create or replace function pg_temp.bench_phrase(v bench_vocab) returns text
  language sql volatile as $$
  select case
    when random() < 0.35 then pg_temp.bench_pick(v.things)
    when random() < 0.3077 then pg_temp.bench_pick(v.adj) || ' ' || pg_temp.bench_pick(v.things)
    when random() < 0.5556 then pg_temp.bench_pick(v.thing)
    when random() < 0.6 then regexp_replace(pg_temp.bench_pick(v.thing), '^(de|het) ', '\1 ' || pg_temp.bench_pick(v.adj) || ' ')
    else pg_temp.bench_pick(v.thing) || ' van ' || pg_temp.bench_pick(v.thing)
  end
$$;
-- @@
-- A sentence in one of four word orders (40 % / 25 % / 20 % / 15 %).
create or replace function pg_temp.bench_sentence(v bench_vocab) returns text
  language sql volatile as $$
  select case
    when random() < 0.40 then pg_temp.bench_subject_cap(v) || ' '
        || pg_temp.bench_pick(v.does_any) || ' ' || pg_temp.bench_phrase(v) || ' ' || pg_temp.bench_pick(v.place)
    when random() < 0.4167 then pg_temp.bench_pick(v.place_cap) || ' ' || pg_temp.bench_pick(v.does) || ' '
        || pg_temp.bench_subject(v) || ' ' || pg_temp.bench_phrase(v)
    when random() < 0.5714 then pg_temp.bench_subject_cap(v) || ' ' || pg_temp.bench_pick(v.does_any) || ' '
        || pg_temp.bench_phrase(v) || ' en ' || pg_temp.bench_subject(v) || ' '
        || pg_temp.bench_pick(v.does_any) || ' ' || pg_temp.bench_phrase(v)
    else 'Volgens ' || pg_temp.bench_pick(v.source) || ' ' || pg_temp.bench_pick(v.does) || ' '
        || pg_temp.bench_subject(v) || ' ' || pg_temp.bench_phrase(v) || ' ' || pg_temp.bench_pick(v.place)
  end || '.'
$$;
-- @@
-- 6 to 10 sentences.
create or replace function pg_temp.bench_paragraph(v bench_vocab) returns text
  language sql volatile as $$
  select pg_temp.bench_sentence(v) || ' ' || pg_temp.bench_sentence(v) || ' ' || pg_temp.bench_sentence(v) || ' '
      || pg_temp.bench_sentence(v) || ' ' || pg_temp.bench_sentence(v) || ' ' || pg_temp.bench_sentence(v)
      || case when random() < 0.5 then ' ' || pg_temp.bench_sentence(v) else '' end
      || case when random() < 0.5 then ' ' || pg_temp.bench_sentence(v) else '' end
      || case when random() < 0.5 then ' ' || pg_temp.bench_sentence(v) else '' end
      || case when random() < 0.5 then ' ' || pg_temp.bench_sentence(v) else '' end
$$;
-- @@
create or replace function pg_temp.bench_title(v bench_vocab) returns text
  language sql volatile as $$
  select case when random() < 0.5
    then regexp_replace(pg_temp.bench_phrase(v), '^(de|het) ', '') || ' ' || pg_temp.bench_pick(v.place) || ': '
         || pg_temp.bench_pick(v.kind)
    else pg_temp.bench_pick(v.kind_cap) || ' over ' || pg_temp.bench_phrase(v) || ' ' || pg_temp.bench_pick(v.place)
  end
$$;
-- @@
-- Capital first letter (uses its argument twice, so it is not inlined; called from the INSERT, so planned once).
create or replace function pg_temp.bench_cap(t text) returns text
  language sql volatile as $$ select upper(left(t, 1)) || substr(t, 2) $$;
-- @@
create or replace function pg_temp.bench_body(v bench_vocab) returns text
  language sql volatile as $$
  select '## ' || pg_temp.bench_pick(v.heading) || E'\n\n' || pg_temp.bench_paragraph(v)
      || E'\n\n## ' || pg_temp.bench_pick(v.heading) || E'\n\n' || pg_temp.bench_paragraph(v)
      || E'\n\n- ' || pg_temp.bench_phrase(v) || E'\n- ' || pg_temp.bench_phrase(v) || E'\n- ' || pg_temp.bench_phrase(v)
      || E'\n\n## ' || pg_temp.bench_pick(v.heading) || E'\n\n' || pg_temp.bench_paragraph(v)
      || E'\n\nMeer informatie bij *' || pg_temp.bench_pick(v.publisher) || '*: [de kennisbank](https://example.org/kennisbank).'
      || E'\n'
$$;
-- @@
-- lo..hi distinct elements (not inlined because of its FROM, but called from the INSERT itself, so planned once).
create or replace function pg_temp.bench_some(a text[], lo int, hi int) returns text[]
  language sql volatile as $$
  select coalesce(array_agg(distinct a[1 + floor(random() * cardinality(a))::int]), '{}')
  from generate_series(1, lo + floor(random() * (hi - lo + 1))::int)
$$;
-- @@
-- The load itself: one INSERT ... SELECT over generate_series.
-- The vocabulary row is rebuilt once through jsonb: the copy in the temp table is TOAST-compressed, and reading a
-- compressed array for every word would cost more than making the whole text.
with vocab as materialized (select jsonb_populate_record(null::bench_vocab, to_jsonb(t)) as v from bench_vocab t)
insert into knowledge_item (id, slug, type, title, summary, body, authors, publisher, publication_year, url, language,
                            themes, learning_forms, sectors, target_groups, visibility, status,
                            created_by_subject, created_by_name, updated_by_subject, updated_by_name,
                            created_at, updated_at, version)
select md5('bench-item-' || g)::uuid,
       'bench-' || g || '-' || left(md5(g::text), 8),
       (array['RESEARCH', 'PRACTICE_EXAMPLE', 'INSTRUMENT', 'INTERVENTION', 'ARTICLE', 'EVENT_REPORT'])
           [1 + floor(random() * 6)::int],
       pg_temp.bench_cap(pg_temp.bench_title(vocab.v)),
       pg_temp.bench_sentence(vocab.v) || ' ' || pg_temp.bench_sentence(vocab.v) || ' ' || pg_temp.bench_sentence(vocab.v)
           || case when random() < 0.5 then ' ' || pg_temp.bench_sentence(vocab.v) else '' end,
       pg_temp.bench_body(vocab.v),
       array_remove(array[pg_temp.bench_pick((vocab.v).first_name) || ' ' || pg_temp.bench_pick((vocab.v).last_name),
                          case when random() < 0.5 then pg_temp.bench_pick((vocab.v).first_name) || ' ' || pg_temp.bench_pick((vocab.v).last_name) end,
                          case when random() < 0.2 then pg_temp.bench_pick((vocab.v).first_name) || ' ' || pg_temp.bench_pick((vocab.v).last_name) end],
                    null),
       pg_temp.bench_pick((vocab.v).publisher),
       2015 + floor(random() * 12)::int,
       case when random() < 0.7 then 'https://example.org/kennisbank/' || g end,
       case when random() < 0.95 then 'nl' else 'en' end,
       pg_temp.bench_some((vocab.v).theme_code, 1, 3),
       (array['{FORMAL}', '{NON_FORMAL}', '{INFORMAL}', '{FORMAL,NON_FORMAL}', '{NON_FORMAL,INFORMAL}',
              '{FORMAL,INFORMAL}', '{FORMAL,NON_FORMAL,INFORMAL}'])[1 + floor(random() * 7)::int]::text[],
       pg_temp.bench_some((vocab.v).sector, 0, 2),
       pg_temp.bench_some((vocab.v).target, 1, 3),
       -- 90 % published and public, 4 % published for the community, the rest in the workflow
       case when s.r >= 0.90 and s.r < 0.94 then 'COMMUNITY' else 'PUBLIC' end,
       case when s.r < 0.94 then 'PUBLISHED' when s.r < 0.97 then 'IN_REVIEW' when s.r < 0.99 then 'DRAFT'
            else 'ARCHIVED' end,
       '11111111-1111-4111-8111-111111111111', 'Anna de Vries',
       '11111111-1111-4111-8111-111111111111', 'Anna de Vries',
       s.created, s.created + random() * interval '90 days',
       0
from generate_series(${from}, ${to}) as g
cross join vocab
-- "+ 0 * g" ties the draw to the row, so it is made once per item (and shared by visibility and status)
cross join lateral (select random() + 0 * g as r,
                           timestamptz '2023-01-01 00:00:00+00' + (random() + 0 * g) * interval '1300 days' as created) s;
