import { describe, expect, it } from 'vitest';
import { filterQuery, listQuery, parseSearch, searchToParams, sortChoices, toggleFacet } from './searchState';

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

  it('maps to API parameters: 0-based page, the chosen sort as it is (the API decides what applies)', () => {
    const state = parseSearch(new URLSearchParams('sort=relevance&page=3'));
    expect(listQuery(state)).toMatchObject({ page: 2, size: 20, sort: 'relevance' });
    expect(filterQuery({ ...state, q: 'x' }).sort).toBe('relevance');
    expect(listQuery(parseSearch(new URLSearchParams('')))).toMatchObject({ sort: undefined });
  });

  it('offers the sort choices the API names for a search, and keeps the applied one', () => {
    expect(sortChoices(['newest', 'publicationYear', 'title', 'updatedAt'])).toEqual(['newest', 'publicationYear,asc', 'title,asc', 'updatedAt,desc']);
    expect(sortChoices(['relevance', 'newest'])).toEqual(['relevance', 'newest']);
    expect(sortChoices(['newest'], 'title,desc')).toEqual(['newest', 'title,desc']);
  });
});
