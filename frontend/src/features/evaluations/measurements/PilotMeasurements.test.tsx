import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';

const PILOT = { id: 'p1', title: 'Intervisie', interventionType: { code: 'intervisie', labelNl: 'Intervisie', labelEn: 'Intervision' },
  intervention: 'x', goal: 'y', organizations: [], knowledgeItems: [], status: 'RUNNING', evaluationPublished: false, allowedActions: [],
  allowedTransitions: [], createdAt: '2026-11-28T10:00:00Z', updatedAt: '2026-11-28T10:00:00Z', version: 1 };
const INSTRUMENT = { id: 'i1', code: 'leercultuur', versionNumber: 1, nameNl: 'Leercultuurscan', nameEn: 'Learning culture scan' };
const wave = (over: Record<string, unknown>) => ({ id: 'm1', pilotId: 'p1', instrument: INSTRUMENT, wave: 'BASELINE', label: 'Nulmeting',
  opensOn: '2026-11-20', closesOn: '2026-12-20', responseCap: 40, responseCount: 12, closed: false, open: true, finished: false,
  surveyToken: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', createdAt: '2026-11-20T10:00:00Z', version: 0, ...over });
const dim = (dimension: string, labelNl: string, over: Record<string, unknown>) => ({ dimension, labelNl, labelEn: labelNl,
  suppressed: false, ...over });

function api(items: unknown[], extra: Record<string, Parameters<typeof mockFetch>[0][string]> = {}) {
  return mockFetch({
    'GET /api/v1/themes': () => json(THEMES),
    'GET /api/v1/pilots/p1': () => json(PILOT),
    'GET /api/v1/pilots/p1/history': () => json([]),
    'GET /api/v1/pilots/p1/measurements': () => json({ items }),
    ...extra,
  });
}

describe('PilotMeasurements', () => {
  it('shows the people taking part each wave’s progress and the survey link with its QR code', async () => {
    api([wave({})]);
    renderApp('/pilots/p1', PARTNER);
    const section = await screen.findByRole('region', { name: 'Metingen' });
    expect(within(section).getByText('12 van hoogstens 40 hebben geantwoord')).toBeInTheDocument();
    expect(within(section).getByRole('progressbar', { name: /12 van hoogstens 40/ })).toHaveAttribute('value', '12');
    expect(within(section).getByRole('link', { name: /\/vragenlijst\/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG$/ })).toBeInTheDocument();
    expect(within(section).getByRole('img', { name: 'QR-code met de link naar Nulmeting' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/gif/));
    expect(within(section).getByRole('link', { name: 'Leercultuurscan, versie 1' })).toHaveAttribute('href', '/vragenlijsten/i1');
    expect(within(section).queryByRole('button', { name: 'Nieuwe meting' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Meting sluiten' })).not.toBeInTheDocument();
  });

  it('shows nothing to those the API refuses, and asks nothing without a sign-in', async () => {
    const mock = api([], { 'GET /api/v1/pilots/p1/measurements': () => problem(404, { title: 'Not found' }) });
    renderApp('/pilots/p1', PARTNER);
    expect(await screen.findByRole('heading', { level: 1, name: 'Intervisie' })).toBeInTheDocument();
    await waitFor(() => expect(mock.calls('GET', '/api/v1/pilots/p1/measurements')).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'Metingen' })).not.toBeInTheDocument();
    const visitor = api([]);
    renderApp('/pilots/p1');
    expect((await screen.findAllByRole('heading', { level: 1, name: 'Intervisie' })).length).toBeGreaterThan(0);
    expect(visitor.calls('GET', '/api/v1/pilots/p1/measurements')).toHaveLength(0);
  });

  it('lets staff open a follow-up and close a wave; the API judges the input', async () => {
    let answer = () => problem(400, { title: 'Bad Request', errors: [{ field: 'closesOn', message: 'mag niet voor de openingsdag liggen' }] });
    const mock = api([wave({})], {
      'POST /api/v1/pilots/p1/measurements': () => answer(),
      'POST /api/v1/measurements/m1/close': () => json(wave({ closed: true, open: false, finished: true })),
    });
    renderApp('/pilots/p1', STAFF);
    const section = await screen.findByRole('region', { name: 'Metingen' });
    await userEvent.click(within(section).getByRole('button', { name: 'Nieuwe meting' }));
    const form = within(section).getByRole('form', { name: 'Nieuwe meting' });
    expect(within(form).getByRole('combobox', { name: 'Soort meting' })).toHaveValue('FOLLOW_UP');
    expect(within(form).getByText('Met dezelfde vragenlijst als de nulmeting: Leercultuurscan, versie 1.')).toBeInTheDocument();
    expect(within(form).queryByRole('combobox', { name: 'Vragenlijst' })).not.toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: 'Naam van de meting' }), 'Vervolgmeting zomer');
    await userEvent.type(within(form).getByLabelText(/^Open vanaf/), '2027-06-01');
    await userEvent.type(within(form).getByLabelText(/^Open tot en met/), '2027-05-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Meting openen' }));
    expect(await within(form).findByText('mag niet voor de openingsdag liggen')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/pilots/p1/measurements')[0].body).toEqual({ wave: 'FOLLOW_UP', instrumentId: 'i1', label: 'Vervolgmeting zomer',
      opensOn: '2027-06-01', closesOn: '2027-05-01', responseCap: 60 });
    answer = () => json(wave({ id: 'm2', wave: 'FOLLOW_UP' }), { status: 201 });
    await userEvent.clear(within(form).getByLabelText(/^Open tot en met/));
    await userEvent.type(within(form).getByLabelText(/^Open tot en met/), '2027-06-30');
    await userEvent.click(within(form).getByRole('button', { name: 'Meting openen' }));
    expect(await screen.findByText('De meting Vervolgmeting zomer staat klaar.')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Meting sluiten' }));
    await waitFor(() => expect(mock.calls('POST', '/api/v1/measurements/m1/close')).toHaveLength(1));
  });

  it('lets staff choose the questionnaire of a baseline, the Hub’s own unless they choose another', async () => {
    const own = { ...INSTRUMENT, id: 'i2', versionNumber: 2, latest: true, descriptionNl: '', descriptionEn: '', dimensions: [], items: [],
      createdAt: '2026-11-01T10:00:00Z' };
    const care = { ...own, id: 'z1', code: 'leercultuur-zorg', versionNumber: 1, nameNl: 'Leercultuurscan zorg', nameEn: 'Care scan' };
    const older = { ...own, id: 'i1', versionNumber: 1, latest: false };
    const mock = api([], {
      'GET /api/v1/instruments': () => json({ items: [care, own, older], page: 0, size: 100, totalItems: 3, totalPages: 1 }),
      'POST /api/v1/pilots/p1/measurements': () => json(wave({ instrument: { ...INSTRUMENT, id: 'z1' } }), { status: 201 }),
    });
    renderApp('/pilots/p1', STAFF);
    const section = await screen.findByRole('region', { name: 'Metingen' });
    await userEvent.click(within(section).getByRole('button', { name: 'Nieuwe meting' }));
    const form = within(section).getByRole('form', { name: 'Nieuwe meting' });
    const choice = within(form).getByRole('combobox', { name: 'Vragenlijst' });
    await waitFor(() => expect(choice).toHaveValue('i2'));
    expect(within(choice).getAllByRole('option').map((o) => o.textContent)).toEqual(['Leercultuurscan zorg, versie 1', 'Leercultuurscan, versie 2']);
    await userEvent.selectOptions(choice, 'z1');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Naam van de meting' }), 'Nulmeting');
    await userEvent.click(within(form).getByRole('button', { name: 'Meting openen' }));
    expect(await screen.findByText('De meting Nulmeting staat klaar.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/pilots/p1/measurements')[0].body).toMatchObject({ wave: 'BASELINE', instrumentId: 'z1' });
  });

  it('charts a finished follow-up against the baseline with the effect and its interval, with the same figures in a table', async () => {
    api([wave({ finished: true, open: false, closed: true }), wave({ id: 'm2', wave: 'FOLLOW_UP', label: 'Vervolgmeting', finished: true,
      open: false, surveyToken: undefined })], {
      'GET /api/v1/measurements/m2/results': () => json({ measurementId: 'm2', wave: 'FOLLOW_UP', label: 'Vervolgmeting', finished: true,
        minimumGroup: 5, baselineMeasurementId: 'm1',
        dimensions: [dim('kennis-delen', 'Kennis delen', { n: 7, mean: 3.9, sd: 0.4 }), dim('leiding', 'Leiding die leren steunt', { suppressed: true })],
        comparison: [{ dimension: 'kennis-delen', suppressed: false, baselineN: 6, baselineMean: 3.3, change: 0.6, hedgesG: 0.85, ci95: [0.1, 1.6], varianceG: 0.15 },
          { dimension: 'leiding', suppressed: true }] }),
    });
    renderApp('/pilots/p1', PARTNER);
    const section = await screen.findByRole('region', { name: 'Metingen' });
    const buttons = within(section).getAllByRole('button', { name: 'Resultaten' });
    await userEvent.click(buttons[1]);
    const figure = await within(section).findByRole('figure', { name: 'Resultaten van Vervolgmeting, op een schaal van 1 tot 5' });
    const rows = within(figure).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('nulmeting 3,30');
    expect(rows[0]).toHaveTextContent('nu 3,90 (n = 7)');
    expect(rows[0]).toHaveTextContent('effect g = 0,85 (95%-betrouwbaarheidsinterval 0,10 tot 1,60)');
    expect(rows[1]).toHaveTextContent('Te weinig antwoorden om te tonen (minder dan 5).');
    await userEvent.click(within(section).getByRole('button', { name: 'Tabel' }));
    const table = within(section).getByRole('table', { name: 'Resultaten van Vervolgmeting, op een schaal van 1 tot 5' });
    expect(within(table).getByRole('row', { name: /Kennis delen/ })).toHaveTextContent('Kennis delen73,900,400,600,850,10 – 1,60');
    expect(within(table).getByRole('row', { name: /Leiding/ })).toHaveTextContent('Te weinig antwoorden');
  });
});
