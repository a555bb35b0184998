import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../i18n';
import { describedBy } from '../../../shared/form/fields';

/**
 * A list of short texts (authors, sectors, target groups): one textbox per entry, with add and remove.
 * Input ids are `${id}-${index}`, so an API error on `authors[1]` lands on the second box.
 */
export function ListInput({
  id,
  legend,
  itemLabel,
  addLabel,
  hint,
  values,
  onChange,
  groupError,
  itemErrors,
  max,
  maxLength,
}: {
  id: string;
  legend: string;
  /** Label of one entry, e.g. n => `Auteur ${n}`. */
  itemLabel: (n: number) => string;
  addLabel: string;
  hint?: string;
  values: string[];
  onChange: (values: string[]) => void;
  groupError?: string;
  itemErrors: Record<number, string>;
  max: number;
  maxLength: number;
}) {
  const { t } = useTranslation();
  // An empty list still shows one box to type in; it is sent as [] while empty.
  const shown = values.length === 0 ? [''] : values;
  const refs = useRef<(HTMLInputElement | null)[]>([]);
  // After adding or removing a row, focus goes to the row that was added or now takes the removed one's place.
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    if (pendingFocus.current !== null) {
      refs.current[pendingFocus.current]?.focus();
      pendingFocus.current = null;
    }
  });

  const set = (index: number, value: string) => {
    const next = [...shown];
    next[index] = value;
    onChange(next.length === 1 && next[0] === '' ? [] : next);
  };
  const remove = (index: number) => {
    const next = shown.filter((_, i) => i !== index);
    pendingFocus.current = Math.max(0, Math.min(index, next.length - 1));
    onChange(next);
  };
  const add = () => {
    pendingFocus.current = shown.length;
    onChange([...shown, '']);
  };

  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hub-field${groupError ? ' hub-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(hint && `${id}-hint`, groupError && `${id}-error`)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend} <span className="hub-optional">{t('knowledge.form.optional')}</span>
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="utrecht-form-field-description">
          {hint}
        </p>
      )}
      {groupError && (
        <p id={`${id}-error`} className="utrecht-form-field-error-message">
          {groupError}
        </p>
      )}
      <ul className="hub-list-input">
        {shown.map((value, index) => {
          const inputId = `${id}-${index}`;
          const error = itemErrors[index];
          return (
            <li key={index} className={`hub-list-input__row${error ? ' utrecht-form-field--invalid' : ''}`}>
              <label htmlFor={inputId} className="hub-visually-hidden">
                {itemLabel(index + 1)}
              </label>
              {error && (
                <p id={`${inputId}-error`} className="utrecht-form-field-error-message">
                  {error}
                </p>
              )}
              <div className="hub-list-input__controls">
                <input
                  ref={(el) => {
                    refs.current[index] = el;
                  }}
                  id={inputId}
                  type="text"
                  className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
                  value={value}
                  maxLength={maxLength}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  onChange={(event) => set(index, event.target.value)}
                />
                {(shown.length > 1 || value !== '') && (
                  <button
                    type="button"
                    className="hub-text-button"
                    aria-label={t('knowledge.form.remove', { label: itemLabel(index + 1) })}
                    onClick={() => remove(index)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {shown.length < max && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action hub-small-button" onClick={add}>
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}
