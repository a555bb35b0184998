import { useTranslation } from '../../../i18n';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { SectionProps } from '../../../shared/feature';
import { Link } from '../../../shared/links';
import { usePilots } from '../api';

/**
 * On the community's organisation and member pages: the pilots the organisation takes part in, as far as the caller
 * may see them (the API filters; a visitor sees only pilots whose evaluation is published).
 */
export function PilotsOfOrganization({ organizationId, organizationName }: SectionProps) {
  const { t } = useTranslation();
  const { data } = usePilots({ organization: organizationId }, 1, 10, Boolean(organizationId));
  if (!organizationId || !data || data.items.length === 0) return null;
  const title = organizationName ? t('pilots.section.titleOf', { name: organizationName }) : t('pilots.section.title');
  return (
    <section aria-labelledby={`pilots-of-${organizationId}`}>
      <Heading2 id={`pilots-of-${organizationId}`}>{title}</Heading2>
      <ul aria-labelledby={`pilots-of-${organizationId}`}>
        {data.items.map((pilot) => {
          const role = pilot.organizations.find((o) => o.organizationId === organizationId)?.role;
          return (
            <li key={pilot.id}>
              <Link to={`/pilots/${pilot.id}`}>{pilot.title}</Link> · {t(`pilots.status.${pilot.status}`)}
              {role && <> · {t(`pilots.role.${role}`)}</>}
            </li>
          );
        })}
      </ul>
      {data.totalItems > data.items.length && (
        <Paragraph>
          <Link to={`/pilots?organization=${organizationId}`}>{t('pilots.section.more', { name: organizationName ?? '' })}</Link>
        </Paragraph>
      )}
    </section>
  );
}
