-- The Hub's own learning-culture questionnaire (version 1), written by the programme team in plain Dutch (B1) with an
-- English version; no items are copied from other questionnaires. Its six dimensions come from the two definitions of
-- learning culture in the programme plan (building block 4): knowledge is brought in, shared and applied (Vos et al.),
-- and learning is part of daily work, with feedback, safety and leadership that supports it. Three or four items each,
-- some reverse-scored (agreeing with them is a sign of a weaker learning culture). Answers: 1 (helemaal mee oneens) to
-- 5 (helemaal mee eens), or "weet ik niet". The readability of every Dutch item is tested (InstrumentReadabilityTest).
insert into instrument (id, code, version_number, name_nl, name_en, description_nl, description_en, created_by_name)
values ('1c000000-0000-4000-8000-000000000001', 'leercultuur', 1, 'Leercultuurscan', 'Learning culture scan',
        'Negentien korte vragen over leren op het werk: halen we kennis binnen, delen we die, passen we die toe, leren we in het dagelijks werk, is er ruimte voor feedback en fouten, en steunt de leiding het leren?',
        'Nineteen short questions about learning at work: do we bring knowledge in, share it and apply it, do we learn in daily work, is there room for feedback and mistakes, and does leadership support learning?',
        'Programmateam Leercultuur');

insert into instrument_dimension (instrument_id, code, position, label_nl, label_en) values
 ('1c000000-0000-4000-8000-000000000001', 'kennis-halen',        1, 'Kennis van buiten halen',     'Bringing knowledge in'),
 ('1c000000-0000-4000-8000-000000000001', 'kennis-delen',        2, 'Kennis delen',                'Sharing knowledge'),
 ('1c000000-0000-4000-8000-000000000001', 'kennis-toepassen',    3, 'Kennis toepassen in het werk', 'Applying knowledge in the work'),
 ('1c000000-0000-4000-8000-000000000001', 'leren-in-werk',       4, 'Leren in het dagelijks werk', 'Learning in daily work'),
 ('1c000000-0000-4000-8000-000000000001', 'feedback-veiligheid', 5, 'Feedback en veiligheid',      'Feedback and psychological safety'),
 ('1c000000-0000-4000-8000-000000000001', 'leiding',             6, 'Leiding die leren steunt',    'Leadership that supports learning');

insert into instrument_item (instrument_id, code, dimension_code, position, text_nl, text_en, reverse_scored) values
 ('1c000000-0000-4000-8000-000000000001', 'kh1', 'kennis-halen', 1,
  'We halen nieuwe kennis en ideeën van buiten ons bedrijf.', 'We bring in new knowledge and ideas from outside our company.', false),
 ('1c000000-0000-4000-8000-000000000001', 'kh2', 'kennis-halen', 2,
  'Als ik een cursus nodig heb, kan ik die volgen.', 'If I need a course, I can take it.', false),
 ('1c000000-0000-4000-8000-000000000001', 'kh3', 'kennis-halen', 3,
  'We leren ook van klanten en van andere bedrijven.', 'We also learn from customers and from other companies.', false),
 ('1c000000-0000-4000-8000-000000000001', 'kd1', 'kennis-delen', 4,
  'Wie iets nieuws leert, vertelt dat aan de anderen.', 'Whoever learns something new tells the others.', false),
 ('1c000000-0000-4000-8000-000000000001', 'kd2', 'kennis-delen', 5,
  'Als ik iets niet weet, vraag ik het makkelijk aan een collega.', 'If I do not know something, I find it easy to ask a colleague.', false),
 ('1c000000-0000-4000-8000-000000000001', 'kd3', 'kennis-delen', 6,
  'Kennis blijft hier vaak bij één persoon.', 'Knowledge here often stays with one person.', true),
 ('1c000000-0000-4000-8000-000000000001', 'kt1', 'kennis-toepassen', 7,
  'Wat ik leer, kan ik echt gebruiken in mijn werk.', 'What I learn, I can really use in my work.', false),
 ('1c000000-0000-4000-8000-000000000001', 'kt2', 'kennis-toepassen', 8,
  'We proberen vaak een nieuwe manier van werken uit.', 'We often try out a new way of working.', false),
 ('1c000000-0000-4000-8000-000000000001', 'kt3', 'kennis-toepassen', 9,
  'Na een cursus gaat alles weer zoals het altijd ging.', 'After a course, everything goes back to the way it always was.', true),
 ('1c000000-0000-4000-8000-000000000001', 'lw1', 'leren-in-werk', 10,
  'In mijn werk leer ik elke week iets nieuws.', 'In my work I learn something new every week.', false),
 ('1c000000-0000-4000-8000-000000000001', 'lw2', 'leren-in-werk', 11,
  'We nemen tijd om samen terug te kijken op het werk.', 'We take time to look back on the work together.', false),
 ('1c000000-0000-4000-8000-000000000001', 'lw3', 'leren-in-werk', 12,
  'Het is te druk om tijdens het werk iets te leren.', 'It is too busy to learn anything during work.', true),
 ('1c000000-0000-4000-8000-000000000001', 'fv1', 'feedback-veiligheid', 13,
  'Ik krijg tips over hoe ik mijn werk beter kan doen.', 'I get tips on how I can do my work better.', false),
 ('1c000000-0000-4000-8000-000000000001', 'fv2', 'feedback-veiligheid', 14,
  'Ik durf een fout te melden zonder bang te zijn.', 'I dare to report a mistake without being afraid.', false),
 ('1c000000-0000-4000-8000-000000000001', 'fv3', 'feedback-veiligheid', 15,
  'Wie hier een domme vraag stelt, wordt uitgelachen.', 'Whoever asks a silly question here is laughed at.', true),
 ('1c000000-0000-4000-8000-000000000001', 'fv4', 'feedback-veiligheid', 16,
  'Ik zeg wat ik vind, ook als mijn baas het anders ziet.', 'I say what I think, even if my boss sees it differently.', false),
 ('1c000000-0000-4000-8000-000000000001', 'ld1', 'leiding', 17,
  'Mijn leidinggevende praat met mij over wat ik wil leren.', 'My manager talks with me about what I want to learn.', false),
 ('1c000000-0000-4000-8000-000000000001', 'ld2', 'leiding', 18,
  'Mijn leidinggevende geeft zelf het goede voorbeeld met leren.', 'My manager sets a good example in learning.', false),
 ('1c000000-0000-4000-8000-000000000001', 'ld3', 'leiding', 19,
  'Voor mijn leidinggevende gaat het werk altijd voor het leren.', 'For my manager, the work always comes before learning.', true);
