import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const API_URL = process.env.E2E_API_URL ?? 'http://localhost:8081';
export const KEYCLOAK_URL = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8181';
/** GreenMail's REST API: every mail the API and Keycloak sent in this run. */
export const MAIL_URL = process.env.E2E_MAIL_URL ?? 'http://127.0.0.1:8026';

interface GreenMailMessage {
  subject: string;
  mimeMessage: string;
}

/** The text of a raw MIME message with its quoted-printable and base64 parts decoded (enough to find links and attachments). */
export function decodeMime(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  return parts
    .map((part) => {
      const [head, ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      if (/content-transfer-encoding:\s*base64/i.test(head)) return `${head}\n\n${Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')}`;
      if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
        const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        return `${head}\n\n${Buffer.from(bytes, 'latin1').toString('utf8')}`;
      }
      return part;
    })
    .join('\n');
}

/** Waits until a mail to `address` whose subject matches arrives in GreenMail, and returns it decoded. */
export async function waitForMail(address: string, subject: RegExp): Promise<{ subject: string; text: string }> {
  let found: GreenMailMessage | undefined;
  await expect
    .poll(async () => {
      const response = await fetch(`${MAIL_URL}/api/user/${encodeURIComponent(address)}/messages/INBOX/`);
      const messages = response.ok ? ((await response.json()) as GreenMailMessage[]) : [];
      found = messages.find((m) => subject.test(m.subject));
      return found?.subject ?? messages.map((m) => m.subject).join(' | ');
    }, { message: `a mail to ${address} with subject ${subject}`, timeout: 30_000 })
    .toMatch(subject);
  return { subject: found!.subject, text: decodeMime(found!.mimeMessage) };
}

/** A suffix that makes titles unique per run, in letters only (so full-text search treats it as one word). */
export function uniqueWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = '';
  for (let i = 0; i < 8; i++) word += letters[Math.floor(Math.random() * letters.length)];
  return word;
}

/**
 * Signs in through the real Keycloak login page, starting from the "Inloggen" button of the page that is open,
 * and waits until the app has taken the user back to that page.
 */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  const returnPath = new URL(page.url()).pathname;
  await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/leercultuur/`));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => !url.href.startsWith(KEYCLOAK_URL) && url.pathname === returnPath);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Uitloggen' })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Inloggen' })).toBeVisible();
}

/** Runs axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const report = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary}`).join('\n')}`,
  );
  expect(report, `axe violations on ${what}`).toEqual([]);
}
