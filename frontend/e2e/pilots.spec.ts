import { devices, expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, signOut, uniqueWord } from './support';

// Issue 8 (first part): the intervention types that pilots are classified by, with their active ingredients.
test('a visitor reads the intervention types and what makes them work', async ({ page }) => {
  await page.goto('/interventies');
  await expect(page.getByRole('heading', { level: 1, name: 'Interventies' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Werkzame elementen: Intercollegiaal leren en intervisie' })).toContainText('Vaste groep');
  await expectNoAxeViolations(page, 'the intervention types');
  await page.getByRole('link', { name: 'Individueel leerbudget' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Individueel leerbudget' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Werkzame elementen' })).toContainText('Tijd naast geld');
  await expectNoAxeViolations(page, 'an intervention type');
});

test('a visitor sees only the pilots whose evaluation is published', async ({ page }) => {
  await page.goto('/pilots');
  await expect(page.getByRole('heading', { level: 1, name: 'Pilots' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Pilots' });
  await expect(list.getByRole('link', { name: 'Mentoring voor nieuwe monteurs' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Intervisie voor ploegleiders in de bakkerij' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the pilot list (visitor)');
  // with a filter that finds nothing public, the page says why
  await page.goto('/pilots?interventionType=microcredentials');
  await expect(page.getByText('Geen pilots gevonden.')).toBeVisible();
});

// Issue 8: staff register a pilot with two partner organisations; a partner of the executing organisation writes in its
// journal on a phone; a partner of a third organisation cannot open it.
test('staff register a pilot with two organisations, the executing partner keeps its journal on a phone, a third organisation sees nothing', async ({ page, browser }) => {
  const title = `Intervisie voor ploegleiders ${uniqueWord()}`;
  await page.goto('/pilots');
  await signIn(page, 'staff', 'staff');
  await expect(page.getByRole('list', { name: 'Pilots' })).toContainText('Intervisie voor ploegleiders in de bakkerij');

  // the timeline of running and planned pilots, and its table
  await page.getByRole('button', { name: 'Tijdlijn' }).click();
  const timeline = page.getByRole('figure', { name: 'Tijdlijn van lopende en geplande pilots' });
  await expect(timeline.getByRole('link', { name: 'Intervisie voor ploegleiders in de bakkerij' })).toBeVisible();
  await expectNoAxeViolations(page, 'the pilot timeline');
  await page.getByRole('button', { name: 'Tabel' }).click();
  await expect(page.getByRole('table', { name: 'Tijdlijn van lopende en geplande pilots' })).toContainText('Leerbudget voor iedere bakker');
  await page.getByRole('button', { name: 'Lijst' }).click();

  await page.getByRole('link', { name: 'Nieuwe pilot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe pilot' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Titel' }).fill(title);
  await page.getByRole('combobox', { name: 'Soort interventie' }).selectOption({ label: 'Intercollegiaal leren en intervisie' });
  await page.getByRole('textbox', { name: 'De interventie' }).fill('Ploegleiders komen elke vier weken samen en bespreken een vraagstuk uit hun werk.');
  await page.getByRole('textbox', { name: 'Doel', exact: true }).fill('Ploegleiders leren van elkaars aanpak bij het inwerken.');
  await page.getByRole('combobox', { name: 'Organisatie 1', exact: true }).selectOption({ label: 'Bakkerij Jansen B.V.' });
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await page.getByRole('combobox', { name: 'Organisatie 2', exact: true }).selectOption({ label: 'Opleidingsfonds Bouw & Techniek' });
  await page.getByRole('combobox', { name: 'Rol van organisatie 2' }).selectOption({ label: 'Financier' });
  await page.getByRole('combobox', { name: 'Contactpersoon' }).selectOption({ label: 'Bram Jansen (Bakkerij Jansen B.V.)' });
  await page.getByLabel('Startdatum').fill('2027-03-01');
  await page.getByLabel('Einddatum').fill('2027-01-01');
  await page.getByRole('textbox', { name: 'Totale kosten (euro)' }).fill('9.600');
  await page.getByRole('spinbutton', { name: 'Aantal deelnemers' }).fill('8');
  await page.getByRole('searchbox', { name: 'Zoek in de kennisbank' }).fill('loopbaan');
  await page.getByRole('button', { name: /^Toevoegen ?: Leren en ontwikkelen tijdens de loopbaan/ }).click();
  await expectNoAxeViolations(page, 'the pilot editor');

  // the API refuses an end before the start; the summary leads to the field
  await page.getByRole('button', { name: 'Pilot registreren' }).click();
  await expect(page.getByRole('link', { name: 'Einddatum: mag niet voor de start liggen' })).toBeVisible();
  await page.getByLabel('Einddatum').fill('2027-09-01');
  await page.getByRole('button', { name: 'Pilot registreren' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('De pilot is geregistreerd als idee.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Deelnemende organisaties' })).toContainText('Opleidingsfonds Bouw & Techniek · Financier');
  await expect(page.getByText('€ 9.600,00 voor 8 deelnemers (€ 1.200,00 per deelnemer)')).toBeVisible();
  await expect(page.getByRole('link', { name: /Leren en ontwikkelen tijdens de loopbaan/ })).toBeVisible();
  await page.getByRole('button', { name: 'Naar In voorbereiding' }).click();
  await expect(page.getByText('De pilot staat nu op In voorbereiding.')).toBeVisible();
  await expectNoAxeViolations(page, 'a pilot (staff)');
  const pilotPath = new URL(page.url()).pathname;
  await signOut(page);

  // a partner of the executing organisation, on a phone
  const phone = await browser.newContext({ ...devices['Pixel 7'] });
  const partner = await phone.newPage();
  await partner.goto(pilotPath);
  await expect(partner.getByRole('heading', { level: 1, name: 'Pilot niet gevonden' })).toBeVisible();
  await signIn(partner, 'partner', 'partner');
  await expect(partner.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const journal = partner.getByRole('region', { name: 'Logboek' });
  await journal.getByRole('textbox', { name: 'Notitie' }).fill('Eerste bijeenkomst: zes van de acht ploegleiders waren er.');
  await journal.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(journal.getByText('De notitie staat in het logboek.')).toBeVisible();
  await expect(journal.getByRole('listitem').filter({ hasText: 'zes van de acht' })).toContainText('Bram Jansen');
  await journal.getByRole('button', { name: 'Verbeteren' }).click();
  await journal.getByRole('textbox', { name: 'Verbeter je notitie' }).fill('Eerste bijeenkomst: zes van de acht ploegleiders; twee waren ziek.');
  await journal.getByRole('button', { name: 'Verbetering opslaan' }).click();
  await expect(journal.getByText('De notitie is verbeterd.')).toBeVisible();
  await expect(journal.getByRole('listitem').filter({ hasText: 'twee waren ziek' })).toContainText('verbeterd');
  await expectNoAxeViolations(partner, 'a pilot with its journal (executing partner, phone)');
  const overflow = await partner.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the pilot page fits the phone without sideways scrolling').toBeLessThanOrEqual(0);
  // the executing partner changes the pilot, but not who takes part
  await partner.getByRole('link', { name: 'Pilot wijzigen' }).click();
  await expect(partner.getByText('Welke organisaties deelnemen en in welke rol, wijzigt het programmateam.')).toBeVisible();
  await partner.getByRole('textbox', { name: 'Doelgroep' }).fill('Ploegleiders in de productie');
  await partner.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(partner.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  await expect(partner.getByText('Ploegleiders in de productie')).toBeVisible();
  // the organisation page shows the pilots it takes part in
  await partner.getByRole('link', { name: 'Bakkerij Jansen B.V.' }).click();
  await expect(partner.getByRole('region', { name: 'Pilots van Bakkerij Jansen B.V.' }).getByRole('link', { name: title })).toBeVisible();
  await phone.close();

  // a partner of a third organisation (ROC Midden is not in this pilot) cannot open it
  const other = await browser.newContext();
  const school = await other.newPage();
  await school.goto(pilotPath);
  await signIn(school, 'partner2', 'partner2');
  await expect(school.getByRole('heading', { level: 1, name: 'Pilot niet gevonden' })).toBeVisible();
  await expect(school.getByText(title)).toHaveCount(0);
  await other.close();
});
