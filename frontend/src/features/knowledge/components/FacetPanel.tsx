import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useKnowledgeLabels } from '../labels';
import { FACETS, type Facet, type FacetValue } from '../model';
import type { SearchState } from '../searchState';

const COLLAPSED_SIZE = 8;

function FacetGroup({
  facet,
  counts,
  selected,
  onToggle,
}: {
  facet: Facet;
  counts: FacetValue[];
  selected: string[];
  onToggle: (facet: Facet, value: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  // Selected values stay visible even when the API reports no count for them under the other filters.
  const values: FacetValue[] = [...counts];
  for (const value of selected) if (!values.some((c) => c.value === value)) values.push({ value, count: 0 });
  if (facet === 'year') values.sort((a, b) => b.value.localeCompare(a.value));
  if (values.length === 0) return null;
  const visible = expanded ? values : values.slice(0, COLLAPSED_SIZE);
  return (
    <fieldset className="hub-facet utrecht-form-fieldset">
      <legend className="hub-facet__legend utrecht-form-fieldset__legend">{t(`knowledge.facets.${facet}`)}</legend>
      <ul className="hub-facet__list" id={`${id}-list`}>
        {visible.map(({ value, count }) => {
          const inputId = `${id}-${value}`;
          return (
            <li key={value} className="hub-facet__option">
              <input
                type="checkbox"
                id={inputId}
                className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                checked={selected.includes(value)}
                onChange={() => onToggle(facet, value)}
              />
              <label htmlFor={inputId} className="hub-facet__label">
                {labels.facetValue(facet, value)} <span className="hub-facet__count">({count})</span>
              </label>
            </li>
          );
        })}
      </ul>
      {values.length > COLLAPSED_SIZE && (
        <button
          type="button"
          className="hub-text-button"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('knowledge.search.facetLess') : t('knowledge.search.facetMore', { count: values.length })}
        </button>
      )}
    </fieldset>
  );
}

export function FacetPanel({
  facets,
  state,
  onToggle,
}: {
  facets: Partial<Record<Facet, FacetValue[]>> | undefined;
  state: SearchState;
  onToggle: (facet: Facet, value: string) => void;
}) {
  return (
    <div className="hub-facets">
      {FACETS.map((facet) => (
        <FacetGroup key={facet} facet={facet} counts={facets?.[facet] ?? []} selected={state[facet]} onToggle={onToggle} />
      ))}
    </div>
  );
}
