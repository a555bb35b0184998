import { useDeferredValue, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { saveBlob } from '../../../api/client';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useMediaQuery } from '../../../shared/hooks/useMediaQuery';
import { downloadCsv, useKnowledgeSearch } from '../api';
import { FacetPanel } from '../components/FacetPanel';
import { FilterChips } from '../components/FilterChips';
import { Pagination } from '../../../shared/Pagination';
import { ResultItem } from '../components/ResultItem';
import { useKnowledgeLabels } from '../labels';
import type { Facet } from '../model';
import {
  activeFilterCount,
  parseSearch,
  searchToParams,
  sortChoices,
  toggleFacet,
  type SearchState,
} from '../searchState';

const SORT_LABELS: Record<string, string> = {
  relevance: 'knowledge.search.sortRelevance',
  newest: 'knowledge.search.sortNewest',
  'publicationYear,desc': 'knowledge.search.sortNewest',
  'publicationYear,asc': 'knowledge.search.sortOldest',
  'title,asc': 'knowledge.search.sortTitle',
  'updatedAt,desc': 'knowledge.search.sortUpdated',
};

function SearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  // Keyed by q in the parent, so the box shows the query of the URL after back/forward.
  const [value, setValue] = useState(q);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" className="hub-search" onSubmit={submit}>
      <label htmlFor={`${id}-q`} className="utrecht-form-label hub-search__label">
        {t('knowledge.search.label')}
      </label>
      <div className="hub-search__row">
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          className="utrecht-textbox utrecht-textbox--html-input hub-search__input"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          enterKeyHint="search"
        />
        <Button type="submit" appearance="primary-action-button" className="hub-search__button">
          {t('knowledge.search.button')}
        </Button>
      </div>
      <p id={`${id}-hint`} className="hub-search__hint">
        {t('knowledge.search.hint')}
      </p>
    </form>
  );
}

