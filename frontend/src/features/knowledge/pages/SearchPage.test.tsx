import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, STAFF } from '../../../test/render';
import i18n from '../../../i18n';
import { json, mockFetch } from '../../../test/fetchMock';
import { page, summary, THEMES } from '../../../test/fixtures';

const LIST = '/api/v1/knowledge-items';

function setup(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    ...extra,
    'GET /api/v1/themes': () => json(THEMES),
    [`GET ${LIST}`]: ({ url }) =>
      json(
        page(
          [
            summary({ id: 'i1', title: 'Leren op de werkvloer', highlight: 'Over een [[lerende]] organisatie' }),
            summary({ id: 'i2', title: 'Feedback geven', type: 'PRACTICE_EXAMPLE' }),
          ],
          {
            totalItems: url.searchParams.getAll('type').length > 1 ? 17 : 42,
            totalPages: 3,
            page: Number(url.searchParams.get('page') ?? 0),
            // as the API answers: relevance only with search words
            sort: url.searchParams.get('sort') ?? (url.searchParams.get('q') ? 'relevance' : 'newest'),
            sortOptions: [...(url.searchParams.get('q') ? ['relevance'] : []), 'newest', 'publicationYear', 'title', 'updatedAt'],
          },
        ),
      ),
  });
}

describe('SearchPage', () => {
  it('reads its state from the URL and sends it to the API', async () => {
    const mock = setup();
    renderApp('/kennisbank?q=leercultuur&type=RESEARCH&year=2022&sort=title,asc&page=2');
    expect(await screen.findByText('42 resultaten voor “leercultuur”')).toBeInTheDocument();
    const request = mock.calls('GET', LIST).at(-1)!;
    expect(request.url.searchParams.get('q')).toBe('leercultuur');
    expect(request.url.searchParams.getAll('type')).toEqual(['RESEARCH']);
    expect(request.url.searchParams.getAll('year')).toEqual(['2022']);
    expect(request.url.searchParams.get('sort')).toBe('title,asc');
    expect(request.url.searchParams.get('page')).toBe('1'); // the URL counts from 1, the API from 0
    expect(screen.getByRole('searchbox', { name: 'Zoek in de kennisbank' })).toHaveValue('leercultuur');
    expect(screen.getByRole('checkbox', { name: 'Onderzoek (12)' })).toBeChecked();
  });

  it('updates the URL and the request when a facet is ticked, and starts at page 1 again', async () => {
    const mock = setup();
    const { router } = renderApp('/kennisbank?q=leren&type=RESEARCH&page=2');
    const checkbox = await screen.findByRole('checkbox', { name: 'Praktijkvoorbeeld (5)' });
    await userEvent.click(checkbox);

    await waitFor(() => expect(router.state.location.search).toBe('?q=leren&type=RESEARCH&type=PRACTICE_EXAMPLE'));
    await waitFor(() => {
      const last = mock.calls('GET', LIST).at(-1)!;
      expect(last.url.searchParams.getAll('type')).toEqual(['RESEARCH', 'PRACTICE_EXAMPLE']);
      expect(last.url.searchParams.get('page')).toBe('0');
    });
    expect(await screen.findByText('17 resultaten voor “leren”')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Praktijkvoorbeeld (5)' })).toBeChecked();
  });

  it('shows active filters as chips that remove the filter, and keeps the count in a live region', async () => {
    setup();
    const { router } = renderApp('/kennisbank?theme=feedback&learningForm=INFORMAL');
    const status = await screen.findByRole('status', { name: '' });
    await waitFor(() => expect(status).toHaveTextContent('42 resultaten'));
    expect(status).toHaveAttribute('aria-live', 'polite');

    const chip = await screen.findByRole('button', { name: 'Filter verwijderen: Thema: Feedback' });
    await userEvent.click(chip);
    await waitFor(() => expect(router.state.location.search).toBe('?learningForm=INFORMAL'));
    expect(screen.queryByRole('button', { name: 'Filter verwijderen: Thema: Feedback' })).not.toBeInTheDocument();
  });

  it('submits a new query to the URL and keeps the back button working', async () => {
    const mock = setup();
    const { router } = renderApp('/kennisbank');
    const box = await screen.findByRole('searchbox', { name: 'Zoek in de kennisbank' });
    await userEvent.type(box, '"lerende organisatie" -kosten');
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=%22lerende+organisatie%22+-kosten'));
    await waitFor(() => expect(mock.calls('GET', LIST).at(-1)!.url.searchParams.get('q')).toBe('"lerende organisatie" -kosten'));

    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(screen.getByRole('searchbox', { name: 'Zoek in de kennisbank' })).toHaveValue(''));
  });

  it('changes the sort order through the select', async () => {
    setup();
    const { router } = renderApp('/kennisbank?q=leren');
    const select = await screen.findByRole('combobox', { name: 'Sorteren op' });
    await waitFor(() => expect(select).toHaveValue('relevance'));
    await userEvent.selectOptions(select, 'Titel (A-Z)');
    await waitFor(() => expect(router.state.location.search).toBe('?q=leren&sort=title%2Casc'));
  });

  it('offers exactly the sort options of the answer and shows the applied sort as selected', async () => {
    setup();
    renderApp('/kennisbank?theme=feedback');
    const select = await screen.findByRole('combobox', { name: 'Sorteren op' });
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Nieuwste eerst',
      'Oudste eerst',
      'Titel (A-Z)',
      'Laatst bijgewerkt',
    ]));
    expect(select).toHaveValue('newest');
  });

  it('selects the sort the API applied, among the options it answered', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${LIST}`]: () => json(page([summary({ id: 'i1' })], { sort: 'title,asc', sortOptions: ['title', 'newest'] })),
    });
    renderApp('/kennisbank?sort=title%2Casc');
    const select = await screen.findByRole('combobox', { name: 'Sorteren op' });
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['title,asc', 'newest']));
    expect(select).toHaveValue('title,asc');
  });

  it('renders the highlighted snippet with <mark> and links the results to their pages', async () => {
    setup();
    renderApp('/kennisbank?q=lerende');
    const link = await screen.findByRole('link', { name: 'Leren op de werkvloer' });
    expect(link).toHaveAttribute('href', '/kennisbank/i1');
    const result = link.closest('article')!;
    expect(within(result).getByText('lerende').tagName).toBe('MARK');
  });

  it('offers paging links that keep the filters', async () => {
    setup();
    renderApp('/kennisbank?theme=feedback');
    const nav = await screen.findByRole('navigation', { name: 'Paginering' });
    expect(within(nav).getByRole('link', { name: 'Pagina 1' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Volgende' })).toHaveAttribute('href', '/kennisbank?theme=feedback&page=2');
  });

  it('shows an empty state when nothing matches', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${LIST}`]: () => json(page([], { totalItems: 0, totalPages: 0 })),
    });
    renderApp('/kennisbank?q=xyz');
    expect(await screen.findByText(/Probeer andere of minder zoekwoorden/)).toBeInTheDocument();
    expect(screen.getByText('Geen resultaten voor “xyz”')).toBeInTheDocument();
  });
});

