import { useTranslation } from '../../../i18n';
import { useKnowledgeLabels } from '../labels';
import { FACETS, type Facet } from '../model';
import { activeFilterCount, type SearchState } from '../searchState';

/** The active filters as removable chips, plus "clear all". */
export function FilterChips({
  state,
  onRemove,
  onRemoveQuery,
  onClear,
}: {
  state: SearchState;
  onRemove: (facet: Facet, value: string) => void;
  onRemoveQuery: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const count = activeFilterCount(state);
  if (count === 0 && !state.q) return null;
  return (
    <div className="hub-chips">
      <h3 className="hub-visually-hidden">{t('knowledge.search.activeFilters')}</h3>
      <ul className="hub-chips__list">
        {state.q && (
          <li>
            <button
              type="button"
              className="hub-chip"
              aria-label={t('knowledge.search.removeQuery', { q: state.q })}
              onClick={onRemoveQuery}
            >
              <span>“{state.q}”</span>
              <span aria-hidden="true" className="hub-chip__x">
                ×
              </span>
            </button>
          </li>
        )}
        {FACETS.flatMap((facet) =>
          state[facet].map((value) => {
            const label = labels.facetValue(facet, value);
            return (
              <li key={`${facet}:${value}`}>
                <button
                  type="button"
                  className="hub-chip"
                  aria-label={t('knowledge.search.removeFilter', { facet: t(`knowledge.facets.${facet}`), value: label })}
                  onClick={() => onRemove(facet, value)}
                >
                  <span>
                    {t(`knowledge.facets.${facet}`)}: {label}
                  </span>
                  <span aria-hidden="true" className="hub-chip__x">
                    ×
                  </span>
                </button>
              </li>
            );
          }),
        )}
      </ul>
      {count + (state.q ? 1 : 0) > 1 && (
        <button type="button" className="hub-text-button" onClick={onClear}>
          {t('knowledge.search.clearAll')}
        </button>
      )}
    </div>
  );
}
