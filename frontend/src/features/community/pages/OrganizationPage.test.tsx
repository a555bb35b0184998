import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';

const bakery = { id: 'o1', name: 'Bakkerij Jansen B.V.', type: 'SME', province: 'GELDERLAND', kvkNumber: '12345678',
  sector: 'voedingsmiddelen', sizeClass: 'SMALL', visibility: 'PUBLIC', memberCount: 2, allowedActions: ['UPDATE'], version: 3 };
const contributions = { knowledgeItems: [{ id: 'k1', slug: 'leerlab', title: 'Leerlab in de bakkerij', type: 'PRACTICE_EXAMPLE',
  publicationYear: 2026 }] };

describe('OrganizationPage', () => {
  it('shows what the organisation contributed and lets its own people edit the profile with the version they saw', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/organizations/o1': () => json(bakery),
      'GET /api/v1/organizations/o1/contributions': () => json(contributions),
      'PUT /api/v1/organizations/o1': () => json({ ...bakery, sector: 'bakkerij', version: 4 }),
    });
    renderApp('/gemeenschap/organisaties/o1', PARTNER);
    const list = await screen.findByRole('list', { name: 'Bijdragen aan de kennisbank' });
    expect(within(list).getByRole('link', { name: 'Leerlab in de bakkerij' })).toHaveAttribute('href', '/kennisbank/k1');

    await userEvent.click(screen.getByRole('button', { name: 'Profiel van de organisatie bewerken' }));
    const form = screen.getByRole('form', { name: 'Profiel van de organisatie' });
    const sector = within(form).getByRole('textbox', { name: /^Sector/ });
    await userEvent.clear(sector);
    await userEvent.type(sector, 'bakkerij');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Het profiel van de organisatie is opgeslagen.')).toBeInTheDocument();
    const put = mock.calls('PUT', '/api/v1/organizations/o1')[0];
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toMatchObject({ name: 'Bakkerij Jansen B.V.', sector: 'bakkerij', kvkNumber: '12345678', visibility: 'PUBLIC' });
  });

  it('offers no editor without the right to change, and says when someone else changed it first', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/organizations/o1': () => json({ ...bakery, allowedActions: [] }),
      'GET /api/v1/organizations/o1/contributions': () => json({ knowledgeItems: [] }),
    });
    renderApp('/gemeenschap/organisaties/o1');
    expect(await screen.findByText('Nog geen gepubliceerde bijdragen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Profiel van de organisatie bewerken' })).not.toBeInTheDocument();
  });

  it('explains a version conflict', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/organizations/o1': () => json(bakery),
      'GET /api/v1/organizations/o1/contributions': () => json({ knowledgeItems: [] }),
      'PUT /api/v1/organizations/o1': () => json({ type: 'https://leercultuur-hub.nl/problems/precondition-failed', title: 'Versieconflict',
        status: 412, detail: 'Iemand anders wijzigde dit.' }, { status: 412, headers: { 'Content-Type': 'application/problem+json' } }),
    });
    renderApp('/gemeenschap/organisaties/o1', PARTNER);
    await userEvent.click(await screen.findByRole('button', { name: 'Profiel van de organisatie bewerken' }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Iemand anders heeft het profiel intussen gewijzigd'));
  });

  it('lets staff register an organisation and link a partner system to one', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/organizations': () => json({ items: [bakery], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
      'POST /api/v1/organizations': () => json({ ...bakery, id: 'o9', name: 'Scholingsfonds Bouw' }, { status: 201 }),
      'GET /api/v1/organizations/o1': () => json(bakery),
      'GET /api/v1/organizations/o1/contributions': () => json({ knowledgeItems: [] }),
      'PUT /api/v1/organizations/o1/partner-systems/fonds-systeem': () => json({ clientId: 'fonds-systeem', organizationId: 'o1' }),
    });
    renderApp('/gemeenschap/organisaties', STAFF);
    await userEvent.click(await screen.findByRole('button', { name: 'Organisatie registreren' }));
    const form = screen.getByRole('form', { name: 'Organisatie registreren' });
    await userEvent.type(within(form).getByRole('textbox', { name: /^Naam van de organisatie/ }), 'Scholingsfonds Bouw');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^Soort organisatie/ }), 'TRAINING_FUND');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^Provincie/ }), 'Utrecht');
    await userEvent.click(within(form).getByRole('button', { name: 'Registreren' }));
    expect(await screen.findByText('Scholingsfonds Bouw is geregistreerd.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/organizations')[0].body).toMatchObject({ name: 'Scholingsfonds Bouw', type: 'TRAINING_FUND',
      province: 'UTRECHT', visibility: 'PUBLIC' });

    renderApp('/gemeenschap/organisaties/o1', STAFF);
    await userEvent.type(await screen.findByRole('textbox', { name: /^Client-id/ }), 'fonds-systeem');
    await userEvent.click(screen.getByRole('button', { name: 'Koppelen' }));
    expect(await screen.findByText('fonds-systeem handelt nu voor deze organisatie.')).toBeInTheDocument();
  });
});
