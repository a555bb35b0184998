import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it('pages through all proposals, with the page in the URL', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/knowledge-items': ({ url }) => {
        const current = Number(url.searchParams.get('page'));
        return json(page([summary({ id: `p${current}`, title: `Voorstel ${current + 1}`, status: 'IN_REVIEW', ...PROPOSER_WHILE_OPEN })],
          { page: current, totalItems: 45, totalPages: 3 }));
      },
    });
    const { router } = renderApp('/kennisbank/mijn-voorstellen', PARTNER);
    expect(await screen.findByRole('link', { name: 'Voorstel 1' })).toBeInTheDocument();
    expect(mock.calls('GET', '/api/v1/knowledge-items')[0].url.searchParams.get('page')).toBe('0');
    const nav = screen.getByRole('navigation', { name: 'Paginering' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Pagina 3' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=3'));
    expect(await screen.findByRole('link', { name: 'Voorstel 3' })).toBeInTheDocument();
    expect(mock.calls('GET', '/api/v1/knowledge-items').at(-1)!.url.searchParams.get('page')).toBe('2');
    expect(within(screen.getByRole('navigation', { name: 'Paginering' })).getByRole('link', { name: /Vorige/ })).toHaveAttribute(
      'href',
      '/kennisbank/mijn-voorstellen?page=2',
    );
  });
});
