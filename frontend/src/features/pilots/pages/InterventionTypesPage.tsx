import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useAuth } from '../../../auth/AuthContext';
import { Confirmation } from '../../../shared/Confirmation';
import { InterventionTypeEditor } from '../components/InterventionTypeEditor';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link } from '../../../shared/links';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useInterventionText, useInterventionTypes } from '../api';

/** The intervention types with their active ingredients. */
export default function InterventionTypesPage() {
  const { t } = useTranslation();
  usePageTitle(t('pilots.types.title'));
  const { data, error, isPending, refetch } = useInterventionTypes();
  const text = useInterventionText();
  const { hasRole } = useAuth();
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <Heading1>{t('pilots.types.title')}</Heading1>
      <Paragraph appearance="lead">{t('pilots.types.intro')}</Paragraph>
      <Confirmation message={created} />
      {hasRole('staff') && <InterventionTypeEditor onSaved={(label) => setCreated(t('pilots.typeEdit.created', { label }))} />}
      {isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('pilots.types.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <>
          <Paragraph className="hub-muted">{t('pilots.types.count', { count: data.totalItems })}</Paragraph>
          <ul className="hub-card-grid" aria-label={t('pilots.types.title')}>
            {data.items.map((type) => (
              <li key={type.id} className="hub-card">
                <Heading2 className="hub-card__title">
                  <Link to={`/interventies/${type.code}`}>{text.label(type)}</Link>
                </Heading2>
                <Paragraph>{text.description(type)}</Paragraph>
                {text.ingredients(type).length > 0 && (
                  <>
                    <p className="hub-muted">{t('pilots.types.ingredients')}</p>
                    <ul aria-label={`${t('pilots.types.ingredients')}: ${text.label(type)}`}>
                      {text.ingredients(type).map((ingredient) => (
                        <li key={ingredient}>{ingredient}</li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
