-- Demo data for the knowledge bank (kennisbank): about forty items on learning culture in Dutch SMEs.
-- Loaded only from the Flyway location db/demo (`make run` and the end-to-end run), never in production.
-- Idempotent: fixed ids and `on conflict (id) do nothing`, so a re-run never overwrites edits made in the app.
-- All summaries and bodies are written by the project team. Real reports (SER 2017, OECD 2019, Cedefop 2015,
-- Edmondson 2018, SER/TNO 2022) are described in our own words; all companies in practice examples are fictional.
-- Demo actors: staff Anna de Vries (1111...), partners Bram Jansen (2222...) and Carla Bos (3333...).
--
-- The location db/demo is part of every build (Flyway locations are fixed at build time), so the data is guarded
-- by the run-time placeholder ${demo}: true in %dev (`make run`) and where HUB_DEMO_DATA=true (end-to-end run,
-- Docker Compose); false everywhere else, production included, where this migration then changes nothing.

do $demo$
begin
if '${demo}' <> 'true' then
    return;
end if;

insert into knowledge_item (id, slug, type, title, summary, body, authors, publisher, publication_year, url, language,
                            themes, learning_forms, sectors, target_groups, visibility, status,
                            submitted_by_subject, submitted_by_name, created_by_subject, created_by_name,
                            updated_by_subject, updated_by_name, created_at, updated_at, version)
