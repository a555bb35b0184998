import { describe, expect, it } from 'vitest';
import { filterQuery, listQuery, parseSearch, searchToParams, toggleFacet } from './searchState';

describe('search state', () => {
  it('round-trips through the URL and ignores junk', () => {
    const state = parseSearch(new URLSearchParams('q=+leren+&type=RESEARCH&type=RESEARCH&year=2021&sort=bogus&page=-3'));
    expect(state).toEqual({ q: 'leren', type: ['RESEARCH'], theme: [], learningForm: [], year: ['2021'], sort: '', page: 1 });
    expect(searchToParams(state).toString()).toBe('q=leren&type=RESEARCH&year=2021');
  });

  it('resets to the first page when a facet changes', () => {
    const state = parseSearch(new URLSearchParams('theme=feedback&page=4'));
    expect(toggleFacet(state, 'theme', 'leiderschap')).toMatchObject({ theme: ['feedback', 'leiderschap'], page: 1 });
    expect(toggleFacet(state, 'theme', 'feedback')).toMatchObject({ theme: [], page: 1 });
  });

  it('maps to API parameters: 0-based page, and no relevance sort without a query', () => {
    const state = parseSearch(new URLSearchParams('sort=relevance&page=3'));
    expect(listQuery(state)).toMatchObject({ page: 2, size: 20, sort: undefined });
    expect(filterQuery({ ...state, q: 'x' }).sort).toBe('relevance');
  });
});
