import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/render';
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
});
