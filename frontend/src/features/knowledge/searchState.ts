import type { QueryParams } from '../../api/client';
import { FACETS, type Facet } from './model';

/** Everything a search shows; kept in the URL query string so a search can be shared and the back button works. */
export interface SearchState {
  q: string;
  type: string[];
  theme: string[];
  learningForm: string[];
  year: string[];
  /** '' = the API's default (relevance with a query, newest without). */
  sort: string;
  /** 1-based, as people read it in the URL. */
  page: number;
}

export const PAGE_SIZE = 20;

export const SORT_OPTIONS = ['relevance', 'publicationYear,desc', 'publicationYear,asc', 'title,asc', 'updatedAt,desc'] as const;

export function parseSearch(params: URLSearchParams): SearchState {
  const list = (key: Facet) => [...new Set(params.getAll(key).filter(Boolean))];
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const sort = params.get('sort') ?? '';
  return {
    q: params.get('q')?.trim() ?? '',
    type: list('type'),
    theme: list('theme'),
    learningForm: list('learningForm'),
    year: list('year'),
    sort: (SORT_OPTIONS as readonly string[]).includes(sort) ? sort : '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The URL form of a state; defaults are left out to keep links short. */
export function searchToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state[facet]) params.append(facet, value);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The filters of a state as API query parameters (without paging), shared by the list and the CSV export. */
export function filterQuery(state: SearchState): QueryParams {
  return {
    q: state.q || undefined,
    type: state.type,
    theme: state.theme,
    learningForm: state.learningForm,
    year: state.year,
    // relevance without a query means nothing; the API then lists newest first.
    sort: state.sort === 'relevance' && !state.q ? undefined : state.sort || undefined,
  };
}

export function listQuery(state: SearchState): QueryParams {
  return { ...filterQuery(state), page: state.page - 1, size: PAGE_SIZE };
}

export function toggleFacet(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [facet]: next, page: 1 };
}

export function activeFilterCount(state: SearchState): number {
  return FACETS.reduce((sum, facet) => sum + state[facet].length, 0);
}
