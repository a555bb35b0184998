import type { QueryParams } from '../../api/client';
import { FACETS, type Facet } from './model';

/** Everything a search shows; kept in the URL query string so a search can be shared and the back button works. */
export interface SearchState {
  q: string;
  type: string[];
  theme: string[];
  learningForm: string[];
  year: string[];
  /** '' = the API's default (it answers which sort it applied, and which make sense for the search). */
  sort: string;
  /** 1-based, as people read it in the URL. */
  page: number;
}

export const PAGE_SIZE = 20;

/** The sort choices the page offers, by the API's sort keys (`sortOptions` of a search answer). */
const SORT_CHOICES: Record<string, readonly string[]> = {
  relevance: ['relevance'],
  newest: ['newest'],
  // newest first is `newest` (publication year, then last change); the year key adds the other direction
  publicationYear: ['publicationYear,asc'],
  title: ['title,asc'],
  updatedAt: ['updatedAt,desc'],
};

export const SORT_OPTIONS = Object.values(SORT_CHOICES).flat();

/** The choices for a search: those of the API's `sortOptions`, and the sort it applied (`sort`) if that is another. */
export function sortChoices(sortOptions: readonly string[], applied?: string): string[] {
  const choices = sortOptions.flatMap((key) => SORT_CHOICES[key] ?? []);
  return applied && !choices.includes(applied) ? [...choices, applied] : choices;
}

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
    sort: state.sort || undefined,
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
