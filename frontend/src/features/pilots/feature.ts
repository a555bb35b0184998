import { lazyPage, type Feature } from '../../shared/feature';
import { en, nl } from './i18n';

/** Pilots that try interventions with partner organisations; so far the intervention types they are classified by. */
export const pilotsFeature: Feature = {
  id: 'pilots',
  routes: [
    { path: 'interventies', ...lazyPage(() => import('./pages/InterventionTypesPage')) },
    { path: 'interventies/:code', ...lazyPage(() => import('./pages/InterventionTypePage')) },
  ],
  nav: [{ to: '/interventies', labelKey: 'pilots.types.nav', order: 21 }],
  texts: { nl, en },
};
