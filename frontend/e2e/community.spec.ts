import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, uniqueWord } from './support';

// Issue 7 (first part), end to end with the real Keycloak and the demo community: a visitor sees only public members;
// the partner signs in, finds a peer who is visible to partners only, opens her page and their own profile.
test('a visitor sends an idea for the programme', async ({ page }) => {
  await page.goto('/ideeen');
  await expect(page.getByRole('heading', { level: 1, name: 'Ideeën voor het programma' })).toBeVisible();
  await page.getByRole('textbox', { name: /^Titel/ }).fill('Een leerdag voor kleine bakkerijen');
  await page.getByRole('textbox', { name: /^Je idee/ }).fill('Laat bakkerijen een dag bij elkaar in de keuken meekijken en leren.');
  await page.getByRole('textbox', { name: /^Je e-mailadres/ }).fill('bezoeker@example.org');
  await page.getByRole('button', { name: 'Idee insturen' }).click();
  await expect(page.getByText('Dank je wel! Je idee is ontvangen.')).toBeVisible();
  await expectNoAxeViolations(page, 'the ideas page (visitor)');
});

test('a partner finds a peer in the community directory and sees their own profile', async ({ page }) => {
  await page.goto('/gemeenschap');
  await expect(page.getByRole('heading', { level: 1, name: 'Community' })).toBeVisible();
  const people = page.getByRole('list', { name: 'Community' });
  await expect(people.getByRole('link', { name: 'Bram Jansen' })).toBeVisible();
  await expect(people.getByRole('link', { name: 'Carla Bos' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the community directory (visitor)');

  await signIn(page, 'partner', 'partner');
  await page.getByRole('searchbox', { name: 'Zoek mensen' }).fill('docenten');
  await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/[?&]q=docenten/);
  await people.getByRole('link', { name: 'Carla Bos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Carla Bos' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ROC Midden' })).toBeVisible();
  await expectNoAxeViolations(page, 'a member page');

  await page.getByRole('link', { name: 'ROC Midden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ROC Midden' })).toBeVisible();
  await expectNoAxeViolations(page, 'an organisation page');

  // the demo day: register (a seat or the waiting list), then give the seat back so the demo data stays as it was
  await page.goto('/evenementen');
  const demoDay = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Expeditie Leercultuur — demodag' }) });
  await demoDay.getByRole('button', { name: /^Aanmelden/ }).click();
  await expect(demoDay.getByText(/Je bent aangemeld|Je staat op de wachtlijst/)).toBeVisible();
  await expectNoAxeViolations(page, 'the events page');
  await demoDay.getByRole('button', { name: /^Afmelden/ }).click();
  await expect(demoDay.getByRole('button', { name: /^Aanmelden/ })).toBeVisible();

  await page.goto('/mijn-profiel');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeVisible();
  await expect(page.getByText('Je organisatie: Bakkerij Jansen B.V.', { exact: false })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Naam/ })).toHaveValue('Bram Jansen');
  await expectNoAxeViolations(page, 'my profile');
});

test('staff manage the community: plan and cancel an event, edit an organisation, see the join-request inbox', async ({ page }) => {
  await page.goto('/evenementen');
  await signIn(page, 'staff', 'staff');
  await page.getByRole('button', { name: 'Nieuw evenement' }).click();
  const form = page.getByRole('form', { name: 'Een evenement plannen' });
  const title = `Leerlunch ${uniqueWord()}`;
  await form.getByRole('textbox', { name: /^Titel/ }).fill(title);
  await form.getByRole('textbox', { name: /^Beschrijving/ }).fill('Een lunch over leren op de werkvloer, met een gast uit de bouw.');
  await form.getByRole('combobox', { name: /^Soort/ }).selectOption({ label: 'Bijeenkomst' });
  await form.getByLabel(/^Begint/).fill('2027-06-01T12:00');
  await form.getByLabel(/^Eindigt/).fill('2027-06-01T13:30');
  await form.getByRole('spinbutton', { name: /^Aantal plaatsen/ }).fill('12');
  await expectNoAxeViolations(page, 'the event form (staff)');
  await form.getByRole('button', { name: 'Evenement aanmaken' }).click();
  await expect(page.getByText(`${title} staat in de lijst.`)).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await card.getByRole('button', { name: /^Deelnemers/ }).click();
  await expect(card.getByText('Nog niemand aangemeld.')).toBeVisible();
  await card.getByRole('button', { name: /^Laten vervallen/ }).click();
  await expectNoAxeViolations(page, 'the events page with the staff controls');
  await card.getByRole('button', { name: /^Ja, laat het vervallen/ }).click();
  await expect(page.getByText(`${title} gaat niet door; de aangemelde mensen zijn gemaild.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0);

  await page.goto('/gemeenschap/organisaties');
  await page.getByRole('link', { name: 'ROC Midden' }).click();
  await page.getByRole('button', { name: 'Profiel van de organisatie bewerken' }).click();
  await expect(page.getByRole('form', { name: 'Profiel van de organisatie' })).toBeVisible();
  await expectNoAxeViolations(page, 'the organisation editor and partner-system link (staff)');

  await page.goto('/beheer/aanmeldingen');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmeldingen' })).toBeVisible();
  await expectNoAxeViolations(page, 'the join-request inbox (staff)');
});
