import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp, PARTNER } from '../../../test/render';
import { json, mockFetch } from '../../../test/fetchMock';
import { page, PROPOSER_WHILE_OPEN, summary, THEMES } from '../../../test/fixtures';

describe('MyProposalsPage', () => {
  it("lists the partner's own proposals with their status, and edit links only where editing is allowed", async () => {
    const mine = { subject: PARTNER.subject!, name: 'Bram Jansen' };
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/knowledge-items': () =>
        json(
          page([
            summary({ id: 'p1', title: 'Leerlab bij de bakkerij', status: 'IN_REVIEW', submittedBy: mine, ...PROPOSER_WHILE_OPEN }),
            summary({ id: 'p2', title: 'Maatjesproject', status: 'PUBLISHED', submittedBy: mine, allowedActions: ['VIEW_HISTORY'] }),
          ]),
        ),
    });
    renderApp('/kennisbank/mijn-voorstellen', PARTNER);
    const first = (await screen.findByRole('link', { name: 'Leerlab bij de bakkerij' })).closest('li')!;
    expect(mock.calls('GET', '/api/v1/knowledge-items')[0].url.searchParams.get('mine')).toBe('true');
    expect(within(first).getByText('Wacht op beoordeling')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Bewerken: Leerlab bij de bakkerij' })).toHaveAttribute(
      'href',
      '/kennisbank/p1/bewerken',
    );
    const second = screen.getByRole('link', { name: 'Maatjesproject' }).closest('li')!;
    expect(within(second).getByText('Gepubliceerd')).toBeInTheDocument();
    expect(within(second).queryByRole('link', { name: /Bewerken/ })).not.toBeInTheDocument();
  });
});
