import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../test/render';
import { json, mockFetch } from '../test/fetchMock';
import { THEMES } from '../test/fixtures';

function mockApi() {
  return mockFetch({
    'GET /api/v1/themes': () => json(THEMES),
    'GET /api/v1/me': ({ headers }) =>
      headers.get('Authorization') === 'Bearer test-token'
        ? json({ subject: STAFF.subject, username: 'staff', name: 'Anna de Vries', roles: ['staff'], partnerSystem: false })
        : json({ status: 401, title: 'Unauthorized' }, { status: 401 }),
  });
}

const navLinks = () =>
  within(screen.getByRole('navigation', { name: 'Hoofdmenu' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('Layout', () => {
  it('shows a visitor the public menu and a sign-in button', async () => {
    const mock = mockApi();
    const { calls } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij de Leercultuur Hub' })).toBeInTheDocument();
    expect(navLinks()).toEqual(['Home', 'Kennisbank', 'Community', 'Pilots', 'Wat werkt', "Thema's", 'Interventies', 'Evenementen', 'Ideeën', 'Aanmelden']);
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(calls.login).toBe(1);
    expect(mock.calls('GET', '/api/v1/me')).toHaveLength(0);
  });

  it('shows staff the review queue and who is signed in (from /api/v1/me)', async () => {
    mockApi();
    const { calls } = renderApp('/', STAFF);
    expect(await screen.findByText('Ingelogd als Anna de Vries')).toBeInTheDocument();
    expect(navLinks()).toEqual(['Home', 'Kennisbank', 'Community', 'Pilots', 'Wat werkt', "Thema's", 'Interventies', 'Evenementen', 'Ideeën', 'Nieuw kennisitem', 'Beoordelen', 'Mijn profiel', 'Aanmeldingen']);
    await userEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    expect(calls.logout).toBe(1);
  });

  it('shows partners where to share knowledge and their proposals, but not the review queue', async () => {
    mockApi();
    renderApp('/', PARTNER);
    await screen.findByRole('heading', { level: 1 });
    expect(navLinks()).toEqual(['Home', 'Kennisbank', 'Community', 'Pilots', 'Wat werkt', "Thema's", 'Interventies', 'Evenementen', 'Ideeën', 'Kennis delen', 'Mijn voorstellen', 'Mijn profiel']);
  });

  it('marks the current page in the menu', async () => {
    mockApi();
    renderApp('/themas');
    await screen.findByRole('heading', { level: 1, name: "Thema's" });
    expect(screen.getByRole('link', { name: "Thema's" })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('switches between Dutch and English and sets <html lang>', async () => {
    mockApi();
    renderApp('/themas');
    expect(await screen.findByRole('heading', { level: 1, name: "Thema's" })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Leiderschap' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Themes' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Leadership' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('hub.lang')).toBe('en');
    await waitFor(() => expect(document.title).toBe('Themes – Leercultuur Hub'));
  });

  it('shows a not-found page for unknown paths', async () => {
    mockApi();
    renderApp('/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
  });
});
