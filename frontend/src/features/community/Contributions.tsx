import { useId } from 'react';
import { useTranslation } from '../../i18n';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link } from '../../shared/links';
import { useContributions } from './api';

/** "Who works on what": the published knowledge items a member or an organisation contributed. */
export function Contributions({ kind, id }: { kind: 'members' | 'organizations'; id: string }) {
  const { t } = useTranslation();
  const heading = useId();
  const { data, isError } = useContributions(kind, id);
  if (isError) return null; // the page itself shows whether the member or organisation can be seen
  return (
    <section aria-labelledby={heading}>
      <Heading2 id={heading}>{t('community.contributions.title')}</Heading2>
      {!data && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {data && data.knowledgeItems.length === 0 && <Paragraph>{t('community.contributions.empty')}</Paragraph>}
      {data && data.knowledgeItems.length > 0 && (
        <ul aria-labelledby={heading}>
          {data.knowledgeItems.map((item) => (
            <li key={item.id}>
              <Link to={`/kennisbank/${item.id}`}>{item.title}</Link>
              {item.publicationYear && <span className="hub-muted"> ({item.publicationYear})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
