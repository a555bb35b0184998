import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, signOut } from './support';

// Issue 2: a visitor opens the app, signs in through the real Keycloak login page as the staff demo user,
// sees their name and the themes from the API, the page has no axe violations, and they sign out again.
test('a visitor signs in as staff, sees their name and the themes, and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij de Leercultuur Hub' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expectNoAxeViolations(page, 'the home page (visitor)');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Thema's" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Thema's" })).toBeVisible();

  await signIn(page, 'staff', 'staff');
  await expect(page).toHaveURL(/\/themas$/);
  await expect(page.getByText('Ingelogd als Anna de Vries')).toBeVisible();
  // Staff sees the staff menu.
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beoordelen' })).toBeVisible();
  // The themes come from GET /api/v1/themes.
  const themes = page.getByRole('list', { name: "Thema's" }).getByRole('listitem');
  await expect(themes.first()).toBeVisible();
  expect(await themes.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole('heading', { level: 2, name: 'Leiderschap' })).toBeVisible();
  await expectNoAxeViolations(page, 'the themes page (staff)');

  // English is one click away, and <html lang> follows.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Themes' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Leadership' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await signOut(page);
  await expect(page.getByText('Ingelogd als')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beoordelen' })).toHaveCount(0);
});
