import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';

const pilot = { id: 'p1', title: 'Intervisie voor voormannen', interventionType: { code: 'intervisie', labelNl: 'Intercollegiaal leren en intervisie',
  labelEn: 'Peer learning and intervision' }, intervention: 'Elke maand intervisie.', goal: 'Leren van elkaars aanpak.',
  organizations: [{ organizationId: 'o1', name: 'Bakkerij Jansen B.V.', role: 'EXECUTING' }, { organizationId: 'o2', name: 'ROC Midden',
    role: 'EDUCATION_PARTNER' }], contact: { memberId: 'm1', name: 'Bram Jansen' }, startsOn: '2027-02-01', endsOn: '2027-07-01',
  costTotal: 1800, participantCount: 12, costPerParticipant: 150, knowledgeItems: [{ id: 'k1', slug: 'x', title: 'Leren op de werkvloer',
    type: 'RESEARCH' }], status: 'IDEA', evaluationPublished: false, allowedActions: ['UPDATE', 'CHANGE_STATUS'],
  allowedTransitions: ['PREPARING', 'STOPPED'], createdAt: '2026-11-28T10:00:00Z', updatedAt: '2026-11-28T10:00:00Z', version: 0 };
const page = (items: unknown[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 });

describe('PilotsPage', () => {
  it('tells visitors why the list is empty', async () => {
    mockFetch({ 'GET /api/v1/themes': () => json(THEMES), 'GET /api/v1/pilots': () => json(page([])) });
    renderApp('/pilots');
    expect(await screen.findByText(/Hier verschijnen pilots zodra hun evaluatie is gepubliceerd/)).toBeInTheDocument();
  });

  it('lists a partner’s pilots and filters on status', async () => {
    const mock = mockFetch({ 'GET /api/v1/themes': () => json(THEMES), 'GET /api/v1/pilots': () => json(page([pilot])) });
    renderApp('/pilots', PARTNER);
    const list = await screen.findByRole('list', { name: 'Pilots' });
    expect(within(list).getByRole('link', { name: 'Intervisie voor voormannen' })).toHaveAttribute('href', '/pilots/p1');
    expect(within(list).getByText('Bakkerij Jansen B.V., ROC Midden')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Loopt');
    await waitFor(() => expect(mock.calls('GET', '/api/v1/pilots').at(-1)!.url.searchParams.get('status')).toBe('RUNNING'));
  });
});

describe('PilotPage', () => {
  it('shows a pilot with its organisations, cost, knowledge and history, and lets staff stop it with a reason', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/pilots/p1': () => json(pilot),
      'GET /api/v1/pilots/p1/history': () => json([{ to: 'IDEA', by: 'Anna de Vries', at: '2026-11-28T10:00:00Z' }]),
      'POST /api/v1/pilots/p1/status': () => json({ ...pilot, status: 'STOPPED', stopReason: 'Geen begeleider.', allowedTransitions: [] }),
    });
    renderApp('/pilots/p1', STAFF);
    expect(await screen.findByRole('heading', { level: 1, name: 'Intervisie voor voormannen' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Deelnemende organisaties' })).getByText(/Onderwijspartner/)).toBeInTheDocument();
    expect(screen.getByText(/voor 12 deelnemers/)).toHaveTextContent('150,00 per deelnemer');
    expect(screen.getByRole('link', { name: 'Leren op de werkvloer' })).toBeInTheDocument();
    expect(await screen.findByText(/Idee op .* door Anna de Vries/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Naar In voorbereiding' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pilot stoppen' }));
    const form = screen.getByRole('form', { name: 'Pilot stoppen' });
    await userEvent.type(within(form).getByRole('textbox', { name: /^Waarom stopt de pilot/ }), 'Geen begeleider.');
    await userEvent.click(within(form).getByRole('button', { name: 'Pilot stoppen' }));
    expect(await screen.findByText('De pilot staat nu op Gestopt.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/pilots/p1/status')[0].body).toEqual({ status: 'STOPPED', reason: 'Geen begeleider.' });
  });
});
