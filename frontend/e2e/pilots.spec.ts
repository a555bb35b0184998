import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

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

test('a visitor learns why there are no pilots to see yet', async ({ page }) => {
  await page.goto('/pilots');
  await expect(page.getByRole('heading', { level: 1, name: 'Pilots' })).toBeVisible();
  await expect(page.getByText(/Hier verschijnen pilots zodra hun evaluatie is gepubliceerd/)).toBeVisible();
  await expectNoAxeViolations(page, 'the pilot list (visitor)');
});
