import { lazyPage, type Feature } from '../../shared/feature';
import { en, nl } from './i18n';

export const knowledgeFeature: Feature = {
  id: 'knowledge',
  routes: [
    { path: 'kennisbank', ...lazyPage(() => import('./pages/SearchPage')) },
    { path: 'kennisbank/nieuw', ...lazyPage(() => import('./pages/NewItemPage')) },
    { path: 'kennisbank/beoordelen', ...lazyPage(() => import('./pages/ReviewQueuePage')) },
    { path: 'kennisbank/mijn-voorstellen', ...lazyPage(() => import('./pages/MyProposalsPage')) },
    { path: 'kennisbank/:id', ...lazyPage(() => import('./pages/ItemPage')) },
    { path: 'kennisbank/:id/bewerken', ...lazyPage(() => import('./pages/EditItemPage')) },
  ],
  nav: [
    { to: '/kennisbank', labelKey: 'knowledge.nav.knowledge', order: 10, end: true },
    { to: '/kennisbank/nieuw', labelKey: 'knowledge.nav.propose', order: 30, roles: ['partner'] },
    { to: '/kennisbank/mijn-voorstellen', labelKey: 'knowledge.nav.myProposals', order: 31, roles: ['partner'] },
    { to: '/kennisbank/nieuw', labelKey: 'knowledge.nav.newItem', order: 30, roles: ['staff'], hideFor: ['partner'] },
    { to: '/kennisbank/beoordelen', labelKey: 'knowledge.nav.review', order: 32, roles: ['staff'] },
  ],
  texts: { nl, en },
};
