import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, uniqueWord } from './support';

const ITEMS = 19;

/** An anonymous employee answers the survey on a phone (a fresh browser: no account, no marker). */
async function respond(browser: Browser, link: string, score: 'Mee oneens' | 'Neutraal' | 'Mee eens' | 'Helemaal mee eens', check = false) {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const groups = page.getByRole('radiogroup').or(page.locator('fieldset:has(input[type=radio])'));
  await expect(groups).toHaveCount(ITEMS);
  for (let i = 0; i < ITEMS; i++) {
    await groups.nth(i).getByRole('radio', { name: score, exact: true }).check();
  }
  if (check) {
    await expect(page.getByRole('progressbar').or(page.locator('progress'))).toHaveAttribute('value', String(ITEMS));
    await expectNoAxeViolations(page, 'the survey (phone)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the survey fits the phone').toBeLessThanOrEqual(0);
  }
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt!' })).toBeVisible();
  await context.close();
}

/** Staff open a wave on the pilot's page; returns the survey link. */
async function openWave(page: Page, wave: 'Nulmeting' | 'Vervolgmeting', label: string): Promise<string> {
  const section = page.getByRole('region', { name: 'Metingen' });
  await section.getByRole('button', { name: 'Nieuwe meting' }).click();
  const form = section.getByRole('form', { name: 'Nieuwe meting' });
  await form.getByRole('combobox', { name: 'Soort meting' }).selectOption({ label: wave });
  await form.getByRole('textbox', { name: 'Naam van de meting' }).fill(label);
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel('Open vanaf').fill(today);
  await form.getByLabel('Open tot en met').fill(later);
  await form.getByRole('button', { name: 'Meting openen' }).click();
  await expect(section.getByText(`De meting ${label} staat klaar.`)).toBeVisible();
  const wave_ = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(label) }) });
  return (await wave_.getByRole('link', { name: /\/vragenlijst\// }).getAttribute('href'))!;
}

async function closeWave(page: Page, label: string) {
  const wave = page.getByRole('region', { name: 'Metingen' }).getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: new RegExp(label) }) });
  await wave.getByRole('button', { name: 'Meting sluiten' }).click();
  await expect(wave.getByText(/^Gesloten/)).toBeVisible();
}

