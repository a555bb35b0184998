import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, STAFF } from '../../../test/render';
import { json, mockFetch } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';

const member = { id: 'm2', name: 'Carla Bos', jobTitle: 'Docent', organization: { id: 'o2', name: 'ROC Midden' },
  expertise: ['coaching'], themes: [], visibility: 'PUBLIC', updatedAt: '2026-11-28T10:00:00Z', version: 0, allowedActions: [] };

describe('DirectoryPage', () => {
  it('searches people with filters kept in the URL and links to their pages', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/members': () => json({ items: [member], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
    });
    const { router } = renderApp('/gemeenschap');
    expect(await screen.findByRole('link', { name: 'Carla Bos' })).toHaveAttribute('href', '/gemeenschap/leden/m2');
    expect(screen.getByText('Docent · ROC Midden')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoek mensen' }), 'docenten');
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Provincie' }), 'Utrecht');
    await waitFor(() => expect(router.state.location.search).toBe('?q=docenten&province=UTRECHT'));
    const last = mock.calls('GET', '/api/v1/members').at(-1)!;
    expect(last.url.searchParams.get('q')).toBe('docenten');
    expect(last.url.searchParams.getAll('province')).toEqual(['UTRECHT']);
    expect(await screen.findByText('1 persoon')).toBeInTheDocument();
  });

  it('filters on theme and sector, and lets staff download the filtered directory as CSV', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/members': () => json({ items: [member], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
      'GET /api/v1/members/export': () => new Response('naam;e-mail\r\n', { status: 200, headers: { 'Content-Type': 'text/csv',
        'Content-Disposition': 'attachment; filename="community.csv"' } }),
    });
    const { router } = renderApp('/gemeenschap', STAFF);
    const theme = THEMES.items[0];
    await screen.findByRole('option', { name: theme.labelNl });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Thema' }), theme.labelNl);
    await userEvent.type(screen.getByRole('textbox', { name: 'Sector' }), 'onderwijs');
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?theme=${theme.code}&sector=onderwijs`));
    expect(mock.calls('GET', '/api/v1/members').at(-1)!.url.searchParams.get('sector')).toBe('onderwijs');
    await userEvent.click(screen.getByRole('button', { name: 'Download als CSV' }));
    await waitFor(() => expect(mock.calls('GET', '/api/v1/members/export')).toHaveLength(1));
    const exported = mock.calls('GET', '/api/v1/members/export')[0].url.searchParams;
    expect(exported.getAll('theme')).toEqual([theme.code]);
    expect(exported.get('sector')).toBe('onderwijs');
  });
});
