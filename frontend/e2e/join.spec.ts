import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, KEYCLOAK_URL, signIn, signOut, uniqueWord, waitForMail } from './support';

// Issue 7, the whole way with the real Keycloak and a real SMTP server (GreenMail): a visitor applies to join with a new
// organisation; staff approve; Keycloak's invitation arrives; the new partner sets a password on Keycloak's page,
// completes the profile with consent at first sign-in, finds a peer and registers for the demo day, whose confirmation
// mail carries the calendar file; erasing the profile disables the Keycloak account.
test('a visitor joins, is invited, onboards, registers for the demo day and can erase themselves', async ({ page }) => {
  const word = uniqueWord();
  const name = `Sanne ${word}`;
  const email = `sanne-${word}@voorbeeld.example`;
  const organisation = `Installatiebedrijf ${word}`;
  const password = `Wachtwoord-${word}-1`;

  // 1. the visitor applies
  await page.goto('/aanmelden');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden bij de community' })).toBeVisible();
  await page.getByRole('textbox', { name: /^Je naam/ }).fill(name);
  await page.getByRole('textbox', { name: /^Je e-mailadres/ }).fill(email);
  await expect(page.getByRole('option', { name: 'Bakkerij Jansen B.V.' })).toBeAttached();
  await page.getByRole('combobox', { name: /^Je organisatie/ }).selectOption({ label: 'Mijn organisatie staat er niet bij' });
  const details = page.getByRole('group', { name: 'Gegevens van je organisatie' });
  await details.getByRole('textbox', { name: /^Naam van de organisatie/ }).fill(organisation);
  await details.getByRole('combobox', { name: /^Soort organisatie/ }).selectOption({ label: 'Mkb-bedrijf' });
  await details.getByRole('combobox', { name: /^Provincie/ }).selectOption({ label: 'Fryslân' });
  await page.getByRole('textbox', { name: /^Waarom wil je meedoen/ }).fill('Wij willen leren van andere installateurs hoe zij leren organiseren.');
  await expectNoAxeViolations(page, 'the join form');
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page.getByText(/Het programmateam beantwoordt je aanmelding per e-mail/)).toBeVisible();

  // 2. staff approve it in their inbox
  await page.goto('/beheer/aanmeldingen');
  await signIn(page, 'staff', 'staff');
  const inbox = page.getByRole('list', { name: 'Aanmeldingen' });
  await expect(inbox.getByText(`Nieuwe organisatie: ${organisation}`)).toBeVisible();
  await expectNoAxeViolations(page, 'the join-request inbox');
  await inbox.getByRole('button', { name: `Goedkeuren: ${name}` }).click();
  await expect(page.getByText(`${name} is goedgekeurd; de uitnodiging is verstuurd.`)).toBeVisible();
  await signOut(page);

  // 3. Keycloak's invitation arrives; its link leads to Keycloak's page to set a password
  const invitation = await waitForMail(email, /.+/);
  const link = /https?:\/\/[^\s"'<>]+\/login-actions\/action-token\?[^\s"'<>]+/.exec(invitation.text)?.[0].replace(/&amp;/g, '&');
  expect(link, `a Keycloak action link in: ${invitation.text.slice(0, 2000)}`).toBeTruthy();
  expect(link!.startsWith(KEYCLOAK_URL)).toBe(true);
  await page.goto(link!);
  const proceed = page.getByRole('link', { name: /hier|here/i });
  if (await proceed.isVisible().catch(() => false)) await proceed.click();
  await page.locator('#password-new').fill(password);
  await page.locator('#password-confirm').fill(password);
  await page.locator('#password-confirm').press('Enter');
  const back = page.getByRole('link', { name: /applicatie|application/i });
  await back.or(page.getByRole('banner').getByRole('button', { name: /Inloggen|Uitloggen/ })).first().waitFor();
  if (await back.isVisible().catch(() => false)) await back.click();

  // 4. first sign-in: the onboarding asks for the profile with consent; the organisation comes from the request
  await page.goto('/');
  await signIn(page, email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom in de community' })).toBeVisible();
  await expect(page).toHaveURL(/\/mijn-profiel/);
  await page.getByRole('textbox', { name: /^Naam/ }).fill(name);
  await page.getByRole('textbox', { name: /^Functie/ }).fill('Opleidingscoördinator');
  await page.getByRole('checkbox', { name: /privacyverklaring/ }).check();
  await expectNoAxeViolations(page, 'the onboarding profile form');
  await page.getByRole('button', { name: /opslaan|aanmaken/i }).first().click();
  await expect(page.getByText('Je profiel is opgeslagen.')).toBeVisible();
  await expect(page.getByText(`Je organisatie: ${organisation}`, { exact: false })).toBeVisible();

  // 5. a peer in the directory (Carla Bos is visible to partners only)
  await page.goto('/gemeenschap');
  await page.getByRole('searchbox', { name: 'Zoek mensen' }).fill('docenten');
  await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('list', { name: 'Community' }).getByRole('link', { name: 'Carla Bos' })).toBeVisible();

  // 6. the demo day: registered, and the confirmation mail carries the calendar file
  await page.goto('/evenementen');
  const demoDay = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Expeditie Leercultuur — demodag' }) });
  await demoDay.getByRole('button', { name: /^Aanmelden/ }).click();
  await expect(demoDay.getByText(/Je bent aangemeld/)).toBeVisible();
  const confirmation = await waitForMail(email, /^Aanmelding bevestigd: Expeditie Leercultuur/);
  expect(confirmation.text).toMatch(/Content-Type: text\/calendar/i);
  expect(confirmation.text).toContain('BEGIN:VCALENDAR');
  expect(confirmation.text).toContain('SUMMARY:Expeditie Leercultuur');
  expect(confirmation.text).toMatch(/filename="?leercultuur-event\.ics/);

  // 7. erasure: the profile goes, the seat is handed on, and the Keycloak account can no longer sign in
  await page.goto('/mijn-profiel');
  await page.getByRole('button', { name: 'Wis mij' }).click();
  await page.getByRole('button', { name: 'Ja, wis mij definitief' }).click();
  await expect(page.getByText('Je profiel en je persoonsgegevens zijn gewist.')).toBeVisible();
  await signOut(page);
  await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/leercultuur/`));
  await page.locator('#username').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await expect(page.getByText(/Account is geblokkeerd|Account is disabled/).first()).toBeVisible();
});
