import { useTranslation } from '../../i18n';
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link } from '../../shared/links';

export default function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.nav'));
  return (
    <>
      <Heading1>{t('home.title')}</Heading1>
      <Paragraph appearance="lead">{t('home.intro')}</Paragraph>
      <section aria-labelledby="areas-heading">
        <Heading2 id="areas-heading">{t('home.areasTitle')}</Heading2>
        <ul className="hub-card-grid">
          <li className="hub-card hub-card--highlight">
            <Heading3 className="hub-card__title">{t('home.knowledgeTitle')}</Heading3>
            <Paragraph>{t('home.knowledgeText')}</Paragraph>
            <Paragraph>
              <Link to="/kennisbank">{t('home.knowledgeLink')}</Link>
            </Paragraph>
          </li>
          <li className="hub-card">
            <Heading3 className="hub-card__title">{t('home.themesTitle')}</Heading3>
            <Paragraph>{t('home.themesText')}</Paragraph>
            <Paragraph>
              <Link to="/themas">{t('home.themesLink')}</Link>
            </Paragraph>
          </li>
          <li className="hub-card">
            <Heading3 className="hub-card__title">{t('home.communityTitle')}</Heading3>
            <Paragraph>{t('home.communityText')}</Paragraph>
            <Paragraph>
              <Link to="/gemeenschap">{t('home.communityLink')}</Link>
            </Paragraph>
          </li>
          <li className="hub-card">
            <Heading3 className="hub-card__title">{t('home.pilotsTitle')}</Heading3>
            <Paragraph>{t('home.pilotsText')}</Paragraph>
            <Paragraph>
              <Link to="/pilots">{t('home.pilotsLink')}</Link> · <Link to="/interventies">{t('home.interventionsLink')}</Link>
            </Paragraph>
          </li>
          <li className="hub-card hub-card--muted">
            <Heading3 className="hub-card__title">{t('home.evaluationsTitle')}</Heading3>
            <Paragraph>{t('home.evaluationsText')}</Paragraph>
            <Paragraph className="hub-muted">{t('home.comingSoon')}</Paragraph>
          </li>
        </ul>
      </section>
    </>
  );
}
