import { forwardRef } from 'react';
import { useTranslation } from '../../i18n';

export interface SummaryEntry {
  message: string;
  /** Id of the input to focus; entries without a target are shown as plain text. */
  targetId?: string;
}

/**
 * The error summary at the top of a form (GOV.UK / NL Design System pattern): it receives focus after a failed
 * submit, and each entry links to the field it concerns.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { title?: string; entries: SummaryEntry[]; onFocusField: (id: string) => void }>(
  function ErrorSummary({ title, entries, onFocusField }, ref) {
    const { t } = useTranslation();
    if (entries.length === 0) return null;
    return (
      <div ref={ref} className="hub-error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
        <h2 id="error-summary-title" className="utrecht-heading-2 hub-error-summary__title">
          {title ?? t('shared.errorSummary')}
        </h2>
        <ul className="hub-error-summary__list">
          {entries.map((entry, index) => (
            <li key={index}>
              {entry.targetId ? (
                <a
                  href={`#${entry.targetId}`}
                  className="utrecht-link utrecht-link--html-a"
                  onClick={(event) => {
                    event.preventDefault();
                    onFocusField(entry.targetId!);
                  }}
                >
                  {entry.message}
                </a>
              ) : (
                entry.message
              )}
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
