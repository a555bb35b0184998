import { useState } from 'react';
import { useParams } from 'react-router';
import { useAuth } from '../../../auth/AuthContext';
import { Confirmation } from '../../../shared/Confirmation';
import { InterventionTypeEditor } from '../components/InterventionTypeEditor';
import { useTranslation } from '../../../i18n';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { BackLink, Link } from '../../../shared/links';
import { NotFoundContent } from '../../../shared/NotFoundContent';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useInterventionText, useInterventionType, usePilots } from '../api';

/** The pilots that try this intervention, as far as the caller may see them. */
function PilotsTrying({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data } = usePilots({ interventionType: code }, 1, 20);
  if (!data) return null;
  return (
    <section aria-labelledby="type-pilots">
      <Heading2 id="type-pilots">{t('pilots.types.pilots')}</Heading2>
      {data.items.length === 0 ? (
        <Paragraph>{t('pilots.types.noPilots')}</Paragraph>
      ) : (
        <ul aria-labelledby="type-pilots">
          {data.items.map((pilot) => (
            <li key={pilot.id}>
              <Link to={`/pilots/${pilot.id}`}>{pilot.title}</Link> · {t(`pilots.status.${pilot.status}`)}
            </li>
          ))}
        </ul>
      )}
      {data.totalItems > data.items.length && (
        <Paragraph>
          <Link to={`/pilots?interventionType=${encodeURIComponent(code)}`}>{t('pilots.list.count', { count: data.totalItems })}</Link>
        </Paragraph>
      )}
    </section>
  );
}

/** One intervention type: what it is and what makes it work. */
export default function InterventionTypePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useInterventionType(code);
  const text = useInterventionText();
  const { hasRole } = useAuth();
  const [saved, setSaved] = useState(false);
  usePageTitle(data ? text.label(data) : t('pilots.types.title'));
  if (isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (isApiError(error) && error.status === 404) {
    return <NotFoundContent title={t('pilots.types.notFoundTitle')} text={t('pilots.types.notFound')} />;
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const ingredients = text.ingredients(data);
  return (
    <article className="hub-item">
      <BackLink to="/interventies">{t('pilots.types.title')}</BackLink>
      <Heading1>{text.label(data)}</Heading1>
      <Paragraph appearance="lead">{text.description(data)}</Paragraph>
      <Confirmation message={saved && t('pilots.typeEdit.saved')} />
      {hasRole('staff') && <InterventionTypeEditor key={data.version} type={data} onSaved={() => setSaved(true)} />}
      <section aria-labelledby="type-ingredients">
        <Heading2 id="type-ingredients">{t('pilots.types.ingredients')}</Heading2>
        {ingredients.length === 0 ? (
          <Paragraph>{t('pilots.types.noIngredients')}</Paragraph>
        ) : (
          <ul aria-labelledby="type-ingredients">
            {ingredients.map((ingredient) => (
              <li key={ingredient}>{ingredient}</li>
            ))}
          </ul>
        )}
      </section>
      <PilotsTrying code={data.code} />
    </article>
  );
}
