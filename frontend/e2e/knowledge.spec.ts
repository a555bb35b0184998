import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, uniqueWord } from './support';

// Issue 3, end to end with the real Keycloak: a visitor searches and opens an item; a partner proposes a
// practice example; the staff user publishes it from the review queue; the visitor now finds it.
// axe checks the search, item, form and review pages. Each run uses a title of its own.

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  return context.newPage();
}

/** Clicks a button that downloads a file and returns its suggested name and content. */
async function download(page: Page, button: string): Promise<{ name: string; content: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), content: await readFile(await file.path(), 'utf8') };
}

async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Zoek in de kennisbank' });
  await box.fill(query);
  await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query).replace(/%20/g, '\\+')}`));
}

test('search, propose, review and publish a knowledge item', async ({ browser }) => {
  // Four people, three sign-ins and five axe runs: this journey needs more than the default time on 2 cores.
  test.setTimeout(360_000);
  const word = uniqueWord();
  const title = `Leerlab op de werkvloer ${word}`;

  await test.step('a visitor searches and opens an item', async () => {
    const visitor = await newPage(browser);
    await visitor.goto('/kennisbank');
    await expect(visitor.getByRole('heading', { level: 1, name: 'Kennisbank' })).toBeVisible();
    await search(visitor, 'leercultuur');
    const count = visitor.getByRole('status').filter({ hasText: /resultaten? voor “leercultuur”/ });
    await expect(count).toBeVisible();
    const results = visitor.locator('.hub-results > li');
    await expect(results.first()).toBeVisible();
    // Facets come with counts and change the URL. On a phone they sit behind the "Filters" button.
    const filtersToggle = visitor.getByRole('button', { name: /^Filters/ });
    if (await filtersToggle.isVisible()) {
      await expect(filtersToggle).toHaveAttribute('aria-expanded', 'false');
      await filtersToggle.click();
      await expect(filtersToggle).toHaveAttribute('aria-expanded', 'true');
    }
    await expect(visitor.getByRole('group', { name: 'Soort' }).getByRole('checkbox').first()).toBeVisible();
    await expectNoAxeViolations(visitor, 'the search page');

    const firstLink = results.first().getByRole('heading').getByRole('link');
    const firstTitle = (await firstLink.textContent())!.trim();

    // The current result list as CSV, fetched with the same filters.
    const csv = await download(visitor, 'Download als CSV');
    expect(csv.name).toMatch(/^kennisbank.*\.csv$/);
    expect(csv.content).toContain(firstTitle);

    await firstLink.click();
    await expect(visitor.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();

    // Citations: APA to the clipboard, RIS and BibTeX as files.
    await visitor.getByRole('button', { name: 'Kopieer APA-verwijzing' }).click();
    await expect(visitor.getByText('De APA-verwijzing is gekopieerd.')).toBeVisible();
    expect(await visitor.evaluate(() => navigator.clipboard.readText())).toContain(firstTitle);
    const ris = await download(visitor, 'Download RIS');
    expect(ris.name).toMatch(/\.ris$/);
    expect(ris.content).toContain('TY  -');
    const bibtex = await download(visitor, 'Download BibTeX');
    expect(bibtex.name).toMatch(/\.bib$/);
    expect(bibtex.content).toMatch(/^@\w+\{/m);
    await expect(visitor.getByRole('heading', { level: 2, name: 'Gerelateerde kennis' })).toBeVisible();
    await expectNoAxeViolations(visitor, 'the item page');
    await visitor.context().close();
  });

  await test.step('a partner proposes a practice example', async () => {
    const partner = await newPage(browser);
    await partner.goto('/kennisbank/nieuw');
    await expect(partner.getByRole('heading', { level: 1, name: 'Inloggen nodig' })).toBeVisible();
    await signIn(partner, 'partner', 'partner');
    await expect(partner.getByRole('heading', { level: 1, name: 'Kennis delen' })).toBeVisible();
    await expect(partner.getByText(/wordt eerst beoordeeld door het programmateam/)).toBeVisible();
    await expect(partner.getByRole('checkbox').first()).toBeVisible(); // themes loaded
    await expectNoAxeViolations(partner, 'the proposal form');

    // The API judges the input: an empty proposal comes back with field errors beside the fields.
    await partner.getByRole('button', { name: 'Voorstel indienen' }).click();
    const summary = partner.getByRole('heading', { name: 'Controleer de volgende punten' });
    await expect(summary).toBeVisible();
    await expect(partner.getByRole('textbox', { name: /^Titel/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(partner, 'the proposal form with errors');

    await expect(partner.getByRole('combobox', { name: /^Soort/ })).toHaveValue('PRACTICE_EXAMPLE');
    await partner.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await partner
      .getByRole('textbox', { name: /^Samenvatting/ })
      .fill('Bij Bakkerij Jansen leren nieuwe medewerkers het vak in korte leerlabs op de werkvloer, met een vaste maatje.');
    await partner
      .getByRole('textbox', { name: /^Beschrijving/ })
      .fill('## Aanpak\n\nElke week een **leerlab** van een uur.\n\n- samen bakken\n- feedback geven');
    await partner.getByRole('tab', { name: 'Voorbeeld' }).click();
    await expect(partner.getByRole('tabpanel').getByRole('heading', { name: 'Aanpak' })).toBeVisible();
    await partner.getByRole('tab', { name: 'Schrijven' }).click();
    await partner.getByRole('group', { name: /Thema's/ }).getByRole('checkbox').first().check();
    await partner.getByRole('checkbox', { name: 'Informeel leren' }).last().check();
    await partner.getByRole('textbox', { name: 'Auteur 1' }).fill('Jansen, B.');
    await partner.getByRole('textbox', { name: 'Sector 1' }).fill('voedingsmiddelen');
    await partner.getByRole('button', { name: 'Voorstel indienen' }).click();

    await expect(partner.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(partner.getByText('Je voorstel is ingediend.', { exact: false })).toBeVisible();
    await expect(partner.getByText('Wacht op beoordeling').first()).toBeVisible();

    await partner.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn voorstellen' }).click();
    await expect(partner.getByRole('link', { name: title, exact: true })).toBeVisible();
    await partner.context().close();
  });

  await test.step('the proposal is not public yet', async () => {
    const visitor = await newPage(browser);
    await visitor.goto(`/kennisbank?q=${encodeURIComponent(word)}`);
    await expect(visitor.getByRole('status').filter({ hasText: `Geen resultaten voor “${word}”` })).toBeVisible();
    await visitor.context().close();
  });

  await test.step('the staff user publishes it from the review queue', async () => {
    const staff = await newPage(browser);
    await staff.goto('/kennisbank/beoordelen');
    await signIn(staff, 'staff', 'staff');
    await expect(staff.getByRole('heading', { level: 1, name: 'Beoordelen' })).toBeVisible();
    const entry = staff.getByRole('listitem').filter({ has: staff.getByRole('link', { name: title, exact: true }) });
    await expect(entry).toBeVisible();
    await expectNoAxeViolations(staff, 'the review queue');
    await entry.getByRole('textbox').fill('Helder praktijkvoorbeeld; gepubliceerd.');
    await entry.getByRole('button', { name: 'Publiceren' }).click();
    await expect(staff.getByText(`“${title}” is gepubliceerd.`)).toBeVisible();
    await expect(staff.getByRole('link', { name: title, exact: true })).toHaveCount(0);
    await staff.context().close();
  });

  await test.step('a visitor now finds it by its title', async () => {
    const visitor = await newPage(browser);
    await visitor.goto('/kennisbank');
    await search(visitor, title);
    const link = visitor.getByRole('link', { name: title, exact: true });
    await expect(link).toBeVisible();
    await link.click();
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByRole('heading', { name: 'Aanpak' })).toBeVisible();
    await expect(visitor.getByText('Wacht op beoordeling')).toHaveCount(0);
    await visitor.context().close();
  });
});
