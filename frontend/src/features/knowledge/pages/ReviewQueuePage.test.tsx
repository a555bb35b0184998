import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch } from '../../../test/fetchMock';
import { page, STAFF_ON_REVIEW, summary, THEMES } from '../../../test/fixtures';

const LIST = '/api/v1/knowledge-items';

describe('ReviewQueuePage', () => {
  it('lists items in review, oldest first, and publishes one with a comment', async () => {
    let queue = [
      summary({ id: 'q1', title: 'Praktijk bij Bakkerij Jansen', status: 'IN_REVIEW', submittedBy: { subject: PARTNER.subject!, name: 'Bram Jansen' }, ...STAFF_ON_REVIEW }),
      summary({ id: 'q2', title: 'Leren in de zorg', status: 'IN_REVIEW', ...STAFF_ON_REVIEW }),
    ];
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${LIST}`]: () => json(page(queue)),
      [`POST ${LIST}/q1/status`]: () => {
        queue = queue.filter((i) => i.id !== 'q1');
        return json({ ...summary({ id: 'q1' }), body: '', status: 'PUBLISHED' });
      },
    });
    renderApp('/kennisbank/beoordelen', STAFF);
    const first = (await screen.findByRole('link', { name: 'Praktijk bij Bakkerij Jansen' })).closest('li')!;
    const request = mock.calls('GET', LIST)[0].url.searchParams;
    expect(request.get('status')).toBe('IN_REVIEW');
    expect(request.get('sort')).toBe('updatedAt,asc');

    await userEvent.type(within(first).getByRole('textbox'), 'Helder en bruikbaar');
    await userEvent.click(within(first).getByRole('button', { name: 'Publiceren' }));
    await waitFor(() => expect(mock.calls('POST', `${LIST}/q1/status`)).toHaveLength(1));
    expect(mock.calls('POST', `${LIST}/q1/status`)[0].body).toEqual({ status: 'PUBLISHED', comment: 'Helder en bruikbaar' });
    expect(await screen.findByText('“Praktijk bij Bakkerij Jansen” is gepubliceerd.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Praktijk bij Bakkerij Jansen' })).not.toBeInTheDocument());
  });

  it('pages through the whole queue, with the page in the URL', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${LIST}`]: ({ url }) => {
        const current = Number(url.searchParams.get('page'));
        return json(page([summary({ id: `q${current}`, title: `Voorstel op pagina ${current + 1}`, status: 'IN_REVIEW', ...STAFF_ON_REVIEW })],
          { page: current, totalItems: 61, totalPages: 4 }));
      },
    });
    const { router } = renderApp('/kennisbank/beoordelen?page=2', STAFF);
    expect(await screen.findByRole('link', { name: 'Voorstel op pagina 2' })).toBeInTheDocument();
    expect(mock.calls('GET', LIST)[0].url.searchParams.get('page')).toBe('1');
    const nav = screen.getByRole('navigation', { name: 'Paginering' });
    expect(within(nav).getByRole('link', { name: 'Pagina 2' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Pagina 4' })).toHaveAttribute('href', '/kennisbank/beoordelen?page=4');

    await userEvent.click(within(nav).getByRole('link', { name: /Volgende/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=3'));
    expect(await screen.findByRole('link', { name: 'Voorstel op pagina 3' })).toBeInTheDocument();
    expect(mock.calls('GET', LIST).at(-1)!.url.searchParams.get('page')).toBe('2');
  });

  it('is only for staff', async () => {
    mockFetch({ 'GET /api/v1/themes': () => json(THEMES) });
    renderApp('/kennisbank/beoordelen', PARTNER);
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });
});