values
('de000001-5eed-4c0d-8e00-000000000001',
 'leren-en-ontwikkelen-tijdens-de-loopbaan-een-gezamenlijke-verantwoordelijkheid-de000001',
 'RESEARCH',
 'Leren en ontwikkelen tijdens de loopbaan: een gezamenlijke verantwoordelijkheid en opdracht',
 'Advies van de SER uit 2017 over een leven lang ontwikkelen. De raad pleit voor een cultuur waarin leren vanzelfsprekend is, met een rol voor werkenden, werkgevers, onderwijs en overheid, en voor persoonlijke ontwikkelbudgetten die mensen zelf kunnen inzetten.',
 $md$## Waar gaat dit advies over?

In dit advies kijkt de Sociaal-Economische Raad naar de vraag hoe Nederland ervoor zorgt dat mensen zich hun hele
werkzame leven blijven **ontwikkelen**. De kern: leren houdt niet op na het diploma, en de verantwoordelijkheid
ligt niet bij één partij.

## De belangrijkste lijnen

- **Leren als gewoonte.** Het advies vraagt om een omslag naar een cultuur waarin ontwikkeling tijdens de loopbaan
  normaal is, ook voor mensen die weinig plezierige herinneringen aan school hebben.
- **Gedeelde verantwoordelijkheid.** Werkenden nemen regie, werkgevers bieden ruimte en tijd, sociale partners en
  O&O-fondsen organiseren per sector, en de overheid zorgt voor een stevige basis.
- **Individuele budgetten.** De raad stelt voor om mensen een eigen leer- en ontwikkelbudget te geven. Dit idee
  kwam later terug in regelingen als het STAP-budget.
- **Flexibel onderwijs.** Opleidingen moeten in kleinere delen te volgen zijn, zodat werken en leren beter samengaan.

## Waarom is het relevant voor het mkb?

Kleine bedrijven hebben zelden een opleidingsafdeling. Het advies laat zien dat juist daar de combinatie van
*leren in het werk* en gerichte scholing het verschil maakt. Wie als ondernemer begint, kan de drie rollen uit het
advies gebruiken als checklist: wat doe ik zelf, wat vraag ik van mijn mensen en wie kan mij helpen?

## Meer lezen

Het volledige advies staat op de website van de [SER](https://www.ser.nl/). Deze samenvatting is door de redactie
van de Leercultuur Hub in eigen woorden geschreven.
$md$,
 array['Sociaal-Economische Raad'],
 'SER',
 2017,
 'https://www.ser.nl/',
 'nl',
 array['loopbaan', 'strategisch-opleiden', 'leerbudget', 'motivatie'],
 array['FORMAL', 'NON_FORMAL', 'INFORMAL'],
 '{}',
 array['werkenden', 'mkb-ondernemers', 'beleidsmakers'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-02-12 09:14:00+00',
 '2024-02-12 09:14:00+00',
 0),

('de000002-5eed-4c0d-8e00-000000000002',
 'leercultuur-in-organisaties-de-verkenning-van-ser-en-tno-de000002',
 'RESEARCH',
 'Leercultuur in organisaties: de verkenning van SER en TNO',
 'Samenvatting van de verkenning van SER en TNO uit 2022. Een leercultuur bestaat volgens deze studie als leren voor iedereen in een gemeenschap vanzelfsprekend is en grotendeels in het dagelijkse werk is opgenomen. De studie beschrijft bouwstenen en knoppen waaraan organisaties kunnen draaien.',
 $md$## Een werkbare definitie

De verkenning vat leercultuur samen als een situatie waarin *leren en ontwikkelen vanzelfsprekend zijn geworden*
voor iedereen binnen een gemeenschap, en voor een belangrijk deel verweven zijn met de dagelijkse
werkzaamheden. De Leercultuur Hub gebruikt deze omschrijving als een van zijn twee vertrekpunten.

## Wat maakt het verschil?

De onderzoekers onderscheiden factoren op drie niveaus:

1. **De medewerker**: nieuwsgierigheid, vertrouwen in eigen kunnen en het gevoel dat leren iets oplevert.
2. **Het team en de leidinggevende**: ruimte om vragen te stellen, feedback die normaal is, een leidinggevende die
   zelf ook leert.
3. **De organisatie**: werk dat leerzaam is ingericht, tijd en middelen, en een strategie waarin ontwikkeling
   een plek heeft.

## Lessen voor kleine bedrijven

In het mkb lopen deze niveaus door elkaar: de eigenaar is vaak ook leidinggevende en opleidingsverantwoordelijke.
Dat is een voordeel. Een ondernemer die laat zien dat hij zelf leert, heeft direct invloed op de hele
werkvloer. De verkenning waarschuwt wel dat een cultuur niet met één training verandert; het gaat om
**kleine, herhaalde gewoontes**.

## Verder

Zie de website van de [SER](https://www.ser.nl/) en van [TNO](https://www.tno.nl/) voor de publicaties. Deze
samenvatting is door de redactie geschreven en geen citaat.
$md$,
 array['TNO'],
 'SER',
 2022,
 'https://www.ser.nl/',
 'nl',
 array['informeel-leren', 'leiderschap', 'kennisdeling'],
 array['FORMAL', 'NON_FORMAL', 'INFORMAL'],
 '{}',
 array['mkb-ondernemers', 'hr-professionals', 'leidinggevenden'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-02-20 10:30:00+00',
 '2024-02-20 10:30:00+00',
 0),

('de000003-5eed-4c0d-8e00-000000000003',
 'getting-skills-right-future-ready-adult-learning-systems-de000003',
 'RESEARCH',
 'Getting Skills Right: Future-Ready Adult Learning Systems',
 'OECD report from 2019 comparing adult learning systems across member countries. It finds that adults who need training most take part least, and sets out what makes a system ready for a changing world of work: coverage, relevance, quality, inclusiveness and sound financing.',
 $md$## Why this report matters

Work is changing quickly through automation, digitalisation and the energy transition. This OECD report asks
whether adult learning systems are ready for that change, and answers: *not yet, and least of all for the people
who need it most*.

## Key findings, in short

- **Participation is unequal.** Low-skilled adults, older workers and people in small firms take part in
  job-related training far less often than others.
- **Motivation is a barrier in itself.** Many adults who do not train say they do not feel the need to, which
  points to a lack of information and guidance rather than a lack of courses.
- **Quality and relevance vary.** Training is not always aligned with the skills employers actually need.
- **Small firms need help.** SMEs often lack the time, money and expertise to organise learning on their own.

## What the report recommends

The OECD suggests a mix of measures:

1. better guidance and information, especially for adults who are not looking for training;
2. flexible, modular provision that fits around work;
3. recognition of skills acquired outside formal education;
4. financial incentives aimed at under-represented groups and small employers.

## Relevance for Dutch SMEs

The findings match what Dutch research calls the *scholingsparadox*. For SMEs the message is practical: make
learning part of the job, and use sector funds and regional partnerships so that a small employer does not have
to organise everything alone. The report is available from the [OECD](https://www.oecd.org/).
$md$,
 array['OECD'],
 'OECD Publishing',
 2019,
 'https://www.oecd.org/',
 'en',
 array['strategisch-opleiden', 'basisvaardigheden', 'digitale-vaardigheden', 'motivatie'],
 array['FORMAL', 'NON_FORMAL'],
 '{}',
 array['beleidsmakers', 'hr-professionals', 'onderzoekers'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-03-04 14:05:00+00',
 '2024-03-04 14:05:00+00',
 0),

('de000004-5eed-4c0d-8e00-000000000004',
 'job-related-adult-learning-and-continuing-vocational-training-in-europe-a-de000004',
 'RESEARCH',
 'Job-related adult learning and continuing vocational training in Europe: a statistical picture',
 'Cedefop research paper from 2015 describing participation in job-related adult learning and continuing vocational training across European countries, by firm size, sector and type of worker. Archived here because newer figures have since been published.',
 $md$## Scope

This Cedefop paper brings together European survey data on adult learning that is related to work: courses paid
for by employers, guided on-the-job training and other forms of *continuing vocational training* (CVT).

## Main observations

- Participation differs strongly **between countries**, with the Nordic countries and the Netherlands usually
  near the top.
- **Firm size** matters: large enterprises offer training far more often than small ones.
- Workers with a higher level of education participate more than those with little formal education.
- Guided learning at the workplace is an important, and often underestimated, part of the picture.

## How to read it today

The paper is useful as a baseline, but the numbers date from before the pandemic and before the recent wave of
digitalisation. For current figures, look at the newer statistical overviews on the
[Cedefop website](https://www.cedefop.europa.eu/).

> The Leercultuur Hub keeps this item archived so that earlier references to it still resolve.
$md$,
 array['Cedefop'],
 'Publications Office of the European Union',
 2015,
 'https://www.cedefop.europa.eu/',
 'en',
 array['strategisch-opleiden', 'erkennen-leeruitkomsten'],
 array['FORMAL', 'NON_FORMAL'],
 '{}',
 array['onderzoekers', 'beleidsmakers'],
 'PUBLIC',
 'ARCHIVED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-03-11 11:40:00+00',
 '2025-04-15 14:40:00+00',
 1),

('de000005-5eed-4c0d-8e00-000000000005',
 'leercultuur-in-kleine-bouwbedrijven-een-verkennend-onderzoek-bij-twaalf-de000005',
 'RESEARCH',
 'Leercultuur in kleine bouwbedrijven: een verkennend onderzoek bij twaalf bedrijven',
 'Kwalitatief onderzoek bij twaalf bouwbedrijven met minder dan vijftig medewerkers. Vakmensen leren vooral van elkaar op de bouwplaats; formele scholing blijft beperkt tot verplichte certificaten. Uitvoerders blijken de sleutel tot een lerende werkvloer.',
 $md$## Aanleiding

De bouw heeft te maken met krapte, nieuwe bouwmethoden en strengere eisen aan duurzaamheid. Hoe leren kleine
bouwbedrijven daarmee om? Het lectoraat sprak met eigenaren, uitvoerders en vakmensen van twaalf bedrijven.

## Wat zagen de onderzoekers?

- **Leren gebeurt op de steiger.** Vakmensen noemen het meekijken met een ervaren collega als belangrijkste
  leerbron. Dit *informele leren* wordt zelden zo genoemd; men spreekt van "gewoon het vak leren".
- **Scholing is vooral verplicht.** Cursussen gaan meestal over veiligheid of certificaten. Vrijwillige
  ontwikkeling komt weinig voor.
- **De uitvoerder maakt het verschil.** Waar de uitvoerder tijd neemt om uit te leggen en vragen aanmoedigt,
  beschrijven medewerkers een lerende sfeer. Waar tijdsdruk overheerst, verdwijnt dat.
- **Fouten worden snel hersteld, niet besproken.** Daardoor gaat leerwinst verloren.

## Aanbevelingen

1. Train uitvoerders in uitleggen en feedback geven; zij zijn de feitelijke praktijkopleiders.
2. Plan korte evaluaties na een oplevering: wat ging goed, wat doen we volgende keer anders?
3. Koppel nieuwe medewerkers bewust aan een ervaren vakman.

## Kanttekening

Het gaat om een kleine, verkennende studie zonder controlegroep. De resultaten zijn bedoeld om gesprekken en
pilots op gang te brengen. Lees ook het [SER-advies over leren tijdens de loopbaan](https://www.ser.nl/) voor de
bredere context.
$md$,
 array['Lotte Verhoeven', 'Selin Öztürk', 'Joris van den Berg'],
 'Lectoraat Leven Lang Ontwikkelen, Hogeschool Midden',
 2021,
 null,
 'nl',
 array['informeel-leren', 'werkplekleren', 'leiderschap'],
 array['INFORMAL', 'FORMAL'],
 array['bouw'],
 array['mkb-ondernemers', 'leidinggevenden', 'onderzoekers'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-04-02 08:55:00+00',
 '2024-04-02 08:55:00+00',
 0),

('de000006-5eed-4c0d-8e00-000000000006',
 'the-fearless-organization-creating-psychological-safety-in-the-workplace-for-de000006',
 'RESEARCH',
 'The Fearless Organization: Creating Psychological Safety in the Workplace for Learning, Innovation, and Growth',
 'Book by Amy Edmondson (2018) on psychological safety: the shared belief that it is safe to speak up, ask questions and admit mistakes. It brings together research and cases showing why teams that feel safe learn faster, and what leaders can do to build that climate.',
 $md$## The idea in brief

Edmondson argues that learning at work depends less on talent or training budgets than on whether people dare to
speak. In a *psychologically safe* team, people raise concerns, share half-finished ideas and admit errors
without fear of being embarrassed or punished.

## What the book covers

- **Evidence.** Studies in hospitals, factories and offices show that teams with more psychological safety report
  more errors — not because they make more, but because they talk about them and learn from them.
- **Failure cases.** Examples of organisations where silence led to avoidable disasters.
- **A leader's toolkit** in three steps:
  1. *Set the stage*: frame work as a learning problem, not only an execution problem.
  2. *Invite participation*: ask genuine questions and show humility.
  3. *Respond productively*: thank people for bad news and focus on what to do next.

## Why it is in this knowledge bank

Psychological safety is one of the dimensions in the Hub's learning-culture measurement. For small firms the
lesson is direct: the owner's reaction to the first mistake someone reports sets the tone for years. See also the
practice example about a *foutenlunch* at a construction company in this knowledge bank.

More about the author's work is available through [Harvard Business School](https://www.hbs.edu/).
$md$,
 array['Amy C. Edmondson'],
 'Wiley',
 2018,
 null,
 'en',
 array['psychologische-veiligheid', 'leiderschap', 'feedback'],
 array['INFORMAL'],
 array['zorg'],
 array['leidinggevenden', 'hr-professionals'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-04-15 16:20:00+00',
 '2024-04-15 16:20:00+00',
 0),

('de000007-5eed-4c0d-8e00-000000000007',
 'leidinggevenden-als-sleutel-wat-ontwikkelgesprekken-opleveren-in-de-logistiek-de000007',
 'RESEARCH',
 'Leidinggevenden als sleutel: wat ontwikkelgesprekken opleveren in de logistiek',
 'Onderzoek onder planners, chauffeurs en magazijnmedewerkers bij negen logistieke mkb-bedrijven. Waar leidinggevenden structureel ontwikkelgesprekken voeren, volgen medewerkers vaker scholing en zeggen ze meer te leren van hun werk. De kwaliteit van het gesprek telt zwaarder dan de frequentie.',
 $md$## Onderzoeksvraag

Leveren ontwikkelgesprekken in logistieke bedrijven iets op voor het leren van medewerkers, en zo ja, onder welke
voorwaarden?

## Aanpak

De onderzoekers combineerden een vragenlijst onder ruim driehonderd medewerkers met interviews bij negen
bedrijven in wegtransport en warehousing. Ze vergeleken bedrijven met en zonder vaste gesprekscyclus.

## Resultaten

- Medewerkers die het afgelopen jaar een **ontwikkelgesprek** hadden, volgden vaker een cursus en noemden vaker
  nieuwe taken als leermoment.
- Het effect hing sterk af van de **kwaliteit**: een gesprek waarin de leidinggevende doorvraagt naar ambities,
  en daarna ook iets regelt, maakt het verschil. Een formulier dat wordt afgevinkt niet.
- Chauffeurs zijn lastig te bereiken; bedrijven die gesprekken op de route of tijdens de wachttijd bij het laden
  voerden, hadden meer succes.
- Leidinggevenden zeggen zelf weinig voorbereid te zijn op deze rol.

## Wat kun je ermee?

*Investeer eerst in de leidinggevenden.* Een korte training in gespreksvaardigheden en een eenvoudige leidraad
(zie het instrument **Gespreksleidraad ontwikkelgesprek** in deze kennisbank) lijken meer op te leveren dan een
uitgebreid HR-systeem. Het O&O-fonds van de sector kan helpen met financiering; kijk bijvoorbeeld bij
[SOOB](https://www.soob.nl/) voor het beroepsgoederenvervoer.

Dit onderzoek is alleen zichtbaar voor leden van de community, omdat de deelnemende bedrijven nog niet akkoord
gaven voor volledige openbaarmaking.
$md$,
 array['Femke Dijkstra', 'Youssef el Amrani'],
 'Kenniscentrum Werk & Leren',
 2024,
 null,
 'nl',
 array['ontwikkelgesprekken', 'leiderschap', 'loopbaan'],
 array['INFORMAL', 'NON_FORMAL'],
 array['logistiek'],
 array['leidinggevenden', 'werkenden', 'hr-professionals'],
 'COMMUNITY',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-01-21 13:10:00+00',
 '2025-01-21 13:10:00+00',
 0),

('de000008-5eed-4c0d-8e00-000000000008',
 'microcredentials-in-het-mbo-eerste-ervaringen-van-werkgevers-in-de-techniek-de000008',
 'RESEARCH',
 'Microcredentials in het mbo: eerste ervaringen van werkgevers in de techniek',
 'Verslag van een rondgang langs technische werkgevers die medewerkers mbo-microcredentials laten halen. Werkgevers waarderen de korte, erkende eenheden, maar twijfelen nog aan de waarde op de arbeidsmarkt en vragen om betere aansluiting op hun functiehuis.',
 $md$## Waarom deze rondgang?

Sinds het mbo microcredentials aanbiedt, vragen werkgevers ons regelmatig of het iets voor hun mensen is. Wij
spraken met tien technische bedrijven uit onze regio die er al mee werken.

## Wat werkgevers positief vinden

- **Kort en concreet.** Een microcredential beslaat een afgebakend stuk vakmanschap, bijvoorbeeld het inregelen
  van warmtepompen. Medewerkers kunnen het naast hun werk halen.
- **Erkenning.** Wat iemand al kon, wordt zichtbaar op papier. Dat motiveert, vooral bij medewerkers zonder
  diploma.
- **Aansluiting op de praktijk.** Opdrachten worden deels op de eigen werkplek uitgevoerd.

## Wat nog knelt

1. Het is onduidelijk hoe andere werkgevers een microcredential waarderen.
2. De koppeling met functie- en loongebouwen ontbreekt.
3. Planning: de lesmomenten sluiten niet altijd aan bij piekdrukte in de installatietechniek.

## Onze conclusie

Microcredentials passen goed bij een cultuur waarin je je stap voor stap *ontwikkelt*. Ze werken het best als
werkgever en school samen bepalen welke eenheden passen bij de functies in het bedrijf. Meer over erkend
leerbedrijfschap en de samenwerking tussen onderwijs en bedrijfsleven staat bij [SBB](https://www.s-bb.nl/).

*Ingediend door ROC Midden als bijdrage aan de kennisbank.*
$md$,
 array['Carla Bos', 'Pieter Smit'],
 'ROC Midden',
 2025,
 null,
 'nl',
 array['erkennen-leeruitkomsten', 'onderwijs-arbeidsmarkt', 'loopbaan'],
 array['FORMAL', 'NON_FORMAL'],
 array['techniek', 'installatietechniek'],
 array['hr-professionals', 'docenten', 'mkb-ondernemers'],
 'PUBLIC',
 'IN_REVIEW',
 '33333333-3333-4333-8333-333333333333',
 'Carla Bos',
 '33333333-3333-4333-8333-333333333333',
 'Carla Bos',
 '33333333-3333-4333-8333-333333333333',
 'Carla Bos',
 '2026-10-28 10:02:00+00',
 '2026-10-28 10:02:00+00',
 0),

('de000009-5eed-4c0d-8e00-000000000009',
 'kennis-binnenhalen-delen-en-toepassen-de-leercultuur-kringloop-van-vos-e-a-de000009',
 'ARTICLE',
 'Kennis binnenhalen, delen en toepassen: de leercultuur-kringloop van Vos e.a.',
 'Uitleg van de definitie van leercultuur van Vos e.a. (2020): een organisatie brengt kennis van buiten naar binnen, deelt die onderling en laat die terugkomen in het werk. Met vragen waarmee een mkb-bedrijf kan nagaan waar de kringloop hapert.',
 $md$## Drie stappen, één kringloop

Vos en collega's beschreven in 2020 leercultuur als het vermogen van een organisatie *als geheel* om:

1. **kennis van buiten naar binnen te brengen** — via klanten, leveranciers, opleidingen, beurzen, stagiairs;
2. **die kennis onderling te delen** — tussen collega's, teams en generaties;
3. **de kennis terug te laten komen in het werk** — in betere producten, slimmere werkwijzen, minder fouten.

Het sterke van deze omschrijving is dat ze niet begint bij cursussen, maar bij wat een organisatie met kennis
*doet*. Een bedrijf dat veel opleidingen inkoopt maar niets verandert, heeft volgens deze bril geen sterke
leercultuur.

## Waar hapert het in jouw bedrijf?

Stel jezelf per stap een paar vragen:

- *Binnenhalen:* wie gaat er naar buiten? Komt nieuwe kennis alleen via de eigenaar binnen?
- *Delen:* vertelt iemand die een cursus volgde daarna iets aan collega's? Is daar tijd voor?
- *Toepassen:* mag een medewerker een nieuwe werkwijze uitproberen, ook als die eerst langzamer is?

## Een voorbeeld

Een installateur volgt een training over warmtepompen. In een bedrijf met een lerende cultuur geeft hij daarna
een korte toolbox aan zijn collega's, past de werkvoorbereider de checklist aan en vraagt de eigenaar na drie
maanden wat het oplevert. Zo sluit de kringloop.

## Meer

Deze kringloop is een van de twee definities waarop de Leercultuur Hub is gebaseerd; de andere komt uit de
[SER/TNO-verkenning](https://www.ser.nl/). De vragenlijst van de Hub meet beide kanten.
$md$,
 array['Redactie Leercultuur Hub'],
 'LLO-Katalysator',
 2024,
 null,
 'nl',
 array['kennisdeling', 'informeel-leren', 'werkplekleren'],
 array['INFORMAL', 'NON_FORMAL'],
 '{}',
 array['mkb-ondernemers', 'leidinggevenden', 'hr-professionals'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-05-06 09:00:00+00',
 '2024-05-06 09:00:00+00',
 0),

('de000010-5eed-4c0d-8e00-000000000010',
 'de-scholingsparadox-waarom-wie-het-meest-baat-heeft-bij-leren-het-minst-leert-de000010',
 'ARTICLE',
 'De scholingsparadox: waarom wie het meest baat heeft bij leren, het minst leert',
 'Achtergrondartikel over de scholingsparadox: praktisch opgeleide werkenden, oudere werknemers en medewerkers van kleine bedrijven volgen minder scholing dan anderen, terwijl hun werk sneller verandert. Wat zeggen ROA, CPB en TNO erover, en wat kan een werkgever doen?',
 $md$## Het patroon

Onderzoekers van onder meer [ROA](https://roa.nl/), het CPB en TNO wijzen al jaren op hetzelfde patroon: wie
hoogopgeleid is en bij een grote organisatie werkt, leert het meest. Wie praktisch is opgeleid, ouder is of bij
een klein bedrijf werkt, leert het minst. Dat heet de *scholingsparadox*, want juist het werk van die laatste
groep verandert vaak het snelst.

## Waarom is dat zo?

- **Slechte ervaringen met school.** Een cursuslokaal roept bij veel mensen geen goede herinneringen op.
- **Geen tijd.** In een klein team valt iedere afwezigheid direct op.
- **Onzichtbaar leren.** Veel praktisch opgeleiden leren wel degelijk, maar in het werk. Dat telt in
  statistieken en in gesprekken vaak niet mee.
- **Niet gevraagd.** Werkgevers bieden scholing vaker aan medewerkers die er zelf al om vragen.

## Wat werkt wel?

1. **Begin bij het werk**, niet bij de cursus. Een nieuwe machine, een nieuwe klant of een nieuwe taak is een
   natuurlijk leermoment.
2. **Maak leren klein**: korte instructies op de werkplek, een collega die meekijkt.
3. **Vraag actief**: een leidinggevende die vraagt "wat wil jij nog leren?" bereikt mensen die zelf niet
   aankloppen.
4. **Maak zichtbaar wat mensen al kunnen**, bijvoorbeeld met een ervaringscertificaat.

## Tot slot

De paradox is geen natuurwet. In de praktijkvoorbeelden in deze kennisbank staan bedrijven die laten zien dat
medewerkers die "niet van leren houden" wel degelijk leren, als het past bij hun werk.
$md$,
 array['Redactie Leercultuur Hub'],
 'LLO-Katalysator',
 2023,
 null,
 'nl',
 array['motivatie', 'basisvaardigheden', 'duurzame-inzetbaarheid'],
 array['FORMAL', 'NON_FORMAL', 'INFORMAL'],
 array['logistiek', 'detailhandel', 'food'],
 array['werkenden', 'mkb-ondernemers', 'beleidsmakers'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-05-14 15:45:00+00',
 '2024-05-14 15:45:00+00',
 0),

('de000011-5eed-4c0d-8e00-000000000011',
 'informeel-leren-zichtbaar-maken-waarom-het-loont-de000011',
 'ARTICLE',
 'Informeel leren zichtbaar maken: waarom het loont',
 'Het meeste leren op de werkvloer gebeurt ongemerkt: door te doen, te vragen en fouten te herstellen. Dit artikel laat zien hoe een bedrijf dat informele leren zichtbaar kan maken, en waarom dat de motivatie en de erkenning van vakmanschap versterkt.',
 $md$## Leren dat niemand ziet

Vraag een monteur wat hij het afgelopen jaar heeft geleerd, en het antwoord is vaak: "Niets, ik heb geen cursus
gehad." Vraag daarna wat er aan zijn werk is veranderd, en er volgt een lange lijst. Dat is *informeel leren*:
leren dat in en door het werk gebeurt, zonder lesrooster of certificaat.

## Waarom zichtbaar maken?

- **Erkenning motiveert.** Wie ziet dat hij iets geleerd heeft, krijgt zin om verder te leren.
- **Kennis blijft niet hangen bij één persoon.** Als je weet wie wat kan, kun je collega's gericht aan elkaar
  koppelen.
- **Betere gesprekken.** In een ontwikkelgesprek kun je voortbouwen op wat er al is.
- **Loopbaanwaarde.** Vastgelegde ervaring helpt bij een EVC-traject of een overstap.

## Vier eenvoudige manieren

1. **Leermoment van de week** in het werkoverleg: één collega vertelt kort wat hij nieuw ontdekte.
2. **Een vaardighedenmatrix** aan de muur of in een gedeeld document, die het team zelf bijhoudt.
3. **Een logboek** voor nieuwe medewerkers, waarin ook de begeleider tekent.
4. **Digitale badges** of interne certificaten voor taken die iemand zelfstandig beheerst.

## Valkuil

Maak er geen administratie van. Het doel is het gesprek over leren, niet het formulier. Begin klein en houd vol.

Lees verder over de erkenning van leeruitkomsten op de site van de [Rijksoverheid](https://www.rijksoverheid.nl/).
$md$,
 array['Marieke Postma'],
 'Leercultuur Hub',
 2020,
 null,
 'nl',
 array['informeel-leren', 'erkennen-leeruitkomsten', 'motivatie'],
 array['INFORMAL'],
 array['zorg', 'horeca', 'techniek'],
 array['werkenden', 'leidinggevenden', 'hr-professionals'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-06-03 11:25:00+00',
 '2024-06-03 11:25:00+00',
 0),

('de000012-5eed-4c0d-8e00-000000000012',
 'de-70-20-10-vuistregel-in-het-mkb-bruikbaar-maar-geen-wet-de000012',
 'ARTICLE',
 'De 70-20-10-vuistregel in het mkb: bruikbaar, maar geen wet',
 'De bekende vuistregel dat zeventig procent van het leren in het werk gebeurt, twintig procent via anderen en tien procent in opleidingen, is populair maar wetenschappelijk dun. Dit artikel legt uit hoe een kleine werkgever er toch verstandig gebruik van maakt.',
 $md$## Waar komt de regel vandaan?

De verhouding 70-20-10 gaat terug op interviews met leidinggevenden in de jaren tachtig over hun belangrijkste
leerervaringen. Sindsdien is het een van de bekendste modellen in opleidingsland. De getallen zelf zijn echter
**nooit stevig onderbouwd**; ze zijn eerder een metafoor dan een meetresultaat.

## Waarom hij toch nuttig is

De regel helpt om de blik te verbreden. Wie bij *leren* alleen aan cursussen denkt, mist het grootste deel:

- **70 – leren door te doen**: nieuwe taken, problemen oplossen, experimenteren;
- **20 – leren van anderen**: feedback, meekijken, intervisie, mentoring;
- **10 – formeel leren**: trainingen, opleidingen, e-learning.

## Hoe gebruik je hem verstandig?

1. Gebruik de verhouding niet als begrotingsregel. Tien procent van het budget naar cursussen zegt niets.
2. Ontwerp de **verbinding** tussen de drie: een training werkt beter als de deelnemer daarna een opdracht in
   het werk krijgt en een collega meekijkt.
3. Kijk per functie waar het leren nu gebeurt en waar het stokt.

## Voor het mkb

Kleine bedrijven doen van nature veel aan de "70" en "20", maar benoemen het niet. De winst zit in bewust
kiezen: welke klus geef ik aan wie, zodat die persoon ervan leert? Zie ook het instrument **Leerpotentieel van
een functie in kaart** in deze kennisbank en de publicaties van [Cedefop](https://www.cedefop.europa.eu/) over
leren op de werkplek.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2016,
 null,
 'nl',
 array['informeel-leren', 'strategisch-opleiden', 'werkplekleren'],
 array['FORMAL', 'NON_FORMAL', 'INFORMAL'],
 '{}',
 array['hr-professionals', 'mkb-ondernemers'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-06-17 10:10:00+00',
 '2024-07-10 14:22:00+00',
 1),

('de000013-5eed-4c0d-8e00-000000000013',
 'learning-culture-in-small-firms-why-the-owner-matters-most-de000013',
 'ARTICLE',
 'Learning culture in small firms: why the owner matters most',
 'In a small firm there is rarely an HR department; the owner sets the tone for learning. This article draws on Dutch practice examples to show how owners can model learning, make time for it and turn mistakes into lessons, and why that matters more than a training catalogue.',
 $md$## One person, many roles

In a company of fifteen people, the owner is often also the sales manager, the planner and the trainer. That can
look like a weakness for learning. The practice examples in this knowledge bank suggest the opposite: *because*
the owner is so close to the work, their behaviour shapes the learning culture directly.

## Three things owners do in firms with a strong learning culture

1. **They learn in public.** They mention what they picked up at a trade fair, admit what they do not know and
   ask employees to explain new techniques to them.
2. **They make time visible.** Fifteen minutes for a toolbox talk, half a day for a course, an hour for a new
   colleague's questions — planned, not squeezed in.
3. **They react calmly to mistakes.** The first question is "what can we learn?", not "who did it?".

## What gets in the way

- pressure of the order book, which pushes learning to "later";
- the fear that trained staff will leave for a bigger employer;
- not knowing where to find support, such as sector training funds.

## A practical start

Ask each employee one question in the coming month: *what would you like to get better at this year?* Write the
answers down and come back to them. It is a small step, but it tells people that development is part of the
job. For Dutch readers: the SER's advice on lifelong learning is available at [ser.nl](https://www.ser.nl/).
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2026,
 null,
 'en',
 array['leiderschap', 'motivatie', 'psychologische-veiligheid'],
 array['INFORMAL', 'NON_FORMAL'],
 array['bouw', 'food', 'installatietechniek'],
 array['mkb-ondernemers', 'leidinggevenden'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2026-03-09 09:30:00+00',
 '2026-03-09 09:30:00+00',
 0),

('de000014-5eed-4c0d-8e00-000000000014',
 'basisvaardigheden-als-fundament-laaggeletterdheid-op-de-werkvloer-bespreekbaar-de000014',
 'ARTICLE',
 'Basisvaardigheden als fundament: laaggeletterdheid op de werkvloer bespreekbaar maken',
 'Veel werkenden hebben moeite met lezen, schrijven, rekenen of digitale basishandelingen, en houden dat verborgen. Dit artikel geeft leidinggevenden handvatten om het onderwerp respectvol bespreekbaar te maken en verwijst naar aanpakken die werken.',
 $md$## Een verborgen drempel

Wie moeite heeft met lezen of met een tablet, heeft vaak jarenlang geleerd dat te verbergen. Op de werkvloer
zie je het aan *andere* signalen: iemand vraagt altijd een collega om het werkbriefje voor te lezen, vult
formulieren thuis in, of zegt zijn bril vergeten te zijn. Zonder stevige basisvaardigheden is verder leren lastig,
en dat raakt de hele leercultuur.

## Hoe begin je het gesprek?

- **Kies een rustig moment** en een vertrouwde persoon, niet tijdens een functioneringsgesprek.
- **Begin bij het werk**: "Ik merk dat de nieuwe werkinstructies lastig zijn, hoe ervaar jij dat?"
- **Normaliseer**: vertel dat veel mensen dit herkennen en dat er hulp is die past bij werk.
- **Beloof niets wat je niet waarmaakt**, maar regel wel een vervolg.

## Wat helpt daarna?

1. Een taalcoach of maatje op de werkvloer (zie het praktijkvoorbeeld van Kwekerij Groen Glas).
2. Werkinstructies met pictogrammen en korte zinnen — daar heeft iedereen baat bij.
3. Een cursus in werktijd, bij voorkeur in een kleine groep collega's.

## Meer weten

Stichting [Lezen & Schrijven](https://www.lezenenschrijven.nl/) heeft materiaal voor werkgevers. Dit artikel is
alleen zichtbaar voor leden van de community, omdat het persoonlijke ervaringen van deelnemers bevat.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2025,
 null,
 'nl',
 array['basisvaardigheden', 'leiderschap', 'psychologische-veiligheid'],
 array['NON_FORMAL', 'INFORMAL'],
 array['agrarisch', 'logistiek', 'food'],
 array['leidinggevenden', 'werkenden', 'praktijkopleiders'],
 'COMMUNITY',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-09-15 14:00:00+00',
 '2025-09-15 14:00:00+00',
 0),

('de000015-5eed-4c0d-8e00-000000000015',
 'installatiebedrijf-van-dam-vakmanschap-delen-met-een-wekelijkse-toolbox-de000015',
 'PRACTICE_EXAMPLE',
 'Installatiebedrijf Van Dam: vakmanschap delen met een wekelijkse toolbox',
 'Een installatiebedrijf met 28 medewerkers verving de verplichte veiligheidstoolbox door een wekelijks kwartier waarin monteurs om beurten iets uit hun eigen werk laten zien. Na een jaar delen collega''s meer kennis over warmtepompen en zonnepanelen en vragen jonge monteurs sneller om hulp.',
 $md$## Het bedrijf

*Installatiebedrijf Van Dam* (fictief voorbeeld, gebaseerd op gesprekken in de sector) installeert en onderhoudt
verwarming, ventilatie en zonnepanelen bij particulieren en kleine bedrijven. De techniek verandert snel: waar het
vroeger om cv-ketels ging, draait het nu om warmtepompen en slimme regelingen.

## De uitdaging

De kennis over nieuwe technieken zat bij twee ervaren monteurs. Jonge collega's belden hen onderweg, of lieten
een klus liggen. Cursussen hielpen, maar wat iemand op cursus leerde, bleef bij hem.

## Wat ze deden

- Elke maandag om half acht een **toolbox van vijftien minuten** in de werkplaats.
- Iedere week vertelt een andere monteur over een klus: een lastige storing, een slimme oplossing, een fout.
- Foto's en korte filmpjes van de klus komen in een gedeelde app-groep.
- Wie een cursus volgt, geeft daarna een toolbox over wat hij **leert** en wat hij anders gaat doen.

## Resultaat na een jaar

- Monteurs zeggen dat ze weten wie ze waarvoor kunnen bellen.
- Het aantal terugkomacties bij warmtepompen daalde, volgens de planner.
- Jonge monteurs presenteren ook, en zijn daardoor zichtbaarder.

## Lessen

1. Houd het kort en vast; een vast moment maakt het een gewoonte.
2. Laat ook fouten zien. De eigenaar begon zelf met een verhaal over een mislukte installatie.
3. Koppel cursussen aan een opdracht om terug te vertellen.

Het O&O-fonds van de installatietechniek, [OTIB](https://www.otib.nl/), heeft materiaal over leren op de werkplek.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2023,
 null,
 'nl',
 array['kennisdeling', 'werkplekleren', 'informeel-leren'],
 array['INFORMAL', 'NON_FORMAL'],
 array['installatietechniek'],
 array['werkenden', 'mkb-ondernemers', 'leidinggevenden'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-07-01 08:30:00+00',
 '2024-07-01 08:30:00+00',
 0),

('de000016-5eed-4c0d-8e00-000000000016',
 'bakkerij-jansen-ontwikkelgesprekken-aan-de-werkbank-de000016',
 'PRACTICE_EXAMPLE',
 'Bakkerij Jansen: ontwikkelgesprekken aan de werkbank',
 'In onze bakkerij met veertien medewerkers voeren we sinds dit jaar korte ontwikkelgesprekken tijdens het werk in plaats van één jaargesprek op kantoor. Medewerkers praten vrijer, en we ontdekten ambities waar we niets van wisten.',
 $md$## Wie zijn wij?

Bakkerij Jansen is een familiebedrijf met een eigen bakkerij en twee winkels. We werken met veertien mensen:
bakkers, winkelmedewerkers en een chauffeur.

## Waarom anders?

Het jaarlijkse gesprek op kantoor voelde voor iedereen als een beoordeling. Medewerkers zeiden weinig, en ik
vulde vooral een formulier in. Over ontwikkeling ging het nauwelijks.

## Wat we nu doen

- Iedere medewerker heeft **drie keer per jaar** een gesprek van twintig minuten, tijdens een rustig moment aan
  de werkbank of in de winkel.
- We gebruiken steeds dezelfde vier vragen:
  1. Waar ben je trots op de laatste tijd?
  2. Wat zou je graag beter willen kunnen?
  3. Wat heb je daarvoor nodig, van mij of van collega's?
  4. Wat spreken we af voor de komende maanden?
- De afspraken schrijf ik op één A4'tje dat aan de medewerker wordt meegegeven.

## Wat het opleverde

- Een winkelmedewerker bleek graag taarten te willen leren decoreren; ze draait nu mee in de bakkerij.
- Een bakker wil zich verder *ontwikkelen* richting zelfstandig werkend bakker en volgt een opleiding.
- Gesprekken zijn korter, maar er gebeurt meer.

## Tip voor andere bakkers

Begin niet met een formulier, begin met de vragen. En doe wat je afspreekt, anders is het vertrouwen weg.
Voor opleidingen in onze branche kun je terecht bij het [SBB](https://www.s-bb.nl/) en het opleidingsfonds van de
bakkerijsector.
$md$,
 array['Bram Jansen'],
 'Bakkerij Jansen B.V.',
 2026,
 null,
 'nl',
 array['ontwikkelgesprekken', 'motivatie', 'loopbaan'],
 array['INFORMAL'],
 array['food'],
 array['mkb-ondernemers', 'werkenden'],
 'PUBLIC',
 'IN_REVIEW',
 '22222222-2222-4222-8222-222222222222',
 'Bram Jansen',
 '22222222-2222-4222-8222-222222222222',
 'Bram Jansen',
 '22222222-2222-4222-8222-222222222222',
 'Bram Jansen',
 '2026-11-02 06:45:00+00',
 '2026-11-02 06:45:00+00',
 0),

('de000017-5eed-4c0d-8e00-000000000017',
 'zorgcentrum-de-linde-intervisie-in-wijkteams-de000017',
 'PRACTICE_EXAMPLE',
 'Zorgcentrum De Linde: intervisie in wijkteams',
 'Drie wijkteams van een kleine thuiszorgorganisatie houden elke zes weken intervisie volgens een vaste methode. Verpleegkundigen en verzorgenden bespreken lastige situaties, geven elkaar feedback en voelen zich veiliger om twijfels uit te spreken.',
 $md$## Context

*Zorgcentrum De Linde* (fictief) levert thuiszorg met ongeveer zestig medewerkers in drie wijkteams. Het werk is
zelfstandig: medewerkers staan er bij cliënten vaak alleen voor. Dilemma's — een cliënt die zorg weigert, een
familie die meer vraagt dan kan — werden vooral in de auto of thuis overdacht.

## De interventie

Met hulp van een externe begeleider startte elk team met **intervisie**:

- groepen van zes tot acht collega's, elke zes weken anderhalf uur;
- een vaste methode: één inbrenger, verhelderende vragen, reflectie, en een concreet voornemen;
- na vier bijeenkomsten nemen twee teamleden de rol van begeleider over.

## Wat veranderde er?

- Medewerkers zeggen vaker "dit vind ik lastig" in het reguliere teamoverleg.
- **Feedback** geven wordt gewoner; men oefent het tijdens de intervisie.
- Nieuwe collega's leren snel hoe ervaren collega's met dilemma's omgaan.
- De teamleider merkt dat incidentmeldingen eerder en vollediger worden gedaan.

## Wat lastig was

Roosters. In de zorg is anderhalf uur vrijmaken zonder cliënten tekort te doen een puzzel. Het hielp om
intervisie als werktijd te plannen en niet als extra.

## Voor wie dit wil proberen

Zie de interventie **Intervisie volgens de incidentmethode** in deze kennisbank. Het boek van Amy Edmondson over
psychologische veiligheid geeft de achtergrond. Voor scholing in de zorg zijn ook middelen via de
[Rijksoverheid](https://www.rijksoverheid.nl/) beschikbaar geweest.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2022,
 null,
 'nl',
 array['intervisie', 'psychologische-veiligheid', 'feedback'],
 array['NON_FORMAL', 'INFORMAL'],
 array['zorg'],
 array['werkenden', 'leidinggevenden'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-07-15 12:00:00+00',
 '2024-07-15 12:00:00+00',
 0),

('de000018-5eed-4c0d-8e00-000000000018',
 'metaalbewerking-hoekstra-een-leerbudget-per-medewerker-met-een-gesprek-erbij-de000018',
 'PRACTICE_EXAMPLE',
 'Metaalbewerking Hoekstra: een leerbudget per medewerker, met een gesprek erbij',
 'Een metaalbewerkingsbedrijf met 45 medewerkers gaf iedereen een eigen leerbudget. Eerst werd het nauwelijks gebruikt; pas toen leidinggevenden het budget in ontwikkelgesprekken bespraken, volgden medewerkers cursussen die bij hun werk en ambities pasten.',
 $md$## Het bedrijf

*Metaalbewerking Hoekstra* (fictief) maakt plaatwerk en laswerk voor machinebouwers. Het bedrijf heeft
45 medewerkers, de meesten met een mbo-opleiding.

## De eerste poging

De directie kondigde aan dat iedere medewerker een jaarlijks **leerbudget** kreeg om zelf een opleiding te kiezen.
Na een jaar was minder dan een op de vijf budgetten aangesproken. Medewerkers wisten niet wat ze konden kiezen,
of dachten dat het "voor de kantoormensen" was.

## De tweede poging

- Leidinggevenden bespreken het budget in het **ontwikkelgesprek**, met concrete voorbeelden.
- Er is een korte lijst met opleidingen die anderen al deden, inclusief hun ervaringen.
- Lessen vallen deels in werktijd.
- Wie een opleiding afrondt, vertelt daarover in het werkoverleg.

## Resultaat

Het gebruik van de budgetten steeg flink. Lassers volgden bijvoorbeeld een cursus robotlassen, een
werkvoorbereider een training tekeninglezen in 3D. De directie ziet dat medewerkers meer eigen initiatief nemen.

## Lessen

1. Een budget alleen motiveert weinig; het **gesprek** doet het werk.
2. Maak het aanbod concreet en dichtbij.
3. Het O&O-fonds [OOM](https://www.oom.nl/) ondersteunt bedrijven in de metaal met advies en regelingen.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2021,
 null,
 'nl',
 array['leerbudget', 'motivatie', 'ontwikkelgesprekken'],
 array['FORMAL', 'NON_FORMAL'],
 array['metaal'],
 array['mkb-ondernemers', 'hr-professionals', 'werkenden'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-08-05 10:40:00+00',
 '2024-08-05 10:40:00+00',
 0),

('de000019-5eed-4c0d-8e00-000000000019',
 'transportbedrijf-de-wit-digitale-vaardigheden-voor-chauffeurs-de000019',
 'PRACTICE_EXAMPLE',
 'Transportbedrijf De Wit: digitale vaardigheden voor chauffeurs',
 'Bij een transportbedrijf met zestig chauffeurs werd de boordcomputer vervangen door een app. Oudere chauffeurs haakten af. Een reeks korte praktijksessies op het terrein, gegeven door collega''s, bracht iedereen mee en maakte leren bespreekbaar.',
 $md$## De aanleiding

*Transportbedrijf De Wit* (fictief) rijdt met zestig vrachtwagens door Nederland en België. Ritten, vrachtbrieven
en tijden gaan sinds kort via een app op een tablet. Een deel van de chauffeurs, vooral boven de vijftig, had
daar grote moeite mee en voelde zich dom.

## De aanpak

- Geen klassikale training, maar **sessies van een half uur** op het terrein, bij de wagen.
- Vier chauffeurs die de app goed beheersen werden "app-maatje" en kregen een korte instructie in uitleggen.
- Een plastic kaart in de cabine met de vijf belangrijkste handelingen in stappen en plaatjes.
- Planners kregen de opdracht vragen over de app nooit af te doen als lastig.

## Resultaten

- Na drie maanden gebruikte iedereen de app zelfstandig.
- Chauffeurs kwamen zelf met verbeteringen voor de kaart.
- Twee chauffeurs gaven aan ook moeite te hebben met lezen; zij volgen nu een taaltraject.

## Wat we ervan leren

Digitale vaardigheden zijn vaak de aanleiding om ook over andere **basisvaardigheden** te praten. Leren van een
collega voelt veiliger dan leren van een trainer. Het sectorfonds [SOOB](https://www.soob.nl/) heeft regelingen
voor scholing van chauffeurs.

Dit voorbeeld is alleen zichtbaar voor leden, op verzoek van het bedrijf.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2023,
 null,
 'nl',
 array['digitale-vaardigheden', 'basisvaardigheden', 'duurzame-inzetbaarheid'],
 array['NON_FORMAL', 'INFORMAL'],
 array['logistiek'],
 array['werkenden', 'leidinggevenden'],
 'COMMUNITY',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-08-26 07:50:00+00',
 '2024-08-26 07:50:00+00',
 0),

('de000020-5eed-4c0d-8e00-000000000020',
 'hotel-restaurant-de-zwaan-een-buddy-voor-elke-nieuwe-collega-de000020',
 'PRACTICE_EXAMPLE',
 'Hotel-restaurant De Zwaan: een buddy voor elke nieuwe collega',
 'In de horeca is het verloop hoog en het inwerken vaak chaotisch. Een hotel-restaurant koppelt elke nieuwe medewerker de eerste zes weken aan een buddy met een eenvoudig inwerkschema. Nieuwe mensen blijven langer en buddy''s ontwikkelen zelf begeleidingsvaardigheden.',
 $md$## Het probleem

*Hotel-restaurant De Zwaan* (fictief) heeft ruim dertig medewerkers, van wie veel studenten en parttimers.
Nieuwe mensen stonden vaak op hun eerste avond meteen in de bediening. Wie het niet bijbeende, kwam niet terug.

## Het buddysysteem

- Elke nieuwe collega krijgt een **buddy**: een ervaren collega uit dezelfde afdeling.
- Een inwerkschema van één pagina: wat leer je in week 1, 2 en 3–6.
- De buddy werkt de eerste drie diensten mee en is daarna aanspreekpunt.
- Na twee en na zes weken een kort gesprek met de leidinggevende, samen met de buddy.
- Buddy's krijgen een uur uitleg over *hoe je iets voordoet en laat nadoen*.

## Wat het opleverde

- Minder nieuwe medewerkers die in de eerste maand vertrekken.
- Buddy's zeggen dat ze zelf scherper naar hun werk kijken: uitleggen is ook leren.
- Een keukenmedewerker die buddy was, stroomt nu door naar praktijkopleider voor stagiairs.

## Tips

1. Kies buddy's die het leuk vinden, niet per se de snelste.
2. Geef buddy's tijd in het rooster.
3. Bedank buddy's zichtbaar.

Voor erkende leerbedrijven in de horeca is er informatie bij [SBB](https://www.s-bb.nl/).
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2024,
 null,
 'nl',
 array['mentoring', 'werkplekleren'],
 array['INFORMAL', 'NON_FORMAL'],
 array['horeca'],
 array['werkenden', 'mkb-ondernemers', 'praktijkopleiders'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-09-09 15:15:00+00',
 '2024-10-02 19:35:00+00',
 1),

('de000021-5eed-4c0d-8e00-000000000021',
 'bouwbedrijf-kok-zonen-de-maandelijkse-foutenlunch-de000021',
 'PRACTICE_EXAMPLE',
 'Bouwbedrijf Kok & Zonen: de maandelijkse foutenlunch',
 'Een bouwbedrijf met twintig vakmensen organiseert elke maand een lunch waarin iemand een fout of bijna-ongeluk vertelt en het team bespreekt wat ervan te leren valt. Het doel: fouten bespreekbaar maken en niet alleen herstellen.',
 $md$## Waarom een foutenlunch?

Bij *Bouwbedrijf Kok & Zonen* (fictief) werden fouten snel hersteld en daarna vergeten. "Op de bouw wordt niet
gezeurd", zei de uitvoerder. Maar dezelfde fouten kwamen terug, en een bijna-ongeluk met een steiger werd pas
weken later gemeld.

## Hoe het werkt

- Eens per maand, op vrijdag, een **lunch van drie kwartier** in de keet. Het bedrijf betaalt de broodjes.
- Iemand vertelt een fout of bijna-ongeluk uit de afgelopen weken — de eerste keer de eigenaar zelf.
- Het team stelt vragen volgens drie regels: *niet oordelen, niet de schuld zoeken, wel doorvragen*.
- Afsluiting: wat doen we voortaan anders? Eén afspraak, opgeschreven op het whiteboard.

## Wat er gebeurde

De eerste twee keer was het stil. Toen de eigenaar vertelde hoe hij een bestelling verkeerd had doorgegeven, ging
het los. Inmiddels melden vakmensen zelf een onderwerp aan. Er zijn afspraken gemaakt over steigercontrole en over
het doorgeven van maten.

## Waarom het werkt

Een leidinggevende die zijn eigen fouten deelt, maakt het **veilig** voor anderen. Dat sluit aan bij het werk van
Amy Edmondson over psychologische veiligheid en bij het onderzoek van het lectoraat naar leercultuur in kleine
bouwbedrijven (beide in deze kennisbank).

## Tip

Combineer het niet met een beoordeling. Zodra een fout gevolgen heeft voor iemands beoordeling, stopt het
vertellen. Meer over veilig werken staat op [Arboportaal](https://www.arboportaal.nl/).
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2024,
 null,
 'nl',
 array['psychologische-veiligheid', 'feedback', 'leiderschap'],
 array['INFORMAL'],
 array['bouw'],
 array['mkb-ondernemers', 'leidinggevenden', 'werkenden'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-10-07 12:30:00+00',
 '2024-10-07 12:30:00+00',
 0),

('de000022-5eed-4c0d-8e00-000000000022',
 'kwekerij-groen-glas-taalcoaches-tussen-de-planten-de000022',
 'PRACTICE_EXAMPLE',
 'Kwekerij Groen Glas: taalcoaches tussen de planten',
 'Op een glastuinbouwbedrijf met veel medewerkers die Nederlands als tweede taal spreken, werden vijf collega''s opgeleid tot taalcoach. Zij helpen tijdens het werk met instructies en woorden. Het verbetert de veiligheid, de samenwerking en de doorstroom naar andere functies.',
 $md$## Achtergrond

*Kwekerij Groen Glas* (fictief) teelt tomaten en paprika's met ruim tachtig medewerkers uit acht landen.
Werkinstructies, veiligheidsregels en overleg gingen in het Nederlands, dat lang niet iedereen goed beheerste.
Misverstanden kostten tijd en soms veiligheid.

## De aanpak

- Vijf medewerkers met verschillende moedertalen volgden een korte training tot **taalcoach**.
- Taalcoaches hebben elke week twee uur om collega's op de werkvloer te helpen: woorden bij de machines,
  uitleg van instructies, oefenen van gesprekken met de teamleider.
- Bij de kassen hangen kaarten met foto's en de Nederlandse woorden.
- Wie wil, kan daarnaast in werktijd een taalcursus volgen.

## Resultaten na een jaar

- Teamleiders merken minder misverstanden bij instructies.
- Enkele medewerkers zijn doorgestroomd naar de functie van ploegleider.
- Taalcoaches zelf groeiden in zelfvertrouwen; een van hen volgt nu een opleiding tot praktijkopleider.

## Wat we ervan leren

Basisvaardigheden zijn een voorwaarde voor een leercultuur: zonder gedeelde taal geen gedeelde kennis. Een collega
als coach verlaagt de drempel. Zie ook het artikel over laaggeletterdheid bespreekbaar maken en de informatie van
[Lezen & Schrijven](https://www.lezenenschrijven.nl/).
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2025,
 null,
 'nl',
 array['basisvaardigheden', 'mentoring', 'duurzame-inzetbaarheid'],
 array['INFORMAL', 'NON_FORMAL'],
 array['agrarisch'],
 array['werkenden', 'leidinggevenden', 'praktijkopleiders'],
 'COMMUNITY',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-04-14 09:20:00+00',
 '2025-04-14 09:20:00+00',
 0),

('de000023-5eed-4c0d-8e00-000000000023',
 'tweewielers-van-leeuwen-leren-in-vijf-minuten-tussen-de-klanten-door-de000023',
 'PRACTICE_EXAMPLE',
 'Tweewielers Van Leeuwen: leren in vijf minuten tussen de klanten door',
 'Een fietsenspeciaalzaak met twee filialen zette korte instructievideo''s en quizzen op de telefoon in om verkopers en monteurs bij te scholen over e-bikes. Medewerkers kijken ze op rustige momenten; de bedrijfsleider bespreekt vragen in het weekoverleg.',
 $md$## De vraag

Bij *Tweewielers Van Leeuwen* (fictief) verandert het assortiment elk seizoen. E-bikes hebben nieuwe motoren,
accu's en software. Verkopers moesten klanten adviseren over dingen die ze zelf nog niet kenden, en monteurs
liepen vast op foutcodes.

## De oplossing: microleren

- De leverancier levert korte video's; de bedrijfsleider maakt er zelf ook een paar met de telefoon.
- Elke week staan er **twee video's van hooguit vijf minuten** en een quiz van vijf vragen klaar in een app.
- Medewerkers kijken op rustige momenten in de winkel of werkplaats.
- In het weekoverleg bespreekt de bedrijfsleider de vragen die vaak fout gingen.

## Ervaringen

- Verkopers voelen zich zekerder bij vragen over actieradius en laden.
- Monteurs delen nu zelf filmpjes van reparaties; de jongste monteur leert het meest van die van collega's.
- Niet iedereen doet mee. Twee oudere medewerkers vinden de app lastig en krijgen uitleg van een collega.

## Lessen

1. Kort werkt alleen als het **direct bruikbaar** is in het werk van die week.
2. De bespreking achteraf maakt het tot gezamenlijk leren.
3. Laat medewerkers zelf content maken.

Zie ook het artikel over informeel leren zichtbaar maken. Voor de branche is er informatie bij de
[Rijksoverheid](https://www.rijksoverheid.nl/) over scholingsregelingen.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2025,
 null,
 'nl',
 array['digitale-vaardigheden', 'informeel-leren', 'werkplekleren'],
 array['NON_FORMAL', 'INFORMAL'],
 array['detailhandel', 'techniek'],
 array['werkenden', 'mkb-ondernemers'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-06-02 16:45:00+00',
 '2025-06-02 16:45:00+00',
 0),

('de000024-5eed-4c0d-8e00-000000000024',
 'roc-midden-en-technische-bedrijven-de-hybride-docent-de000024',
 'PRACTICE_EXAMPLE',
 'ROC Midden en technische bedrijven: de hybride docent',
 'Vakmensen uit technische mkb-bedrijven geven een dag per week les op ROC Midden, en docenten lopen mee in de bedrijven. Studenten krijgen actuele praktijkkennis, bedrijven nieuwe collega''s en de school een sterkere band met het werkveld.',
 $md$## Waarom hybride docenten?

In de techniek is het moeilijk om docenten te vinden, en wat studenten leren loopt soms achter op de praktijk.
Tegelijk hebben bedrijven vakmensen met veel kennis die ze graag willen doorgeven. ROC Midden startte daarom met
**hybride docenten**: mensen die deels in een bedrijf en deels op school werken.

## Hoe het werkt

- Zeven vakmensen uit vijf bedrijven geven een dag per week les in de opleidingen installatietechniek en
  metaal.
- Ze volgen een didactische basistraining en krijgen een ervaren docent als maatje.
- Omgekeerd lopen docenten twee keer per jaar een week mee in een bedrijf.
- De bedrijven en de school maken samen afspraken over rooster, verzekering en vergoeding.

## Wat het oplevert

- Studenten noemen de lessen van hybride docenten "echt": met voorbeelden van vorige week.
- De bedrijven zien dat hun vakmensen groeien door het uitleggen; een van hen *ontwikkelt* zich nu tot
  praktijkopleider in zijn eigen bedrijf.
- Docenten nemen actuele kennis mee terug naar school.

## Knelpunten

1. Als het druk is in het bedrijf, staat de lesdag onder druk.
2. De bevoegdheid van hybride docenten vraagt een eigen traject.

## Wat we zoeken

We willen deze aanpak uitbreiden naar de zorg en de bouw en zoeken partners. Meer over leerbedrijven staat bij
[SBB](https://www.s-bb.nl/).

*Voorstel ingediend door ROC Midden.*
$md$,
 array['Carla Bos'],
 'ROC Midden',
 2026,
 null,
 'nl',
 array['onderwijs-arbeidsmarkt', 'kennisdeling', 'erkennen-leeruitkomsten'],
 array['FORMAL', 'NON_FORMAL'],
 array['techniek', 'installatietechniek', 'metaal'],
 array['docenten', 'praktijkopleiders', 'mkb-ondernemers'],
 'PUBLIC',
 'IN_REVIEW',
 '33333333-3333-4333-8333-333333333333',
 'Carla Bos',
 '33333333-3333-4333-8333-333333333333',
 'Carla Bos',
 '33333333-3333-4333-8333-333333333333',
 'Carla Bos',
 '2026-10-12 14:30:00+00',
 '2026-10-12 14:30:00+00',
 0),

('de000025-5eed-4c0d-8e00-000000000025',
 'bakkerij-jansen-de-meesterbakker-leert-de-gezel-de000025',
 'PRACTICE_EXAMPLE',
 'Bakkerij Jansen: de meesterbakker leert de gezel',
 'Onze ervaren bakker begeleidt twee jonge gezellen volgens een vast leerplan naast het werk. Een eerste opzet van dit voorbeeld; we vullen de resultaten aan na de zomer.',
 $md$## Wat we doen

Onze meesterbakker werkt al dertig jaar in het vak. Sinds het voorjaar begeleidt hij twee jonge gezellen die net
van de opleiding komen.

- Elke week kiest hij één techniek die hij voordoet, bijvoorbeeld het werken met zuurdesem of lamineren.
- De gezellen oefenen die week zelf, hij kijkt mee en geeft tips.
- Aan het eind van de maand bakken ze samen iets nieuws voor de winkel.

## Waarom

Veel kennis in een bakkerij staat nergens op papier. Als onze meesterbakker met pensioen gaat, willen we dat zijn
vakmanschap blijft. De gezellen **leren** zo het vak en de meesterbakker vindt het mooi om het door te geven.

## Hoe het in de praktijk gaat

De gezellen houden een klein schrift bij waarin ze opschrijven wat ze hebben geoefend en wat nog niet lukt. Op
vrijdag kijken ze dat samen met de meesterbakker door. Fouten horen erbij: een mislukte partij croissants is
volgens hem "het beste lesmateriaal dat er is".

## Nog aan te vullen

- wat het na een paar maanden heeft opgeleverd;
- hoe we het rooster rond krijgen.

Meer over leerbedrijven: [SBB](https://www.s-bb.nl/).
$md$,
 array['Bram Jansen'],
 'Bakkerij Jansen B.V.',
 2026,
 null,
 'nl',
 array['mentoring', 'werkplekleren'],
 array['INFORMAL', 'NON_FORMAL'],
 array['food'],
 array['werkenden', 'praktijkopleiders'],
 'PUBLIC',
 'DRAFT',
 '22222222-2222-4222-8222-222222222222',
 'Bram Jansen',
 '22222222-2222-4222-8222-222222222222',
 'Bram Jansen',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2026-06-18 07:10:00+00',
 '2026-06-22 09:10:00+00',
 1),

('de000026-5eed-4c0d-8e00-000000000026',
 'leercultuurscan-voor-het-mkb-twintig-vragen-om-mee-te-beginnen-de000026',
 'INSTRUMENT',
 'Leercultuurscan voor het mkb: twintig vragen om mee te beginnen',
 'Een korte vragenlijst waarmee een ondernemer en zijn team in een kwartier in beeld brengen hoe het staat met leren in het bedrijf: kennis binnenhalen, delen en toepassen, feedback, ruimte voor fouten en de rol van de leidinggevende. Bedoeld als startpunt voor een gesprek, niet als meting.',
 $md$## Waarvoor is de scan?

De scan helpt een team om **samen** te praten over leren. Iedereen vult dezelfde twintig stellingen in; daarna
bespreek je de verschillen. Juist waar de eigenaar en de medewerkers verschillend scoren, zit het interessante
gesprek.

## Opbouw

De stellingen zijn verdeeld over vijf blokken van vier:

1. **Kennis binnenhalen** — bijvoorbeeld: *"Bij ons gaat regelmatig iemand naar een beurs, cursus of klant om
   iets nieuws te leren."*
2. **Kennis delen** — *"Als een collega iets nieuws leert, hoor ik daar meestal over."*
3. **Toepassen** — *"Ik mag een nieuwe werkwijze uitproberen, ook als dat eerst meer tijd kost."*
4. **Feedback en fouten** — *"Als ik een fout maak, kan ik dat zonder problemen melden."*
5. **Leidinggevende** — *"Mijn leidinggevende vraagt wat ik wil leren."*

Antwoorden op een vijfpuntsschaal van *helemaal oneens* tot *helemaal eens*.

## Zo gebruik je hem

- Laat iedereen de scan anoniem invullen, op papier of online.
- Tel per blok de gemiddelde score op en zet die op een flip-over.
- Bespreek in een teamoverleg: waar zijn we trots op, wat willen we verbeteren, wat is een eerste stap?

## Let op

De scan is geen wetenschappelijk gevalideerd instrument. Voor het meten van effecten in pilots gebruikt de
Leercultuur Hub een uitgebreidere vragenlijst met voor- en nameting. De opbouw volgt de kringloop van Vos e.a.
en de [SER/TNO-verkenning](https://www.ser.nl/).
$md$,
 array['Redactie Leercultuur Hub'],
 'LLO-Katalysator',
 2024,
 null,
 'nl',
 array['kennisdeling', 'leiderschap', 'informeel-leren', 'feedback'],
 array['INFORMAL', 'NON_FORMAL', 'FORMAL'],
 '{}',
 array['mkb-ondernemers', 'leidinggevenden', 'werkenden'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-10-21 10:00:00+00',
 '2024-10-21 10:00:00+00',
 0),

('de000027-5eed-4c0d-8e00-000000000027',
 'gespreksleidraad-ontwikkelgesprek-vijf-vragen-die-werken-de000027',
 'INSTRUMENT',
 'Gespreksleidraad ontwikkelgesprek: vijf vragen die werken',
 'Een leidraad van één pagina voor leidinggevenden die een ontwikkelgesprek willen voeren in plaats van een beoordeling. Met vijf open vragen, tips voor doorvragen en een eenvoudig afsprakenformulier.',
 $md$## Voor wie?

Voor iedere leidinggevende in een klein of middelgroot bedrijf die met medewerkers wil praten over groei en
**ontwikkeling**, zonder dat het een beoordelingsgesprek wordt.

## De vijf vragen

1. *Waar ben je de afgelopen tijd trots op in je werk?*
2. *Welk deel van je werk geeft je energie, en welk deel kost energie?*
3. *Wat zou je over een jaar beter willen kunnen dan nu?*
4. *Wat heb je nodig om dat te leren — van mij, van collega's, van een opleiding?*
5. *Wat spreken we af, en wanneer kijken we terug?*

## Tips voor het gesprek

- **Luister meer dan je praat.** Een goede verhouding is zeventig procent de medewerker, dertig procent jij.
- **Vraag door**: "Hoe bedoel je?", "Kun je een voorbeeld geven?"
- **Koppel salaris los** van dit gesprek, anders praat niemand vrijuit.
- **Doe wat je belooft.** Een afspraak die niet wordt nagekomen, schaadt meer dan geen gesprek.

## Afsprakenformulier

| Wat wil je leren? | Hoe? | Wie helpt? | Wanneer kijken we terug? |
|---|---|---|---|
| | | | |

## Achtergrond

De leidraad is gebaseerd op ervaringen van bedrijven in deze kennisbank, zoals Bakkerij Jansen en Metaalbewerking
Hoekstra. Zie ook het onderzoek naar ontwikkelgesprekken in de logistiek. Meer over loopbaanbegeleiding vind je
bij de [Rijksoverheid](https://www.rijksoverheid.nl/).
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2022,
 null,
 'nl',
 array['ontwikkelgesprekken', 'loopbaan', 'leiderschap'],
 array['INFORMAL'],
 '{}',
 array['leidinggevenden', 'mkb-ondernemers', 'hr-professionals'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-11-04 13:35:00+00',
 '2024-11-04 13:35:00+00',
 0),

('de000028-5eed-4c0d-8e00-000000000028',
 'leerpotentieel-van-een-functie-in-kaart-checklist-werkplekleren-de000028',
 'INSTRUMENT',
 'Leerpotentieel van een functie in kaart: checklist werkplekleren',
 'Een checklist om per functie na te gaan hoeveel er in het werk zelf te leren valt: afwisseling, uitdaging, feedback, contact met collega''s en ruimte voor eigen oplossingen. Met suggesties om het leerpotentieel te vergroten zonder extra cursussen.',
 $md$## Waarom deze checklist?

Niet elk werk is even leerzaam. Wie jarenlang hetzelfde doet, zonder feedback en zonder nieuwe taken, leert
weinig — en wordt kwetsbaar als het werk verandert. Met deze checklist bekijk je per functie het
*leerpotentieel* en zoek je naar kleine aanpassingen.

## De checklist

Scoor per punt: *vaak*, *soms* of *zelden*.

- **Afwisseling**: wisselt de medewerker van taken of werkplek?
- **Uitdaging**: krijgt hij opdrachten die net iets boven zijn niveau liggen?
- **Feedback**: hoort hij hoe zijn werk uitpakt, van klanten of collega's?
- **Samenwerking**: werkt hij met mensen die iets anders kunnen?
- **Autonomie**: mag hij zelf een aanpak kiezen?
- **Probleemoplossing**: lost hij zelf storingen of klachten op?
- **Reflectie**: is er tijd om terug te kijken op werk?

## Van score naar actie

| Weinig... | Probeer... |
|---|---|
| afwisseling | taakroulatie of meelopen op een andere afdeling |
| uitdaging | een klein project of verbeteropdracht |
| feedback | een vast nagesprek na een klus |
| reflectie | een kwartier evaluatie in het weekoverleg |

## Gebruik

Vul de checklist samen met de medewerker in. Het gesprek erover is minstens zo waardevol als de score. Cedefop
heeft meer achtergrond over leren op de werkplek op [cedefop.europa.eu](https://www.cedefop.europa.eu/).
$md$,
 array['Thijs Mulder'],
 'Kenniscentrum Werk & Leren',
 2020,
 null,
 'nl',
 array['werkplekleren', 'strategisch-opleiden', 'duurzame-inzetbaarheid'],
 array['INFORMAL'],
 array['metaal', 'logistiek', 'food'],
 array['hr-professionals', 'leidinggevenden', 'mkb-ondernemers'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-11-18 09:05:00+00',
 '2024-12-11 13:33:00+00',
 1),

('de000029-5eed-4c0d-8e00-000000000029',
 'skillspaspoort-voor-de-installatietechniek-de000029',
 'INSTRUMENT',
 'Skillspaspoort voor de installatietechniek',
 'Een eenvoudig paspoort waarin monteurs vastleggen welke vaardigheden ze beheersen, hoe ze die leerden en wie dat bevestigde. Het maakt informeel geleerd vakmanschap zichtbaar en helpt bij ontwikkelgesprekken en loopbaanstappen.',
 $md$## Het idee

Veel monteurs kunnen meer dan hun diploma zegt. Ze leerden nieuwe technieken op de bus, van collega's of van de
leverancier. Een **skillspaspoort** maakt dat zichtbaar.

## Opbouw van het paspoort

Per vaardigheid een regel met:

- de vaardigheid in gewone woorden, bijvoorbeeld *"warmtepomp lucht-water inregelen"*;
- het niveau: *met hulp*, *zelfstandig*, *kan het anderen leren*;
- hoe het geleerd is: cursus, leverancier, collega, zelf uitgezocht;
- wie het bevestigt: de leidinggevende, een ervaren collega of een opleider;
- datum.

Het paspoort is een spreadsheet of een boekje; een app is niet nodig.

## Gebruik in de praktijk

1. Neem het paspoort mee naar het ontwikkelgesprek.
2. Gebruik het bij de planning: wie kan welke klus zelfstandig doen?
3. Laat monteurs die een vaardigheid "kunnen leren aan anderen" collega's begeleiden.
4. Bij een overstap of EVC-traject is het een goed startpunt.

## Beperkingen

Het paspoort is geen officieel certificaat. Wie formele erkenning zoekt, kan kijken naar EVC of mbo-certificaten.
Het O&O-fonds [OTIB](https://www.otib.nl/) heeft informatie over erkenning in de sector.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2023,
 null,
 'nl',
 array['erkennen-leeruitkomsten', 'loopbaan', 'informeel-leren'],
 array['INFORMAL', 'NON_FORMAL', 'FORMAL'],
 array['installatietechniek'],
 array['werkenden', 'praktijkopleiders', 'hr-professionals'],
 'COMMUNITY',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-12-02 11:50:00+00',
 '2024-12-02 11:50:00+00',
 0),

('de000030-5eed-4c0d-8e00-000000000030',
 'feedbackkaarten-voor-het-teamoverleg-de000030',
 'INSTRUMENT',
 'Feedbackkaarten voor het teamoverleg',
 'Een set van dertig kaarten met vragen en zinsstarters die teams helpen om feedback te geven en te vragen tijdens het werkoverleg. Geschikt voor teams die feedback nog spannend vinden.',
 $md$## Waarom kaarten?

Feedback geven is in veel teams spannend. Mensen willen collega's niet kwetsen, of zijn bang voor de reactie. Een
kaart met een vraag erop haalt de spanning eraf: *de kaart vraagt het, niet ik*.

## De set

Dertig kaarten in drie kleuren:

- **Groen – vragen om feedback**: "Wat zou ik volgende keer anders kunnen doen?"
- **Geel – waardering**: "Ik zag dat jij... en dat hielp omdat..."
- **Rood – lastige feedback**: "Ik merk dat..., het effect op mij is..., zou je..."

## Zo gebruik je ze

1. Begin een werkoverleg met één groene kaart: iedereen trekt er een en stelt die vraag aan een collega.
2. Gebruik gele kaarten een paar weken voordat je met rode begint.
3. Bespreek na afloop kort: hoe was dit?

## Ervaringen

Teams in de zorg en de horeca gebruikten de kaarten een paar maanden. Ze merkten dat feedback daarna ook zonder
kaarten vaker voorkwam. Een teamleider: "De kaarten waren zijwieltjes. Nu fietsen we zelf."

## Afdrukken

De kaarten zijn als printbaar bestand beschikbaar voor leden van de community. Lees ook het boek van Amy
Edmondson in deze kennisbank en de informatie over een gezonde werkcultuur op
[Arboportaal](https://www.arboportaal.nl/).
$md$,
 array['Sanne de Groot'],
 'Leercultuur Hub',
 2018,
 null,
 'nl',
 array['feedback', 'psychologische-veiligheid'],
 array['INFORMAL', 'NON_FORMAL'],
 array['zorg', 'horeca', 'detailhandel'],
 array['werkenden', 'leidinggevenden'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-12-16 15:00:00+00',
 '2024-12-16 15:00:00+00',
 0),

('de000031-5eed-4c0d-8e00-000000000031',
 'strategische-personeelsplanning-in-vijf-stappen-voor-kleine-bedrijven-de000031',
 'INSTRUMENT',
 'Strategische personeelsplanning in vijf stappen voor kleine bedrijven',
 'Een stappenplan waarmee een mkb-bedrijf in een paar bijeenkomsten nagaat welke kennis en vaardigheden het over drie tot vijf jaar nodig heeft, wat er nu is en hoe het verschil met leren en werven wordt overbrugd.',
 $md$## Waarom?

Veel kleine bedrijven merken pas dat kennis ontbreekt als een ervaren medewerker vertrekt. **Strategische
personeelsplanning** klinkt groots, maar kan in een paar middagen.

## Vijf stappen

1. **Koers**: waar staat het bedrijf over drie tot vijf jaar? Welke klanten, producten, technieken?
2. **Benodigde vaardigheden**: wat moeten mensen dan kunnen? Denk ook aan digitale vaardigheden.
3. **Huidige situatie**: wie kan nu wat? Een vaardighedenmatrix helpt. Let op leeftijd en pensioendata.
4. **Het gat**: waar ontbreekt iets? Wat is urgent?
5. **Plan**: wat pakken we op met leren — opleiding, werkplekleren, mentoring — en wat met werving?

## Tips

- Betrek medewerkers bij stap 2 en 3; zij weten vaak beter wat er verandert.
- Houd het plan op één A3 en kijk er elk halfjaar naar.
- Verbind het plan met de ontwikkelgesprekken: wat betekent het voor deze persoon?

## Hulp

O&O-fondsen zoals [OOM](https://www.oom.nl/) en [OTIB](https://www.otib.nl/) bieden adviseurs en instrumenten
voor bedrijven in hun sector.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2016,
 null,
 'nl',
 array['strategisch-opleiden', 'duurzame-inzetbaarheid'],
 array['FORMAL', 'NON_FORMAL'],
 array['metaal', 'bouw', 'installatietechniek'],
 array['mkb-ondernemers', 'hr-professionals'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-01-13 10:25:00+00',
 '2025-01-13 10:25:00+00',
 0),

('de000032-5eed-4c0d-8e00-000000000032',
 'leeragenda-canvas-leren-verbinden-aan-de-koers-van-het-bedrijf-de000032',
 'INSTRUMENT',
 'Leeragenda-canvas: leren verbinden aan de koers van het bedrijf',
 'Een canvas op één A3 waarmee een directie- of teamoverleg een leeragenda voor het komende jaar opstelt. Concept, nog in bewerking door de redactie.',
 $md$## Concept

Het canvas heeft zes vakken:

1. **Koers** – wat willen we komend jaar bereiken?
2. **Wat verandert er in het werk?**
3. **Wat moeten we daarvoor leren?**
4. **Hoe leren we** – in het werk, van elkaar, in opleidingen.
5. **Wie is eigenaar?**
6. **Hoe weten we of het werkt?**

## Hoe te gebruiken

Vul het canvas in met de eigenaar, de leidinggevenden en een paar medewerkers. Begin bij de koers en werk naar
rechts. Eindig bij vak 6: spreek af wanneer je terugkijkt en waaraan je merkt dat het leren iets oplevert. Houd
het canvas zichtbaar, bijvoorbeeld in de kantine, zodat iedereen weet waar het bedrijf in wil groeien en hoe
ieder daaraan kan bijdragen.

## Nog te doen

- voorbeeld invullen met een praktijkbedrijf;
- afstemmen met het instrument voor strategische personeelsplanning;
- printbare versie maken;
- nagaan of het canvas ook werkt voor teams zonder vaste leidinggevende.

Zie voorlopig de [SER](https://www.ser.nl/) voor achtergrond over leven lang ontwikkelen.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2026,
 null,
 'nl',
 array['strategisch-opleiden', 'leiderschap'],
 array['FORMAL', 'NON_FORMAL', 'INFORMAL'],
 '{}',
 array['mkb-ondernemers', 'leidinggevenden'],
 'PUBLIC',
 'DRAFT',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2026-11-20 16:10:00+00',
 '2026-11-20 16:10:00+00',
 0),

('de000033-5eed-4c0d-8e00-000000000033',
 'intervisie-volgens-de-incidentmethode-de000033',
 'INTERVENTION',
 'Intervisie volgens de incidentmethode',
 'Een beproefde werkvorm voor collegiaal leren in groepen van vijf tot acht mensen. Een inbrenger vertelt een concreet incident, de groep stelt vragen, analyseert en adviseert. Geschikt voor zorg, onderwijs en dienstverlening, ook zonder externe begeleider.',
 $md$## Doel

Collega's leren van elkaars ervaringen met lastige situaties, en oefenen tegelijk met vragen stellen en feedback
geven. Intervisie draagt bij aan een cultuur waarin twijfel mag.

## Verloop (ongeveer 75 minuten)

1. **Inbreng** (10 min): een deelnemer vertelt kort een concreet incident waar hij mee zit.
2. **Informatieve vragen** (15 min): de groep vraagt naar feiten. Nog geen adviezen.
3. **Kern** (5 min): de inbrenger formuleert de vraag waar het hem echt om gaat.
4. **Reflectie** (20 min): iedere deelnemer vertelt wat hij zou doen en waarom, vanuit eigen ervaring.
5. **Reactie inbrenger** (10 min): wat neemt hij mee?
6. **Evaluatie** (15 min): wat leerde de groep, hoe ging het proces?

## Rollen

- *Inbrenger* – één per bijeenkomst, bij toerbeurt.
- *Gespreksleider* – bewaakt tijd en stappen; wisselt na een paar keer.
- *Deelnemers* – vragen stellen, luisteren, eigen ervaring delen.

## Voorwaarden

- Vertrouwelijkheid: wat besproken wordt, blijft in de groep.
- Geen leidinggevende van de deelnemers in de groep.
- Vaste frequentie, bijvoorbeeld elke zes weken.

## Effecten

Teams die structureel intervisie doen, melden meer onderling vertrouwen en een lagere drempel om hulp te vragen.
Het praktijkvoorbeeld van Zorgcentrum De Linde laat zien hoe dit in wijkteams werkt. Scholen gebruiken de methode
ook voor docententeams; zie de [Rijksoverheid](https://www.rijksoverheid.nl/) voor informatie over
professionalisering in het onderwijs.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2019,
 null,
 'nl',
 array['intervisie', 'feedback', 'psychologische-veiligheid'],
 array['NON_FORMAL'],
 array['zorg', 'onderwijs'],
 array['werkenden', 'docenten', 'leidinggevenden'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-02-03 09:45:00+00',
 '2025-02-03 09:45:00+00',
 0),

('de000034-5eed-4c0d-8e00-000000000034',
 'leren-voorleven-leiderschapsprogramma-voor-teamleiders-in-het-mkb-de000034',
 'INTERVENTION',
 'Leren voorleven: leiderschapsprogramma voor teamleiders in het mkb',
 'Een programma van vijf bijeenkomsten en werkopdrachten in de eigen praktijk, waarin teamleiders en eigenaren oefenen met het voorleven van leren, het voeren van ontwikkelgesprekken en het creëren van psychologische veiligheid. Ontworpen voor pilots van de Leercultuur Hub.',
 $md$## Waarom dit programma?

Onderzoek en praktijkvoorbeelden in deze kennisbank wijzen steeds in dezelfde richting: de **leidinggevende**
bepaalt of leren op de werkvloer gebeurt. Toch krijgen teamleiders in het mkb zelden ondersteuning bij die rol.

## Opbouw

Vijf bijeenkomsten van een dagdeel, met tussen de bijeenkomsten een opdracht in het eigen bedrijf:

1. **Wat is leercultuur?** – Eigen team scannen met de leercultuurscan.
   *Opdracht:* bespreek de uitkomst met je team.
2. **Zelf leren laten zien** – Hoe praat je over je eigen fouten en leerpunten?
   *Opdracht:* vertel in je team iets wat je onlangs leerde.
3. **Het ontwikkelgesprek** – Oefenen met de gespreksleidraad.
   *Opdracht:* voer drie gesprekken.
4. **Veilig fouten maken** – Reageren op slecht nieuws.
   *Opdracht:* organiseer een evaluatie na een klus.
5. **Borgen** – Wat blijft, en wie helpt?

## Evaluatie

Het programma wordt in pilots getest met een voormeting en nameting van de leercultuur in de teams van de
deelnemers. Resultaten worden in deze kennisbank gedeeld — ook als ze tegenvallen.

## Praktisch

- Groepen van acht tot twaalf deelnemers uit verschillende bedrijven.
- Een deelnemer **leert** het meest als de eigenaar van het bedrijf ook meedoet.

Achtergrond: de [SER/TNO-verkenning naar leercultuur](https://www.ser.nl/) en het boek van Amy Edmondson.
$md$,
 array['Redactie Leercultuur Hub'],
 'LLO-Katalysator',
 2025,
 null,
 'nl',
 array['leiderschap', 'psychologische-veiligheid', 'ontwikkelgesprekken'],
 array['NON_FORMAL', 'INFORMAL'],
 array['bouw', 'metaal', 'food', 'installatietechniek'],
 array['leidinggevenden', 'mkb-ondernemers'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-03-17 14:20:00+00',
 '2025-03-17 14:20:00+00',
 0),

('de000035-5eed-4c0d-8e00-000000000035',
 'reverse-mentoring-jonge-collega-s-leren-ervaren-collega-s-digitale-vaardigheden-de000035',
 'INTERVENTION',
 'Reverse mentoring: jonge collega''s leren ervaren collega''s digitale vaardigheden',
 'Bij reverse mentoring is de jongere medewerker mentor en de ervaren collega leerling, vaak voor digitale vaardigheden. Tegelijk leert de mentor van de vakkennis van de ander. Beschrijving van de opzet, voorwaarden en valkuilen.',
 $md$## Het idee

In klassieke mentoring helpt de ervaren collega de nieuwe. Bij **reverse mentoring** draait dat om: een jonge
collega helpt een ervaren collega met iets waarin de jongere sterker is, meestal digitale toepassingen. Omdat de
koppels elkaar regelmatig spreken, stroomt er ook vakkennis de andere kant op.

## Opzet

- Koppels van een jongere en een ervaren medewerker, bij voorkeur niet uit hetzelfde team.
- Zes tot acht sessies van een uur in drie maanden.
- De ervaren collega kiest zelf de onderwerpen: een app, een planningssysteem, online bestellen.
- Een korte startbijeenkomst over rollen en verwachtingen.

## Voorwaarden voor succes

1. **Vrijwilligheid.** Niemand wordt "aangewezen" als iemand die het niet kan.
2. **Gelijkwaardigheid.** Beide kanten leren; benoem dat expliciet.
3. **Tijd in werktijd.** Anders verwatert het.
4. **Steun van de leiding.** Een directeur die zelf een jonge mentor neemt, geeft een sterk signaal.

## Valkuilen

- De jongere voelt zich ongemakkelijk om een oudere collega "les te geven".
- Onderwerpen worden te groot: houd het bij concrete taken.

## Opbrengst

Organisaties die het proberen, melden dat ervaren medewerkers zelfverzekerder met digitale middelen werken en
dat de generaties elkaar beter begrijpen. Dat draagt bij aan duurzame inzetbaarheid. Informatie over digitale
vaardigheden voor werkenden staat bij de [Rijksoverheid](https://www.rijksoverheid.nl/).
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2021,
 null,
 'nl',
 array['mentoring', 'digitale-vaardigheden', 'duurzame-inzetbaarheid'],
 array['INFORMAL', 'NON_FORMAL'],
 array['techniek', 'detailhandel', 'logistiek'],
 array['werkenden', 'leidinggevenden', 'hr-professionals'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-04-28 10:55:00+00',
 '2025-04-28 10:55:00+00',
 0),

('de000036-5eed-4c0d-8e00-000000000036',
 'de-praktijkopleider-als-leercoach-train-de-trainer-voor-leerbedrijven-de000036',
 'INTERVENTION',
 'De praktijkopleider als leercoach: train-de-trainer voor leerbedrijven',
 'Een training van drie dagdelen voor praktijkopleiders in mkb-leerbedrijven, samen ontwikkeld door ROC Midden en bedrijven uit de regio. Praktijkopleiders leren studenten en nieuwe collega''s begeleiden met vragen in plaats van voordoen alleen.',
 $md$## Aanleiding

Studenten in de beroepspraktijkvorming leren het meest op de werkplek, maar praktijkopleiders in kleine bedrijven
krijgen weinig ondersteuning. Ze zijn vakmensen, geen opleiders. Samen met acht leerbedrijven ontwikkelde ROC
Midden daarom een korte training.

## Inhoud

**Dagdeel 1 – Hoe leert iemand op de werkplek?**
Voordoen, samen doen, laten doen; de rol van fouten; leerdoelen uit de opleiding vertalen naar klussen.

**Dagdeel 2 – Coachend begeleiden**
Open vragen stellen, feedback geven met de *ik-zie-ik-denk-ik-wil*-vorm, reflecteren met de student.

**Dagdeel 3 – Samenwerken met school**
Wat verwacht de school? Hoe verloopt het contact met de docent-begeleider? Wat doe je als het niet loopt?

Tussen de dagdelen passen deelnemers het geleerde toe en nemen ze een voorbeeld mee.

## Ervaringen

- Praktijkopleiders zeggen dat ze rustiger begeleiden en minder "zelf even doen".
- Studenten ervaren meer ruimte om vragen te stellen.
- Contacten tussen docenten en bedrijven zijn intensiever geworden.

## Meedoen

De training wordt per regio georganiseerd. Het is een voorbeeld van hoe onderwijs en werk samen een lerende
werkvloer **ontwikkelen**. Meer over leerbedrijven bij [SBB](https://www.s-bb.nl/).
$md$,
 array['Carla Bos'],
 'ROC Midden',
 2022,
 null,
 'nl',
 array['mentoring', 'onderwijs-arbeidsmarkt', 'werkplekleren'],
 array['NON_FORMAL'],
 array['techniek', 'zorg', 'bouw'],
 array['praktijkopleiders', 'docenten'],
 'COMMUNITY',
 'PUBLISHED',
 '33333333-3333-4333-8333-333333333333',
 'Carla Bos',
 '33333333-3333-4333-8333-333333333333',
 'Carla Bos',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-05-12 11:15:00+00',
 '2025-05-15 16:15:00+00',
 1),

('de000037-5eed-4c0d-8e00-000000000037',
 'loopbaancheck-voor-werkenden-van-45-jaar-en-ouder-de000037',
 'INTERVENTION',
 'Loopbaancheck voor werkenden van 45 jaar en ouder',
 'Een traject van twee tot drie gesprekken met een loopbaanadviseur voor werkenden vanaf 45 jaar, gericht op werkplezier, inzetbaarheid en leerwensen. Gearchiveerd omdat de landelijke regeling die het traject financierde is afgelopen.',
 $md$## Wat was het?

Werkenden van 45 jaar en ouder konden enkele jaren gratis een **ontwikkeladvies** krijgen: twee tot drie
gesprekken met een loopbaanadviseur over hun werk, hun ambities en de vraag hoe ze gezond hun pensioen halen.
Deze kennisbankpagina beschreef hoe mkb-bedrijven dat traject inzetten.

## Verloop van het traject

1. **Startgesprek** – Hoe staat het met werkplezier, gezondheid en vaardigheden?
2. **Verkenning** – Wat wil en kan de werkende nog leren? Welke richting past?
3. **Adviesrapport** – Concrete stappen, zoals een cursus, een andere rol of meer afwisseling.

## Ervaringen van werkgevers

- Medewerkers kwamen vaak met verrassende wensen, zoals het begeleiden van jonge collega's.
- Het gesprek was het meest effectief als de werkgever daarna ook ruimte gaf voor de stappen.
- Sommige medewerkers vreesden dat de werkgever het advies zou gebruiken om afscheid te nemen; vertrouwelijkheid
  was daarom belangrijk.

## Status

De regeling is beëindigd. Bekijk de actuele mogelijkheden bij de [Rijksoverheid](https://www.rijksoverheid.nl/)
of bij het O&O-fonds van de sector.
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2019,
 'https://www.rijksoverheid.nl/',
 'nl',
 array['loopbaan', 'duurzame-inzetbaarheid', 'motivatie'],
 array['NON_FORMAL'],
 array['bouw', 'zorg', 'metaal'],
 array['werkenden', 'hr-professionals'],
 'PUBLIC',
 'ARCHIVED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-09-23 13:00:00+00',
 '2025-10-28 16:00:00+00',
 1),

('de000038-5eed-4c0d-8e00-000000000038',
 'teamleerbudget-samen-bepalen-waarin-we-ons-ontwikkelen-de000038',
 'INTERVENTION',
 'Teamleerbudget: samen bepalen waarin we ons ontwikkelen',
 'In plaats van individuele budgetten krijgt een team een gezamenlijk leerbudget en bepaalt het zelf welke kennis het binnenhaalt. Wij proberen dit uit in onze bakkerij en willen het graag delen.',
 $md$## Het idee

Individuele leerbudgetten werden bij ons nauwelijks gebruikt. Daarom geven we dit jaar het hele team één budget.
Het team beslist samen waaraan het wordt besteed.

## Hoe we het doen

- Het team (bakkerij en winkel) komt twee keer per jaar bij elkaar.
- Iedereen mag een voorstel doen: een cursus, een bezoek aan een andere bakkerij, een vakbeurs, een workshop.
- Voorwaarde: wie gaat, deelt daarna wat hij geleerd heeft met de rest.
- Het team kiest de voorstellen die het meest opleveren voor het bedrijf én voor de mensen.

## Eerste ervaringen

- Het eerste voorstel kwam van een winkelmedewerker: een bezoek aan een bakkerij die met minder
  voedselverspilling werkt. Vier collega's gingen mee.
- Na het bezoek hebben we onze bestellijsten aangepast.
- Medewerkers die nooit iets aanvroegen, doen nu mee.

## Vragen die we nog hebben

1. Hoe zorgen we dat ook stille collega's voorstellen doen?
2. Hoe combineren we dit met verplichte scholing, zoals hygiëne?

We horen graag hoe andere bedrijven dit doen. Voor opleidingsregelingen kun je ook kijken bij de
[Rijksoverheid](https://www.rijksoverheid.nl/).
$md$,
 array['Bram Jansen'],
 'Bakkerij Jansen B.V.',
 2026,
 null,
 'nl',
 array['leerbudget', 'kennisdeling', 'motivatie'],
 array['NON_FORMAL', 'FORMAL'],
 array['food', 'detailhandel'],
 array['mkb-ondernemers', 'werkenden'],
 'COMMUNITY',
 'IN_REVIEW',
 '22222222-2222-4222-8222-222222222222',
 'Bram Jansen',
 '22222222-2222-4222-8222-222222222222',
 'Bram Jansen',
 '22222222-2222-4222-8222-222222222222',
 'Bram Jansen',
 '2026-11-16 20:15:00+00',
 '2026-11-16 20:15:00+00',
 0),

('de000039-5eed-4c0d-8e00-000000000039',
 'verslag-expeditie-leercultuur-2025-een-dag-vol-voorbeelden-uit-het-mkb-de000039',
 'EVENT_REPORT',
 'Verslag Expeditie Leercultuur 2025: een dag vol voorbeelden uit het mkb',
 'Verslag van de demodag Expeditie Leercultuur van de LLO-Katalysator. Ondernemers, O&O-fondsen, scholen en beleidsmakers deelden wat werkt om leren op de werkvloer gewoon te maken — en wat niet. Met de belangrijkste lessen uit de werksessies.',
 $md$## De dag in het kort

Deelnemers uit het hele land kwamen naar de *Expeditie Leercultuur*: ondernemers uit het mkb, mensen van
brancheorganisaties en O&O-fondsen, docenten en bestuurders uit het mbo en hbo, en beleidsmakers. Het doel: van
elkaar leren hoe je een leercultuur op de werkvloer stimuleert.

## Wat er gebeurde

- **Opening** met de vraag: "Wanneer leerde u voor het laatst iets op uw werk?" Bijna niemand noemde een cursus.
- **Demo's** van zes bedrijven die een interventie uitprobeerden, van een foutenlunch in de bouw tot taalcoaches
  in de glastuinbouw.
- **Werksessies** over leiderschap, samenwerking tussen onderwijs en werk, en het meten van leercultuur.
- **Ideeënmuur**: deelnemers schreven ideeën voor de LLO-Katalysator op.

## Belangrijkste lessen

1. *Begin klein en maak het een gewoonte.* Een vast moment werkt beter dan een groot programma.
2. *De eigenaar of teamleider maakt het verschil.* Wie zelf leert, nodigt anderen uit.
3. *Onderwijs kan meer betekenen* als het naar het bedrijf toe komt, bijvoorbeeld met hybride docenten.
4. *Meet wat je doet.* Bedrijven willen weten of het werkt; een voor- en nameting helpt.
5. *Deel ook wat mislukte.* De sessie "wat niet werkte" was de drukst bezochte.

## Vervolg

De ideeën van de dag zijn opgenomen in de plannen voor pilots. Verslagen van de werksessies staan in de
community. Meer over leven lang ontwikkelen op [rijksoverheid.nl](https://www.rijksoverheid.nl/).
$md$,
 array['Redactie Leercultuur Hub'],
 'LLO-Katalysator',
 2025,
 null,
 'nl',
 array['kennisdeling', 'onderwijs-arbeidsmarkt', 'leiderschap'],
 array['NON_FORMAL', 'INFORMAL'],
 array['bouw', 'zorg', 'techniek', 'food'],
 array['mkb-ondernemers', 'docenten', 'beleidsmakers', 'hr-professionals'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-11-24 17:30:00+00',
 '2025-11-24 17:30:00+00',
 0),

('de000040-5eed-4c0d-8e00-000000000040',
 'terugblik-webinar-psychologische-veiligheid-in-kleine-teams-de000040',
 'EVENT_REPORT',
 'Terugblik webinar: psychologische veiligheid in kleine teams',
 'Verslag van een webinar over psychologische veiligheid voor leidinggevenden in het mkb. Een onderzoeker, een teamleider uit de zorg en een installateur vertelden hoe je een team bouwt waarin mensen vragen durven stellen en fouten durven melden.',
 $md$## Over het webinar

Ruim tweehonderd mensen keken live naar dit webinar van een uur. Drie sprekers belichtten psychologische
veiligheid vanuit onderzoek en praktijk.

## De sprekers

- **Een onderzoeker** lichtte het begrip toe: het gedeelde vertrouwen dat je in een team risico kunt nemen —
  een vraag stellen, een fout toegeven — zonder afgestraft te worden. Het is *geen* synoniem voor aardig doen
  of alles goedvinden.
- **Een teamleider uit de thuiszorg** vertelde hoe intervisie haar team hielp om twijfels te bespreken.
- **Een installateur** vertelde hoe hij zijn monteurs vraagt om elke week één ding te noemen dat misging.

## Vijf tips uit het webinar

1. Reageer op een gemelde fout met *"Goed dat je het zegt"*, en pas daarna met vragen.
2. Stel zelf vragen waarop je het antwoord niet weet.
3. Nodig stille teamleden actief uit.
4. Bespreek na een klus wat er beter kon, ook als het goed ging.
5. Wees consistent: één boze reactie maakt maanden werk ongedaan.

## Vragen uit de chat

*"Werkt dit ook als je team vooral uit zzp'ers bestaat?"* — Ja, zei de installateur, maar je moet ze dan ook
echt uitnodigen voor het overleg.

## Verder lezen

Het boek van Amy Edmondson en het praktijkvoorbeeld van de foutenlunch staan in deze kennisbank. Meer over
psychosociale arbeidsbelasting op [Arboportaal](https://www.arboportaal.nl/).
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2024,
 null,
 'nl',
 array['psychologische-veiligheid', 'leiderschap', 'feedback'],
 array['NON_FORMAL'],
 array['zorg', 'installatietechniek'],
 array['leidinggevenden', 'mkb-ondernemers'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2024-12-09 16:40:00+00',
 '2025-01-01 21:20:00+00',
 1),

('de000041-5eed-4c0d-8e00-000000000041',
 'rondetafel-o-o-fondsen-en-mbo-samen-leren-organiseren-voor-het-mkb-de000041',
 'EVENT_REPORT',
 'Rondetafel O&O-fondsen en mbo: samen leren organiseren voor het mkb',
 'Verslag van een rondetafelgesprek tussen O&O-fondsen uit metaal, installatietechniek en logistiek en drie mbo-instellingen. Centrale vraag: hoe bereiken we kleine bedrijven die nu geen gebruik maken van scholingsregelingen?',
 $md$## Waarom deze rondetafel?

O&O-fondsen hebben regelingen en adviseurs, het mbo heeft opleidingen — toch maken veel kleine bedrijven van geen
van beide gebruik. ROC Midden nodigde vertegenwoordigers van O&O-fondsen uit metaal, installatietechniek en
logistiek uit om daarover te praten, samen met twee andere mbo-instellingen.

## Wat we hoorden

- **Onbekend maakt onbemind.** Veel ondernemers weten niet welke regelingen er zijn, of vinden de aanvraag te
  ingewikkeld.
- **Het aanbod past niet altijd.** Opleidingen zijn te lang of vallen op de verkeerde momenten.
- **Vertrouwen via de branche.** Ondernemers luisteren eerder naar een collega-ondernemer of de
  brancheorganisatie dan naar een school.
- **Leren in het werk telt nog te weinig mee** in regelingen.

## Afspraken

1. Gezamenlijke bedrijfsbezoeken van een fondsadviseur en een docent.
2. Kortere, modulaire opleidingen in de avond of op locatie.
3. Een gezamenlijke pilot waarin mkb-bedrijven een leerbudget combineren met begeleiding vanuit school.

## Vervolg

De uitkomsten zijn gedeeld met de LLO-Katalysator en worden meegenomen in de pilots. Informatie over de fondsen:
[OOM](https://www.oom.nl/), [OTIB](https://www.otib.nl/) en [SOOB](https://www.soob.nl/).
$md$,
 array['Carla Bos'],
 'ROC Midden',
 2023,
 null,
 'nl',
 array['leerbudget', 'onderwijs-arbeidsmarkt', 'strategisch-opleiden'],
 array['FORMAL', 'NON_FORMAL'],
 array['metaal', 'installatietechniek', 'logistiek'],
 array['beleidsmakers', 'docenten', 'hr-professionals'],
 'PUBLIC',
 'PUBLISHED',
 '33333333-3333-4333-8333-333333333333',
 'Carla Bos',
 '33333333-3333-4333-8333-333333333333',
 'Carla Bos',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2025-02-24 12:05:00+00',
 '2025-02-27 17:05:00+00',
 1),

('de000042-5eed-4c0d-8e00-000000000042',
 'werkbezoek-bij-een-lerend-metaalbedrijf-wat-we-zagen-en-hoorden-de000042',
 'EVENT_REPORT',
 'Werkbezoek bij een lerend metaalbedrijf: wat we zagen en hoorden',
 'Verslag van een werkbezoek van de community aan een metaalbedrijf dat leren in het werk organiseert met taakroulatie, een vaardighedenmatrix en een leerbudget. Deelnemers zagen hoe een bedrijf dat zichzelf lerend noemt, dat dagelijks waarmaakt.',
 $md$## Het bezoek

Vijftien leden van de community bezochten een middag een metaalbedrijf met zestig medewerkers. Het bedrijf
werkte eerder mee aan het praktijkvoorbeeld over leerbudgetten en wilde laten zien hoe het daarna verderging.

## Wat we zagen

- **Een vaardighedenmatrix** op een groot scherm in de werkplaats: per medewerker welke machines hij zelfstandig
  bedient en welke hij aan anderen kan leren.
- **Taakroulatie**: elke medewerker werkt minstens twee maanden per jaar op een andere machine of afdeling.
- **Een leerhoek** met tablets, tekeningen en proefstukken, waar medewerkers tijdens rustige uren oefenen.
- **Een wekelijkse startsessie** waarin het team bespreekt wat er de vorige week misging en wat iedereen
  daarvan leert.

## Wat we hoorden

De directeur: *"We zijn niet begonnen met een plan. We zijn begonnen met één vraag: wie kan wat?"* Een lasser
vertelde dat hij door de roulatie nu ook programmeert: "Ik had nooit gedacht dat ik dat zou leren."

## Vragen van deelnemers

- *Kost roulatie geen productie?* — In het begin wel, maar minder uitval en flexibeler plannen maken het goed.
- *Hoe houd je de matrix actueel?* — Teamleiders werken hem maandelijks bij, samen met de medewerkers.

## Tot slot

Het bezoek liet zien dat een lerende organisatie geen groot budget nodig heeft, wel volharding. Meer informatie
over leren in de metaal bij [OOM](https://www.oom.nl/).
$md$,
 array['Redactie Leercultuur Hub'],
 'Leercultuur Hub',
 2026,
 null,
 'nl',
 array['werkplekleren', 'leerbudget', 'duurzame-inzetbaarheid', 'kennisdeling'],
 array['INFORMAL', 'FORMAL'],
 array['metaal'],
 array['mkb-ondernemers', 'hr-professionals', 'leidinggevenden'],
 'PUBLIC',
 'PUBLISHED',
 null,
 null,
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '11111111-1111-4111-8111-111111111111',
 'Anna de Vries',
 '2026-05-26 15:20:00+00',
 '2026-05-26 15:20:00+00',
 0)
on conflict (id) do nothing;

-- the workflow history of every demo item: one row per status transition
insert into knowledge_item_status_change (id, item_id, from_status, to_status, comment, actor_subject, actor_name, at)
values
('de5c0001-5eed-4c0d-8e00-000000010001', 'de000001-5eed-4c0d-8e00-000000000001', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-02-12 09:14:00+00'),
('de5c0002-5eed-4c0d-8e00-000000020001', 'de000002-5eed-4c0d-8e00-000000000002', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-02-20 10:30:00+00'),
('de5c0003-5eed-4c0d-8e00-000000030001', 'de000003-5eed-4c0d-8e00-000000000003', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-03-04 14:05:00+00'),
('de5c0004-5eed-4c0d-8e00-000000040001', 'de000004-5eed-4c0d-8e00-000000000004', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-03-11 11:40:00+00'),
('de5c0004-5eed-4c0d-8e00-000000040002', 'de000004-5eed-4c0d-8e00-000000000004', 'PUBLISHED', 'ARCHIVED', 'Gearchiveerd: de cijfers zijn verouderd; nieuwere Europese gegevens zijn beschikbaar.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-04-15 14:40:00+00'),
('de5c0005-5eed-4c0d-8e00-000000050001', 'de000005-5eed-4c0d-8e00-000000000005', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-04-02 08:55:00+00'),
('de5c0006-5eed-4c0d-8e00-000000060001', 'de000006-5eed-4c0d-8e00-000000000006', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-04-15 16:20:00+00'),
('de5c0007-5eed-4c0d-8e00-000000070001', 'de000007-5eed-4c0d-8e00-000000000007', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-01-21 13:10:00+00'),
('de5c0008-5eed-4c0d-8e00-000000080001', 'de000008-5eed-4c0d-8e00-000000000008', null, 'IN_REVIEW', 'Voorstel ingediend.', '33333333-3333-4333-8333-333333333333', 'Carla Bos', '2026-10-28 10:02:00+00'),
('de5c0009-5eed-4c0d-8e00-000000090001', 'de000009-5eed-4c0d-8e00-000000000009', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-05-06 09:00:00+00'),
('de5c0010-5eed-4c0d-8e00-000000100001', 'de000010-5eed-4c0d-8e00-000000000010', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-05-14 15:45:00+00'),
('de5c0011-5eed-4c0d-8e00-000000110001', 'de000011-5eed-4c0d-8e00-000000000011', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-06-03 11:25:00+00'),
('de5c0012-5eed-4c0d-8e00-000000120001', 'de000012-5eed-4c0d-8e00-000000000012', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-06-17 10:10:00+00'),
('de5c0013-5eed-4c0d-8e00-000000130001', 'de000013-5eed-4c0d-8e00-000000000013', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2026-03-09 09:30:00+00'),
('de5c0014-5eed-4c0d-8e00-000000140001', 'de000014-5eed-4c0d-8e00-000000000014', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-09-15 14:00:00+00'),
('de5c0015-5eed-4c0d-8e00-000000150001', 'de000015-5eed-4c0d-8e00-000000000015', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-07-01 08:30:00+00'),
('de5c0016-5eed-4c0d-8e00-000000160001', 'de000016-5eed-4c0d-8e00-000000000016', null, 'IN_REVIEW', 'Voorstel ingediend.', '22222222-2222-4222-8222-222222222222', 'Bram Jansen', '2026-11-02 06:45:00+00'),
('de5c0017-5eed-4c0d-8e00-000000170001', 'de000017-5eed-4c0d-8e00-000000000017', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-07-15 12:00:00+00'),
('de5c0018-5eed-4c0d-8e00-000000180001', 'de000018-5eed-4c0d-8e00-000000000018', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-08-05 10:40:00+00'),
('de5c0019-5eed-4c0d-8e00-000000190001', 'de000019-5eed-4c0d-8e00-000000000019', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-08-26 07:50:00+00'),
('de5c0020-5eed-4c0d-8e00-000000200001', 'de000020-5eed-4c0d-8e00-000000000020', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-09-09 15:15:00+00'),
('de5c0021-5eed-4c0d-8e00-000000210001', 'de000021-5eed-4c0d-8e00-000000000021', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-10-07 12:30:00+00'),
('de5c0022-5eed-4c0d-8e00-000000220001', 'de000022-5eed-4c0d-8e00-000000000022', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-04-14 09:20:00+00'),
('de5c0023-5eed-4c0d-8e00-000000230001', 'de000023-5eed-4c0d-8e00-000000000023', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-06-02 16:45:00+00'),
('de5c0024-5eed-4c0d-8e00-000000240001', 'de000024-5eed-4c0d-8e00-000000000024', null, 'IN_REVIEW', 'Voorstel ingediend.', '33333333-3333-4333-8333-333333333333', 'Carla Bos', '2026-10-12 14:30:00+00'),
('de5c0025-5eed-4c0d-8e00-000000250001', 'de000025-5eed-4c0d-8e00-000000000025', null, 'IN_REVIEW', 'Voorstel ingediend.', '22222222-2222-4222-8222-222222222222', 'Bram Jansen', '2026-06-18 07:10:00+00'),
('de5c0025-5eed-4c0d-8e00-000000250002', 'de000025-5eed-4c0d-8e00-000000000025', 'IN_REVIEW', 'DRAFT', 'Mooi voorbeeld! Kun je aanvullen wat de aanpak na een paar maanden heeft opgeleverd, en hoe je tijd vrijmaakt voor de begeleiding? Dan publiceren we hem graag.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2026-06-22 09:10:00+00'),
('de5c0026-5eed-4c0d-8e00-000000260001', 'de000026-5eed-4c0d-8e00-000000000026', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-10-21 10:00:00+00'),
('de5c0027-5eed-4c0d-8e00-000000270001', 'de000027-5eed-4c0d-8e00-000000000027', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-11-04 13:35:00+00'),
('de5c0028-5eed-4c0d-8e00-000000280001', 'de000028-5eed-4c0d-8e00-000000000028', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-11-18 09:05:00+00'),
('de5c0029-5eed-4c0d-8e00-000000290001', 'de000029-5eed-4c0d-8e00-000000000029', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-12-02 11:50:00+00'),
('de5c0030-5eed-4c0d-8e00-000000300001', 'de000030-5eed-4c0d-8e00-000000000030', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-12-16 15:00:00+00'),
('de5c0031-5eed-4c0d-8e00-000000310001', 'de000031-5eed-4c0d-8e00-000000000031', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-01-13 10:25:00+00'),
('de5c0032-5eed-4c0d-8e00-000000320001', 'de000032-5eed-4c0d-8e00-000000000032', null, 'DRAFT', 'Concept aangemaakt door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2026-11-20 16:10:00+00'),
('de5c0033-5eed-4c0d-8e00-000000330001', 'de000033-5eed-4c0d-8e00-000000000033', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-02-03 09:45:00+00'),
('de5c0034-5eed-4c0d-8e00-000000340001', 'de000034-5eed-4c0d-8e00-000000000034', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-03-17 14:20:00+00'),
('de5c0035-5eed-4c0d-8e00-000000350001', 'de000035-5eed-4c0d-8e00-000000000035', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-04-28 10:55:00+00'),
('de5c0036-5eed-4c0d-8e00-000000360001', 'de000036-5eed-4c0d-8e00-000000000036', null, 'IN_REVIEW', 'Voorstel ingediend.', '33333333-3333-4333-8333-333333333333', 'Carla Bos', '2025-05-12 11:15:00+00'),
('de5c0036-5eed-4c0d-8e00-000000360002', 'de000036-5eed-4c0d-8e00-000000000036', 'IN_REVIEW', 'PUBLISHED', 'Beoordeeld en gepubliceerd. Dank voor de bijdrage!', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-05-15 16:15:00+00'),
('de5c0037-5eed-4c0d-8e00-000000370001', 'de000037-5eed-4c0d-8e00-000000000037', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-09-23 13:00:00+00'),
('de5c0037-5eed-4c0d-8e00-000000370002', 'de000037-5eed-4c0d-8e00-000000000037', 'PUBLISHED', 'ARCHIVED', 'Gearchiveerd: de subsidieregeling voor ontwikkeladvies is beëindigd. De aanpak zelf blijft bruikbaar; zie de nieuwere items over loopbaan.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-10-28 16:00:00+00'),
('de5c0038-5eed-4c0d-8e00-000000380001', 'de000038-5eed-4c0d-8e00-000000000038', null, 'IN_REVIEW', 'Voorstel ingediend.', '22222222-2222-4222-8222-222222222222', 'Bram Jansen', '2026-11-16 20:15:00+00'),
('de5c0039-5eed-4c0d-8e00-000000390001', 'de000039-5eed-4c0d-8e00-000000000039', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-11-24 17:30:00+00'),
('de5c0040-5eed-4c0d-8e00-000000400001', 'de000040-5eed-4c0d-8e00-000000000040', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2024-12-09 16:40:00+00'),
('de5c0041-5eed-4c0d-8e00-000000410001', 'de000041-5eed-4c0d-8e00-000000000041', null, 'IN_REVIEW', 'Voorstel ingediend.', '33333333-3333-4333-8333-333333333333', 'Carla Bos', '2025-02-24 12:05:00+00'),
('de5c0041-5eed-4c0d-8e00-000000410002', 'de000041-5eed-4c0d-8e00-000000000041', 'IN_REVIEW', 'PUBLISHED', 'Beoordeeld en gepubliceerd. Dank voor de bijdrage!', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2025-02-27 17:05:00+00'),
('de5c0042-5eed-4c0d-8e00-000000420001', 'de000042-5eed-4c0d-8e00-000000000042', null, 'PUBLISHED', 'Aangemaakt en gepubliceerd door de redactie.', '11111111-1111-4111-8111-111111111111', 'Anna de Vries', '2026-05-26 15:20:00+00')
on conflict (id) do nothing;

end
$demo$;
