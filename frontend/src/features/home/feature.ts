import { lazyPage, type Feature } from '../../shared/feature';
import { en, nl } from './i18n';

export const homeFeature: Feature = {
  id: 'home',
  routes: [{ index: true, ...lazyPage(() => import('./HomePage')) }],
  nav: [{ to: '/', labelKey: 'home.nav', order: 0, end: true }],
  texts: { nl, en },
};
