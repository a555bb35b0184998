import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/render';
import { json, mockFetch } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';

const study = (pilotId: string, title: string, g: number | null, decision: string) => ({ pilotId, title, hedgesG: g ?? undefined,
  ci95: g == null ? undefined : [g - 0.4, g + 0.4], respondents: g == null ? undefined : 30, decision, whatWorked: 'Vaste groepjes.',
  whatDidNot: 'Geen tijd.', publishedAt: '2026-10-01T10:00:00Z' });

describe('WhatWorksPage', () => {
  it('shows per intervention type the evidence, a forest plot with a table alternative, and the lessons', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/insights/what-works': () => json({ evidenceRule: 'x', items: [{ interventionType: 'intervisie', labelNl: 'Intervisie',
        labelEn: 'Intervision', pilots: 3, pilotsWithEffect: 2, respondents: 60, pooled: { hedgesG: 0.45, ci95: [0.1, 0.8], i2: 35.2, tau2: 0.02 },
        evidence: 'MODERATE', medianCostPerParticipant: 300, scaleUp: 1, adjust: 1, stop: 1,
        studies: [study('p1', 'Intervisie in de zorg', 0.8, 'SCALE_UP'), study('p2', 'Intervisie bij installateurs', 0.1, 'ADJUST'),
          study('p3', 'Intervisie gestopt', null, 'STOP')] }] }),
    });
    renderApp('/wat-werkt');
    const type = await screen.findByRole('region', { name: 'Intervisie' });
    expect(within(type).getByText('Redelijk bewijs')).toBeInTheDocument();
    expect(within(type).getByText('3 pilots, 2 met een gemeten effect, 60 mensen')).toBeInTheDocument();
    expect(within(type).getByText(/g = 0,45 \(95%-interval 0,10 tot 0,80\); verschil tussen pilots I² = 35%/)).toBeInTheDocument();
    expect(within(type).getByText('1 × opschalen, 1 × bijstellen, 1 × stoppen')).toBeInTheDocument();
    const forest = within(type).getByRole('figure', { name: 'Effect per pilot met 95%-interval: Intervisie' });
    expect(within(forest).getAllByRole('listitem')).toHaveLength(3);
    await userEvent.click(within(type).getByRole('button', { name: 'Tabel' }));
    const table = within(type).getByRole('table');
    expect(within(table).getByRole('row', { name: /Intervisie gestopt/ })).toHaveTextContent('geen effect te berekenen');
    expect(within(table).getByRole('row', { name: /Samen/ })).toHaveTextContent('0,10 – 0,80');
    expect(within(type).getAllByText('Werkte niet: Geen tijd.')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Bekijk de vragenlijsten' })).toHaveAttribute('href', '/vragenlijsten');
  });
});
