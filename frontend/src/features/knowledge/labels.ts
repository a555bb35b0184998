import { useTranslation } from '../../i18n';
import { locale } from '../../i18n';
import { useThemeLabels } from '../../shared/themes';
import type { Facet } from './model';

/** Labels of the knowledge bank's enum values and facet values in the active language. */
export function useKnowledgeLabels() {
  const { t } = useTranslation();
  const themeLabel = useThemeLabels();
  const known = (key: string, fallback: string) => {
    const value = t(key, { defaultValue: '' });
    return value || fallback;
  };
  const labels = {
    type: (value: string) => known(`knowledge.type.${value}`, value),
    learningForm: (value: string) => known(`knowledge.learningForm.${value}`, value),
    status: (value: string) => known(`knowledge.status.${value}`, value),
    visibility: (value: string) => known(`knowledge.visibility.${value}`, value),
    language: (code: string) => known(`knowledge.language.${code}`, t('knowledge.language.other', { code })),
    theme: themeLabel,
    facetValue: (facet: Facet, value: string): string => {
      switch (facet) {
        case 'type':
          return labels.type(value);
        case 'learningForm':
          return labels.learningForm(value);
        case 'theme':
          return themeLabel(value);
        default:
          return value;
      }
    },
  };
  return labels;
}

/** The labels of useKnowledgeLabels: a list takes them once and hands them to its rows. */
export type KnowledgeLabels = ReturnType<typeof useKnowledgeLabels>;

export function formatDate(iso: string | undefined | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale(), { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(iso: string | undefined | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale(), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
