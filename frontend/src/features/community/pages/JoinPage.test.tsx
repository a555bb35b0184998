import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, STAFF } from '../../../test/render';
import { json, mockFetch } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';

const ORGS = { items: [{ id: 'o1', name: 'Bakkerij Jansen B.V.', type: 'SME', province: 'GELDERLAND', visibility: 'PUBLIC',
  memberCount: 1, allowedActions: [], version: 0 }], page: 0, size: 100, totalItems: 1, totalPages: 1 };

const request = { id: 'j1', name: 'Sanne Visser', email: 'sanne@vandijk.example', newOrganization: { name: 'Van Dijk Installatie',
  type: 'SME', province: 'FRIESLAND', kvkNumber: '87654321' }, motivation: 'Ik wil leren van andere bedrijven.', language: 'nl',
  status: 'PENDING', createdAt: '2026-11-28T10:00:00Z', version: 0 };

describe('JoinPage', () => {
  it('sends a new organisation’s details, leaves the robot field empty, and shows what happens next', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/organizations': () => json(ORGS),
      'POST /api/v1/join-requests': () => json({ message: 'Dank je wel! Het programmateam beantwoordt je aanmelding per e-mail.' },
        { status: 202 }),
    });
    renderApp('/aanmelden');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Je naam/ }), 'Sanne Visser');
    await userEvent.type(screen.getByRole('textbox', { name: /^Je e-mailadres/ }), 'sanne@vandijk.example');
    const organization = screen.getByRole('combobox', { name: /^Je organisatie/ });
    await screen.findByRole('option', { name: 'Bakkerij Jansen B.V.' });
    await userEvent.selectOptions(organization, 'Mijn organisatie staat er niet bij');
    const details = screen.getByRole('group', { name: 'Gegevens van je organisatie' });
    await userEvent.type(within(details).getByRole('textbox', { name: /^Naam van de organisatie/ }), 'Van Dijk Installatie');
    await userEvent.selectOptions(within(details).getByRole('combobox', { name: /^Soort organisatie/ }), 'Mkb-bedrijf');
    await userEvent.selectOptions(within(details).getByRole('combobox', { name: /^Provincie/ }), 'Fryslân');
    await userEvent.type(within(details).getByRole('textbox', { name: /^KvK-nummer/ }), '87654321');
    await userEvent.type(screen.getByRole('textbox', { name: /^Waarom wil je meedoen/ }), 'Ik wil leren van andere bedrijven.');
    await userEvent.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));
    expect(await screen.findByText('Dank je wel! Het programmateam beantwoordt je aanmelding per e-mail.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/join-requests')[0].body).toEqual({ name: 'Sanne Visser', email: 'sanne@vandijk.example',
      motivation: 'Ik wil leren van andere bedrijven.', newOrganization: { name: 'Van Dijk Installatie', type: 'SME',
        province: 'FRIESLAND', kvkNumber: '87654321' } });
  });

  it('shows the API’s field errors at the fields', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/organizations': () => json(ORGS),
      'POST /api/v1/join-requests': () => json({ type: 'https://leercultuur-hub.nl/problems/validation', title: 'Ongeldig verzoek',
        status: 400, detail: 'Controleer: email', errors: [{ field: 'email', message: 'moet een geldig e-mailadres zijn' }] },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
    });
    renderApp('/aanmelden');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Je naam/ }), 'Sanne');
    await userEvent.type(screen.getByRole('textbox', { name: /^Je e-mailadres/ }), 'geen-adres');
    await userEvent.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));
    const email = screen.getByRole('textbox', { name: /^Je e-mailadres/ });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('moet een geldig e-mailadres zijn')).toBeInTheDocument();
  });
});

describe('JoinRequestsPage', () => {
  it('lets staff decline a waiting request with a reason', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/join-requests': () => json({ items: [request], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
      'POST /api/v1/join-requests/j1/decline': () => json({ ...request, status: 'DECLINED' }),
    });
    renderApp('/beheer/aanmeldingen', STAFF);
    const list = await screen.findByRole('list', { name: 'Aanmeldingen' });
    expect(within(list).getByText(/Nieuwe organisatie: Van Dijk Installatie/)).toBeInTheDocument();
    await userEvent.click(within(list).getByRole('button', { name: 'Afwijzen: Sanne Visser' }));
    const form = screen.getByRole('form', { name: 'Afwijzen: Sanne Visser' });
    await userEvent.type(within(form).getByRole('textbox', { name: /^Reden/ }), 'Nu alleen Gelderland.');
    await userEvent.click(within(form).getByRole('button', { name: 'Afwijzing versturen' }));
    expect(await screen.findByText('Sanne Visser is afgewezen; het antwoord is verstuurd.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/join-requests/j1/decline')[0].body).toEqual({ reason: 'Nu alleen Gelderland.' });
    expect(mock.calls('GET', '/api/v1/join-requests')[0].url.searchParams.get('status')).toBe('PENDING');
  });

  it('approves with one click', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/join-requests': () => json({ items: [request], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
      'POST /api/v1/join-requests/j1/approve': () => json({ ...request, status: 'APPROVED' }),
    });
    renderApp('/beheer/aanmeldingen', STAFF);
    await userEvent.click(await screen.findByRole('button', { name: 'Goedkeuren: Sanne Visser' }));
    expect(await screen.findByText('Sanne Visser is goedgekeurd; de uitnodiging is verstuurd.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/join-requests/j1/approve')).toHaveLength(1);
  });
});