// Issue 9: a baseline, six anonymous answers on phones, results for the partners, a follow-up, the evaluation written,
// decided and published, and a visitor who finds it in "what works" and in the knowledge bank.
test('staff measure a pilot before and after, decide and publish; a visitor finds it in what works and the knowledge bank', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const title = `Werkplekleren in de drukkerij ${uniqueWord()}`;
  await page.goto('/pilots');
  await signIn(page, 'staff', 'staff');
  // a pilot of ROC Midden (partner2's school) as executing organisation
  await page.getByRole('link', { name: 'Nieuwe pilot' }).click();
  await page.getByRole('textbox', { name: 'Titel' }).fill(title);
  await page.getByRole('combobox', { name: 'Soort interventie' }).selectOption({ label: 'Leren op de werkplek' });
  await page.getByRole('textbox', { name: 'De interventie' }).fill('Studenten en medewerkers rouleren samen langs drie afdelingen.');
  await page.getByRole('textbox', { name: 'Doel', exact: true }).fill('Breder inzetbare medewerkers die van elkaar leren.');
  await page.getByRole('combobox', { name: 'Organisatie 1', exact: true }).selectOption({ label: 'ROC Midden' });
  await page.getByRole('button', { name: 'Pilot registreren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  for (const status of ['In voorbereiding', 'Loopt']) {
    await page.getByRole('button', { name: `Naar ${status}` }).click();
    await expect(page.getByText(`De pilot staat nu op ${status}.`)).toBeVisible();
  }
  const pilotPath = new URL(page.url()).pathname;

  const baseline = await openWave(page, 'Nulmeting', 'Nulmeting najaar');
  await expect(page.getByRole('img', { name: 'QR-code met de link naar Nulmeting najaar' })).toBeVisible();
  await expectNoAxeViolations(page, 'a pilot with its measurements (staff)');
  for (let i = 0; i < 6; i++) {
    await respond(browser, baseline, i % 2 ? 'Neutraal' : 'Mee oneens', i === 0);
  }
  // the same browser cannot answer twice; an unknown link is refused
  await page.reload();
  await expect(page.getByText('6 van hoogstens 60 hebben geantwoord')).toBeVisible();
  await closeWave(page, 'Nulmeting najaar');

  // results for the partners of the pilot
  const partner = await browser.newContext();
  const school = await partner.newPage();
  await school.goto(pilotPath);
  await signIn(school, 'partner2', 'partner2');
  await school.getByRole('region', { name: 'Metingen' }).getByRole('button', { name: 'Resultaten' }).click();
  const results = school.getByRole('figure', { name: /Resultaten van Nulmeting najaar/ });
  await expect(results.getByRole('listitem').filter({ hasText: 'Kennis delen' })).toContainText('(n = 6)');
  await school.getByRole('button', { name: 'Tabel' }).click();
  await expect(school.getByRole('table', { name: /Resultaten van Nulmeting najaar/ })).toBeVisible();
  await expectNoAxeViolations(school, 'measurement results (partner)');
  await partner.close();

  const followUp = await openWave(page, 'Vervolgmeting', 'Vervolgmeting voorjaar');
  for (let i = 0; i < 6; i++) {
    await respond(browser, followUp, i % 2 ? 'Mee eens' : 'Helemaal mee eens');
  }
  await page.reload();
  await closeWave(page, 'Vervolgmeting voorjaar');
  await page.getByRole('button', { name: 'Naar Wordt geëvalueerd' }).click();
  await expect(page.getByText('De pilot staat nu op Wordt geëvalueerd.')).toBeVisible();

  // the evaluation: written, decided, published
  const evaluation = page.getByRole('region', { name: 'Evaluatie' });
  await evaluation.getByRole('button', { name: 'Evaluatie starten' }).click();
  await evaluation.getByRole('textbox', { name: 'Wat werkte', exact: true }).fill('Roulatie met een vaste begeleider per afdeling.');
  await evaluation.getByRole('textbox', { name: 'Wat werkte niet' }).fill('Roulatie in de piekweken voor de feestdagen.');
  await evaluation.getByRole('textbox', { name: 'Conclusie' }).fill('Medewerkers delen en passen meer kennis toe dan voor de pilot.');
  await evaluation.getByRole('button', { name: 'Publiceren' }).click();
  await expect(evaluation.getByText('Om te publiceren ontbreekt nog iets: zie de velden.')).toBeVisible();
  await evaluation.getByRole('radio', { name: 'Opschalen' }).check();
  await evaluation.getByRole('textbox', { name: 'Onderbouwing van het besluit' }).fill('Groot effect tegen lage kosten: uitbreiden.');
  await evaluation.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByText('De evaluatie is gepubliceerd; het praktijkvoorbeeld staat in de kennisbank.')).toBeVisible();
  await expect(page.getByRole('paragraph').filter({ hasText: /^Afgerond ·/ })).toBeVisible();

  // a visitor: what works, with the forest plot, and the practice example in the knowledge bank
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto('/wat-werkt');
  const type = visitor.getByRole('region', { name: 'Leren op de werkplek' });
  await expect(type.getByRole('figure', { name: /Effect per pilot/ }).getByRole('link', { name: title })).toBeVisible();
  await expect(type.getByText('Opschalen').first()).toBeVisible();
  await expectNoAxeViolations(visitor, 'what works (visitor)');
  await type.getByRole('button', { name: 'Tabel' }).click();
  await expect(type.getByRole('table').getByRole('row', { name: new RegExp(title) })).toBeVisible();
  await visitor.goto(`/kennisbank?q=${encodeURIComponent(title.split(' ').at(-1)!)}`);
  await visitor.getByRole('link', { name: `Praktijkvoorbeeld: ${title}` }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: `Praktijkvoorbeeld: ${title}` })).toBeVisible();
  await expect(visitor.getByRole('link', { name: title })).toHaveAttribute('href', pilotPath);
  // the pilot is public now, with its evaluation and results
  await visitor.goto(pilotPath);
  await expect(visitor.getByRole('region', { name: 'Evaluatie' }).getByText('Opschalen')).toBeVisible();
  await expect(visitor.getByRole('figure', { name: /Resultaten van Vervolgmeting voorjaar/ })).toContainText('effect g =');
  await expectNoAxeViolations(visitor, 'a published pilot (visitor)');
  await visitorContext.close();
});

