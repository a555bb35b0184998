import { lazyPage, type Feature } from '../../shared/feature';
import { en, nl } from './i18n';
import { lazyComponent } from '../../shared/lazyComponent';

// loaded with the first organisation or member page that shows it
const PilotsOfOrganization = lazyComponent(() =>
  import('./components/PilotsOfOrganization').then((m) => m.PilotsOfOrganization),
);

/** Pilots that try interventions with partner organisations, and the intervention types they are classified by. */
export const pilotsFeature: Feature = {
  id: 'pilots',
  routes: [
    { path: 'pilots', ...lazyPage(() => import('./pages/PilotsPage')) },
    { path: 'pilots/nieuw', ...lazyPage(() => import('./pages/NewPilotPage')) },
    { path: 'pilots/:id', ...lazyPage(() => import('./pages/PilotPage')) },
    { path: 'pilots/:id/wijzigen', ...lazyPage(() => import('./pages/EditPilotPage')) },
    { path: 'interventies', ...lazyPage(() => import('./pages/InterventionTypesPage')) },
    { path: 'interventies/:code', ...lazyPage(() => import('./pages/InterventionTypePage')) },
  ],
  nav: [
    { to: '/pilots', labelKey: 'pilots.list.nav', order: 18 },
    { to: '/interventies', labelKey: 'pilots.types.nav', order: 21 },
  ],
  texts: { nl, en },
  sections: { organization: PilotsOfOrganization, member: PilotsOfOrganization },
};
