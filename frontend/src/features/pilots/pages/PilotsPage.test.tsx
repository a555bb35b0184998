import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';
import { ORGANIZATIONS, PILOT, TYPES, page } from '../components/testData';

const pilot = { ...PILOT, allowedActions: ['UPDATE', 'CHANGE_STATUS'] };

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

  it('filters on intervention type, province and organisation, kept in the address, and clears them', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/pilots': () => json(page([pilot])),
      'GET /api/v1/intervention-types': () => json(TYPES),
      'GET /api/v1/organizations': () => json(ORGANIZATIONS),
    });
    renderApp('/pilots?province=UTRECHT', STAFF);
    await screen.findByRole('list', { name: 'Pilots' });
    expect(mock.calls('GET', '/api/v1/pilots')[0].url.searchParams.get('province')).toBe('UTRECHT');
    expect(screen.getByRole('combobox', { name: 'Provincie' })).toHaveValue('UTRECHT');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Interventie' }), 'Mentoring');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Organisatie' }), 'ROC Midden');
    await waitFor(() => {
      const last = mock.calls('GET', '/api/v1/pilots').at(-1)!.url.searchParams;
      expect([last.get('interventionType'), last.get('province'), last.get('organization')]).toEqual(['mentoring', 'UTRECHT', 'o2']);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await waitFor(() => expect(mock.calls('GET', '/api/v1/pilots').at(-1)!.url.search).toBe('?page=0&size=20'));
    expect(screen.getByRole('link', { name: 'Nieuwe pilot' })).toHaveAttribute('href', '/pilots/nieuw');
  });

  it('shows running and planned pilots on a timeline, with a table holding the same figures', async () => {
    const running = { ...pilot, id: 'p2', title: 'Leerbudget', status: 'RUNNING', startsOn: '2026-10-01', endsOn: '2027-03-31' };
    const undated = { ...pilot, id: 'p3', title: 'Microcredentials', startsOn: undefined, endsOn: undefined };
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/pilots': () => json(page([pilot, running, undated])),
    });
    renderApp('/pilots', PARTNER);
    await screen.findByRole('list', { name: 'Pilots' });
    await userEvent.click(screen.getByRole('button', { name: 'Tijdlijn' }));
    const figure = await screen.findByRole('figure', { name: 'Tijdlijn van lopende en geplande pilots' });
    // only open statuses, one page of 100
    const timelineCall = mock.calls('GET', '/api/v1/pilots').at(-1)!.url.searchParams;
    expect(timelineCall.getAll('status')).toEqual(['IDEA', 'PREPARING', 'RUNNING', 'EVALUATING']);
    expect(timelineCall.get('size')).toBe('100');
    // ordered by start, each with its status and period as text
    const rows = within(figure).getAllByRole('listitem');
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Leerbudget', 'Intervisie voor voormannen']);
    expect(rows[0]).toHaveTextContent(/Loopt.*1 okt 2026 tot 31 mrt 2027/);
    expect(screen.getByText(/Nog zonder looptijd: Microcredentials/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tabel' }));
    const table = screen.getByRole('table', { name: 'Tijdlijn van lopende en geplande pilots' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /Intervisie voor voormannen/ })).toHaveTextContent('1 feb 2027');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
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