describe('SearchPage export', () => {
  it('downloads the CSV of the current search in the language of the page (Dutch Excel in Dutch)', async () => {
    const mock = setup({
      'GET /api/v1/knowledge-items/export': () => new Response('\uFEFFid;Titel\r\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() }));
    renderApp('/kennisbank?q=leren&type=RESEARCH');
    await screen.findByText('42 resultaten voor “leren”');
    await userEvent.click(screen.getByRole('button', { name: 'Download als CSV' }));
    await waitFor(() => expect(mock.calls('GET', '/api/v1/knowledge-items/export')).toHaveLength(1));
    const request = mock.calls('GET', '/api/v1/knowledge-items/export')[0];
    expect(request.headers.get('Accept-Language')).toBe('nl');
    expect(request.url.searchParams.get('q')).toBe('leren');
    expect(request.url.searchParams.getAll('type')).toEqual(['RESEARCH']);
  });

  it('asks for the English CSV when the page is in English, with the token, as a file', async () => {
    const mock = setup({
      'GET /api/v1/knowledge-items/export': () =>
        new Response('\uFEFFid,title\r\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="kennisbank.csv"' } }),
    });
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:csv');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    await i18n.changeLanguage('en');
    renderApp('/kennisbank?q=leren', STAFF);
    await screen.findByText('42 results for “leren”');
    await userEvent.click(screen.getByRole('button', { name: 'Download as CSV' }));
    await waitFor(() => expect(mock.calls('GET', '/api/v1/knowledge-items/export')).toHaveLength(1));
    const request = mock.calls('GET', '/api/v1/knowledge-items/export')[0];
    expect(request.headers.get('Accept-Language')).toBe('en');
    expect(request.headers.get('Authorization')).toBe('Bearer test-token');
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    expect(await createObjectURL.mock.calls[0][0].text()).toBe('id,title\r\n'); // the file as answered (text() drops the BOM)
  });

  it('on a phone, keeps the filters behind a button and builds them only when it is opened', async () => {
    setup();
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false, media: query, addEventListener: () => {}, removeEventListener: () => {},
    }));
    renderApp('/kennisbank?q=leren&type=RESEARCH');
    expect(await screen.findByText('42 resultaten voor “leren”')).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Filters (1 actief)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('checkbox', { hidden: true })).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('checkbox', { name: 'Onderzoek (12)' })).toBeChecked();
    await userEvent.click(toggle);
    expect(screen.queryByRole('checkbox', { hidden: true })).not.toBeInTheDocument();
  });
});
