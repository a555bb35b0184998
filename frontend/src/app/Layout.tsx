import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from '../i18n';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../auth/AuthContext';
import { useMe } from '../features/me/api';
import { LANGUAGES } from '../i18n';
import { Link, NavLink } from '../shared/links';
import { isNavEntryFor } from '../shared/feature';
import { NAV_ENTRIES, WATCHERS } from './features';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t('lang.label')} className="hub-lang">
      <ul className="hub-lang__list">
        {LANGUAGES.map((lng) => (
          <li key={lng}>
            <button
              type="button"
              lang={lng}
              className="hub-lang__button"
              aria-pressed={i18n.language === lng}
              onClick={() => void i18n.changeLanguage(lng)}
            >
              {t(`lang.${lng}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const { authenticated, unavailable, login, logout } = useAuth();
  const me = useMe();
  if (!authenticated) {
    return (
      <div className="hub-user">
        {unavailable && <Paragraph className="hub-user__note">{t('auth.unavailable')}</Paragraph>}
        <Button appearance="secondary-action-button" className="hub-user__button" onClick={login} disabled={unavailable}>
          {t('auth.login')}
        </Button>
      </div>
    );
  }
  const name = me.data?.name ?? me.data?.username;
  return (
    <div className="hub-user">
      {name && <p className="hub-user__name">{t('auth.signedInAs', { name })}</p>}
      <Button appearance="secondary-action-button" className="hub-user__button" onClick={logout}>
        {t('auth.logout')}
      </Button>
    </div>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const { hasRole, authenticated } = useAuth();
  const items = NAV_ENTRIES.filter((entry) => isNavEntryFor(entry, hasRole));
  return (
    <nav aria-label={t('app.mainNav')} className="hub-nav" data-authenticated={authenticated}>
      <ul className="hub-nav__list">
        {items.map((item) => (
          <li key={item.labelKey} className="hub-nav__item">
            <NavLink to={item.to} end={item.end}>
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function Layout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After a client-side page change, move focus to the content so screen reader users hear the new page.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);

  return (
    <div className="hub-page">
      <a
        href="#main"
        className="utrecht-skip-link utrecht-skip-link--visible-on-focus"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="hub-header">
        <div className="hub-header__bar hub-container">
          <Link to="/" className="hub-logo">
            <span className="hub-logo__mark" aria-hidden="true">
              LH
            </span>
            <span className="hub-logo__name">{t('app.name')}</span>
          </Link>
          <div className="hub-header__tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
        <div className="hub-header__nav">
          <div className="hub-container">
            <MainNav />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="hub-main hub-container">
        {WATCHERS.map(({ id, Watcher }) => (
          <Watcher key={id} />
        ))}
        <Outlet />
      </main>
      <footer className="hub-footer">
        <div className="hub-container">
          <Paragraph className="hub-footer__text">{t('app.footer')}</Paragraph>
        </div>
      </footer>
    </div>
  );
}
