import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';

const PILOT = { id: 'p1', title: 'Intervisie', interventionType: { code: 'intervisie', labelNl: 'Intervisie', labelEn: 'Intervision' },
  intervention: 'x', goal: 'y', organizations: [], knowledgeItems: [], status: 'EVALUATING', evaluationPublished: false, allowedActions: [],
  allowedTransitions: [], createdAt: '2026-11-28T10:00:00Z', updatedAt: '2026-11-28T10:00:00Z', version: 1 };
const DRAFT = { id: 'e1', pilotId: 'p1', conclusion: 'Voorlopig positief.', editable: true, createdAt: '2026-11-28T10:00:00Z',
  updatedAt: '2026-11-28T10:00:00Z', version: 2 };

function api(items: unknown[], extra: Record<string, Parameters<typeof mockFetch>[0][string]> = {}) {
  return mockFetch({
    'GET /api/v1/themes': () => json(THEMES),
    'GET /api/v1/pilots/p1': () => json(PILOT),
    'GET /api/v1/pilots/p1/history': () => json([]),
    'GET /api/v1/pilots/p1/evaluations': () => json({ items }),
    ...extra,
  });
}

describe('PilotEvaluations', () => {
  it('lets staff write the evaluation, shows what publishing still needs, and publishes it', async () => {
    let publish = () => problem(400, { title: 'Bad Request', errors: [{ field: 'decision', message: 'verplicht' },
      { field: 'rationale', message: 'verplicht' }] });
    const mock = api([DRAFT], {
      'PUT /api/v1/evaluations/e1': (r) => json({ ...DRAFT, ...(r.body as object), version: 3 }),
      'POST /api/v1/evaluations/e1/publish': () => publish(),
    });
    renderApp('/pilots/p1', STAFF);
    const section = await screen.findByRole('region', { name: 'Evaluatie' });
    await userEvent.type(within(section).getByRole('textbox', { name: 'Wat werkte' }), 'Vaste groepjes.');
    await userEvent.click(within(section).getByRole('button', { name: 'Publiceren' }));
    expect(await within(section).findByText('Om te publiceren ontbreekt nog iets: zie de velden.')).toBeInTheDocument();
    expect(within(section).getByRole('textbox', { name: 'Onderbouwing van het besluit' })).toHaveAccessibleDescription('verplicht');
    const put = mock.calls('PUT', '/api/v1/evaluations/e1')[0];
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(put.body).toEqual({ whatWorked: 'Vaste groepjes.', conclusion: 'Voorlopig positief.' });
    publish = () => json({ ...DRAFT, decision: 'SCALE_UP', publishedAt: '2026-11-29T10:00:00Z', editable: false, knowledgeItemId: 'k9' });
    await userEvent.click(within(section).getByRole('radio', { name: 'Opschalen' }));
    await userEvent.type(within(section).getByRole('textbox', { name: 'Onderbouwing van het besluit' }), 'Positief effect.');
    await userEvent.click(within(section).getByRole('button', { name: 'Publiceren' }));
    expect(await screen.findByText('De evaluatie is gepubliceerd; het praktijkvoorbeeld staat in de kennisbank.')).toBeInTheDocument();
    expect(mock.calls('PUT', '/api/v1/evaluations/e1').at(-1)!.body).toMatchObject({ decision: 'SCALE_UP', rationale: 'Positief effect.' });
    await waitFor(() => expect(mock.calls('POST', '/api/v1/evaluations/e1/publish')).toHaveLength(2));
  });

  it('shows a published evaluation with its decision and practice example to readers, and nothing when there is none', async () => {
    api([{ ...DRAFT, editable: false, decision: 'STOP', whatDidNot: 'Geen tijd in het rooster.', rationale: 'Niet in deze vorm.',
      publishedAt: '2026-11-20T10:00:00Z', knowledgeItemId: 'k9', results: { measurementId: 'm2' } }], {
      'GET /api/v1/measurements/m2/results': () => json({ measurementId: 'm2', wave: 'BASELINE', label: 'Nulmeting', finished: true, minimumGroup: 5,
        dimensions: [{ dimension: 'overall', labelNl: 'Totaal', labelEn: 'Overall', suppressed: false, n: 8, mean: 3.2, sd: 0.5 }], comparison: [] }),
    });
    renderApp('/pilots/p1', PARTNER);
    const section = await screen.findByRole('region', { name: 'Evaluatie' });
    expect(within(section).getByText('Stoppen')).toBeInTheDocument();
    expect(within(section).getByText('Geen tijd in het rooster.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Lees het praktijkvoorbeeld in de kennisbank' })).toHaveAttribute('href', '/kennisbank/k9');
    expect(within(section).queryByRole('button', { name: 'Publiceren' })).not.toBeInTheDocument();
    expect(await within(section).findByRole('figure', { name: /Resultaten van Nulmeting/ })).toHaveTextContent('gemiddeld 3,20 (n = 8)');
  });
});