// Staff add a questionnaire of their own and a new version of it (the Hub's own stays as it is); a visitor reads it.
test('staff add a questionnaire and a new version of it; a visitor reads what employees are asked', async ({ page, browser }) => {
  const word = uniqueWord();
  const code = `e2e-${word}`;
  await page.goto('/vragenlijsten');
  await signIn(page, 'staff', 'staff');
  await page.getByRole('link', { name: 'Nieuwe vragenlijst' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe vragenlijst' });
  await form.getByRole('textbox', { name: 'Code', exact: true }).fill(code);
  await form.getByRole('textbox', { name: 'Naam (Nederlands)' }).fill(`Teamscan ${word}`);
  await form.getByRole('textbox', { name: 'Naam (Engels)' }).fill(`Team scan ${word}`);
  await form.getByRole('textbox', { name: 'Uitleg (Nederlands)' }).fill('Een korte scan voor één team.');
  await form.getByRole('textbox', { name: 'Uitleg (Engels)' }).fill('A short scan for one team.');
  const dimension = form.getByRole('region', { name: /^Onderdeel 1/ });
  await dimension.getByRole('textbox', { name: 'Code van het onderdeel' }).fill('samen-leren');
  await dimension.getByRole('textbox', { name: 'Naam van het onderdeel (Nederlands)' }).fill('Samen leren');
  await dimension.getByRole('textbox', { name: 'Naam van het onderdeel (Engels)' }).fill('Learning together');
  const first = dimension.getByRole('group', { name: 'Stelling 1 van onderdeel 1' });
  await first.getByRole('textbox', { name: 'Code van de stelling' }).fill('samen-leren-1');
  await first.getByRole('textbox', { name: 'Stelling (Nederlands)' }).fill('In mijn team leren we van elkaar.');
  // the English statement is missing: the API refuses and the form says where
  await form.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
  await expect(first.getByRole('textbox', { name: 'Stelling (Engels)' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Niet alles is goed ingevuld' })).toBeVisible();
  await expectNoAxeViolations(page, 'the questionnaire editor with an error (staff)');
  await first.getByRole('textbox', { name: 'Stelling (Engels)' }).fill('In my team we learn from each other.');
  await form.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
  await expect(page.getByText(`Vragenlijst Teamscan ${word}, versie 1, is opgeslagen.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `Teamscan ${word}` })).toBeVisible();

  // a new version: a copy of version 1 with one statement more, counted reversed
  await page.getByRole('link', { name: 'Nieuwe versie maken' }).click();
  const next = page.getByRole('form', { name: `Nieuwe versie van Teamscan ${word}` });
  await next.getByRole('button', { name: 'Stelling toevoegen aan onderdeel 1' }).click();
  const second = next.getByRole('group', { name: 'Stelling 2 van onderdeel 1' });
  await expect(second.getByRole('textbox', { name: 'Code van de stelling' })).toHaveValue('samen-leren-2');
  await second.getByRole('textbox', { name: 'Stelling (Nederlands)' }).fill('Fouten houden we liever voor ons.');
  await second.getByRole('textbox', { name: 'Stelling (Engels)' }).fill('We would rather keep mistakes to ourselves.');
  await second.getByRole('checkbox', { name: /Omgekeerd/ }).check();
  await next.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await expect(page.getByText(`Vragenlijst Teamscan ${word}, versie 2, is opgeslagen.`)).toBeVisible();
  const version2 = new URL(page.url()).pathname;

  // a visitor: the list with the newest version, the questionnaire per dimension, on a phone
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const visitor = await context.newPage();
  await visitor.goto('/vragenlijsten');
  const card = visitor.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: `Teamscan ${word}` }) });
  await expect(card.getByText('Versie 2 · 1 onderdeel · 2 stellingen')).toBeVisible();
  await expect(card.getByRole('link', { name: 'Versie 1' })).toBeVisible();
  await expect(visitor.getByRole('heading', { level: 2, name: 'Leercultuurscan' })).toBeVisible();
  await expectNoAxeViolations(visitor, 'the questionnaires (visitor, phone)');
  await card.getByRole('link', { name: `Teamscan ${word}` }).click();
  await expect(visitor).toHaveURL(new RegExp(`${version2}$`));
  const statements = visitor.getByRole('list', { name: 'Stellingen: Samen leren' });
  await expect(statements.getByRole('listitem')).toHaveText(['In mijn team leren we van elkaar.', 'Fouten houden we liever voor ons.omgekeerd']);
  await expect(visitor.getByRole('link', { name: 'Nieuwe versie maken' })).toHaveCount(0);
  await expectNoAxeViolations(visitor, 'a questionnaire (visitor, phone)');
  const overflow = await visitor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the questionnaire fits the phone').toBeLessThanOrEqual(0);
  await context.close();
});
