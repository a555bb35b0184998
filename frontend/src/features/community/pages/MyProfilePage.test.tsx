import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';

const CONSENT = { version: '2026-11', textNl: 'De Hub bewaart je profiel.', textEn: 'The Hub keeps your profile.' };

describe('MyProfilePage', () => {
  it('creates a first profile only with consent to the current privacy text', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/members/consent': () => json(CONSENT),
      'GET /api/v1/members/me': () => problem(404, { title: 'Niet gevonden' }),
      'POST /api/v1/members/me': () => json({ id: 'm1', name: 'Bram Jansen', expertise: [], themes: [], visibility: 'COMMUNITY',
        updatedAt: '2026-11-28T10:00:00Z', version: 0, allowedActions: ['UPDATE'] }, { status: 201 }),
    });
    renderApp('/mijn-profiel', PARTNER);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom in de community' })).toBeInTheDocument();
    expect(screen.getByText('De Hub bewaart je profiel.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /^Naam/ }), 'Bram Jansen');
    await userEvent.type(screen.getByRole('textbox', { name: /^Expertise/ }), 'werkplekleren, vakmanschap');
    await userEvent.click(screen.getByRole('button', { name: 'Profiel aanmaken' }));
    expect(await screen.findByText('Geef toestemming voor de privacyverklaring om je profiel op te slaan.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/members/me')).toHaveLength(0);

    await userEvent.click(screen.getByRole('checkbox', { name: /privacyverklaring \(versie 2026-11\)/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Profiel aanmaken' }));
    await waitFor(() => expect(mock.calls('POST', '/api/v1/members/me')).toHaveLength(1));
    expect(mock.calls('POST', '/api/v1/members/me')[0].body).toMatchObject({
      name: 'Bram Jansen', expertise: ['werkplekleren', 'vakmanschap'], visibility: 'COMMUNITY', consentVersion: '2026-11',
    });
  });

  it('starts a new profile with the name and e-mail address of the login', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/members/consent': () => json(CONSENT),
      'GET /api/v1/members/me': () => problem(404, { title: 'Niet gevonden' }),
      'GET /api/v1/me': () => json({ subject: 's1', name: 'Sanne Visser', email: 'sanne@vandijk.example', roles: ['partner'] }),
    });
    renderApp('/mijn-profiel', PARTNER);
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Naam/ })).toHaveValue('Sanne Visser'));
    expect(screen.getByRole('textbox', { name: /^E-mailadres/ })).toHaveValue('sanne@vandijk.example');
  });

  it('shows the field errors of the API beside the fields', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/members/consent': () => json(CONSENT),
      'GET /api/v1/members/me': () => problem(404, { title: 'Niet gevonden' }),
      'POST /api/v1/members/me': () => problem(400, { title: 'Ongeldig verzoek', errors: [{ field: 'email', message: 'moet een geldig e-mailadres zijn' }] }),
    });
    renderApp('/mijn-profiel', PARTNER);
    await userEvent.type(await screen.findByRole('textbox', { name: /^Naam/ }), 'Bram Jansen');
    await userEvent.type(screen.getByRole('textbox', { name: /^E-mailadres/ }), 'bram@');
    await userEvent.click(screen.getByRole('checkbox', { name: /privacyverklaring/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Profiel aanmaken' }));
    expect(await screen.findByRole('textbox', { name: /^E-mailadres/ })).toHaveAccessibleDescription(/moet een geldig e-mailadres zijn/);
  });
});