export default function SearchPage() {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const { api } = useAuth();
  const [params, setParams] = useSearchParams();
  const state = parseSearch(params);
  const { data: answer, error, isPending, isFetching, refetch } = useKnowledgeSearch(state);
  // the results and facets are drawn in a background render that gives the browser room between its parts (one long
  // task of drawing them all after the answer was most of the page's blocking time on a phone)
  const data = useDeferredValue(answer);
  const wide = useMediaQuery('(min-width: 50em)');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState(false);
  const ids = useId();
  // A new page of results starts at the top.
  const previousPage = useRef(state.page);
  useEffect(() => {
    if (previousPage.current !== state.page) window.scrollTo?.({ top: 0 });
    previousPage.current = state.page;
  }, [state.page]);
  usePageTitle(state.q ? `${state.q} – ${t('knowledge.title')}` : t('knowledge.title'));

  const update = (next: SearchState) => setParams(searchToParams(next));
  const hrefFor = (page: number) => {
    const qs = searchToParams({ ...state, page }).toString();
    return qs ? `/kennisbank?${qs}` : '/kennisbank';
  };
  const onToggle = (facet: Facet, value: string) => update(toggleFacet(state, facet, value));

  const exportCsv = async () => {
    setExporting(true);
    setExportError(false);
    try {
      const { blob, filename } = await downloadCsv(api, state);
      saveBlob(blob, filename);
    } catch {
      setExportError(true);
    } finally {
      setExporting(false);
    }
  };

  const total = data?.totalItems ?? 0;
  const countText = state.q
    ? t('knowledge.search.resultCountFor', { count: total, q: state.q })
    : t('knowledge.search.resultCount', { count: total });
  const filterCount = activeFilterCount(state);
  // What the API applied and offers for this search (until its first answer, only the asked-for sort).
  const sortValue = data?.sort ?? (state.sort || 'newest');
  const sortOptions = sortChoices(data?.sortOptions ?? [], sortValue);

  const facetPanel = <FacetPanel facets={data?.facets} state={state} onToggle={onToggle} />;

  return (
    <>
      <Heading1>{t('knowledge.title')}</Heading1>
      <Paragraph appearance="lead">{t('knowledge.intro')}</Paragraph>
      <SearchForm key={state.q} q={state.q} onSearch={(q) => update({ ...state, q, page: 1 })} />

      <div className="hub-search-layout">
        <section className="hub-search-layout__filters" aria-labelledby={`${ids}-filters`}>
          {wide ? (
            <>
              <Heading2 id={`${ids}-filters`} className="hub-filters__heading">
                {t('knowledge.search.filters')}
              </Heading2>
              {facetPanel}
            </>
          ) : (
            <>
              <Heading2 id={`${ids}-filters`} className="hub-filters__heading">
                <button
                  type="button"
                  className="hub-disclosure"
                  aria-expanded={filtersOpen}
                  aria-controls={`${ids}-panel`}
                  onClick={() => setFiltersOpen(!filtersOpen)}
                >
                  {t('knowledge.search.filters')}
                  {filterCount > 0 && ` (${t('knowledge.search.activeFiltersCount', { count: filterCount })})`}
                </button>
              </Heading2>
              {/* built only when opened: a phone does not render the checkboxes it does not show */}
              <div id={`${ids}-panel`} hidden={!filtersOpen}>
                {filtersOpen && facetPanel}
              </div>
            </>
          )}
        </section>

        <section className="hub-search-layout__results" aria-labelledby={`${ids}-results`} aria-busy={isFetching}>
          <Heading2 id={`${ids}-results`} className="hub-visually-hidden">
            {t('knowledge.search.results')}
          </Heading2>
          <p className="hub-result-count" role="status" aria-live="polite">
            {error ? '' : isPending || !data ? t('knowledge.search.loading') : countText}
          </p>
          <FilterChips
            state={state}
            onRemove={onToggle}
            onRemoveQuery={() => update({ ...state, q: '', page: 1 })}
            onClear={() => update({ q: '', type: [], theme: [], learningForm: [], year: [], sort: '', page: 1 })}
          />
          <div className="hub-toolbar">
            <div className="hub-toolbar__sort">
              <label htmlFor={`${ids}-sort`} className="utrecht-form-label">
                {t('knowledge.search.sort')}
              </label>
              <select
                id={`${ids}-sort`}
                className="utrecht-select utrecht-select--html-select"
                value={sortValue}
                onChange={(event) => update({ ...state, sort: event.target.value, page: 1 })}
              >
                {sortOptions.map((option) => (
                  <option key={option} value={option}>
                    {SORT_LABELS[option] ? t(SORT_LABELS[option]) : option}
                  </option>
                ))}
              </select>
            </div>
            <Button
              appearance="secondary-action-button"
              onClick={() => void exportCsv()}
              disabled={exporting || total === 0}
              busy={exporting}
            >
              {exporting ? t('knowledge.search.exporting') : t('knowledge.search.export')}
            </Button>
          </div>
          {exportError && (
            <Alert type="error" role="alert">
              <Paragraph>{t('knowledge.search.exportFailed')}</Paragraph>
            </Alert>
          )}
          {error && <QueryError error={error} onRetry={() => void refetch()} />}
          {data && data.items.length === 0 && (
            <div className="hub-empty">
              <Paragraph>
                <strong>{t('knowledge.search.emptyTitle')}.</strong> {t('knowledge.search.emptyText')}
              </Paragraph>
            </div>
          )}
          {data && data.items.length > 0 && (
            <ol className="hub-results" start={(data.page ?? 0) * data.size + 1}>
              {data.items.map((item) => (
                <ResultItem key={item.id} item={item} labels={labels} showStatus />
              ))}
            </ol>
          )}
          {data && <Pagination page={state.page} totalPages={data.totalPages} hrefFor={hrefFor} />}
        </section>
      </div>
    </>
  );
}
