import { lazyPage, type Feature } from '../../shared/feature';
import { en, nl } from './i18n';
import { OnboardingGate } from './OnboardingGate';

export const communityFeature: Feature = {
  id: 'community',
  routes: [
    { path: 'gemeenschap', ...lazyPage(() => import('./pages/DirectoryPage')) },
    { path: 'gemeenschap/organisaties', ...lazyPage(() => import('./pages/OrganizationsPage')) },
    { path: 'gemeenschap/organisaties/:id', ...lazyPage(() => import('./pages/OrganizationPage')) },
    { path: 'gemeenschap/leden/:id', ...lazyPage(() => import('./pages/MemberPage')) },
    { path: 'mijn-profiel', ...lazyPage(() => import('./pages/MyProfilePage')) },
    { path: 'ideeen', ...lazyPage(() => import('./pages/IdeasPage')) },
    { path: 'evenementen', ...lazyPage(() => import('./pages/EventsPage')) },
    { path: 'aanmelden', ...lazyPage(() => import('./pages/JoinPage')) },
    { path: 'beheer/aanmeldingen', ...lazyPage(() => import('./pages/JoinRequestsPage')) },
  ],
  nav: [
    { to: '/gemeenschap', labelKey: 'community.nav.directory', order: 15 },
    { to: '/evenementen', labelKey: 'community.events.nav', order: 22 },
    { to: '/ideeen', labelKey: 'community.ideas.nav', order: 25 },
    { to: '/mijn-profiel', labelKey: 'community.nav.profile', order: 40, roles: ['partner', 'staff'] },
    { to: '/aanmelden', labelKey: 'community.join.nav', order: 50, hideFor: ['partner', 'staff'] },
    { to: '/beheer/aanmeldingen', labelKey: 'community.join.inboxNav', order: 45, roles: ['staff'] },
  ],
  texts: { nl, en },
  Watcher: OnboardingGate,
};
