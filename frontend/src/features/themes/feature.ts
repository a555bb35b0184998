import { lazyPage, type Feature } from '../../shared/feature';
import { en, nl } from './i18n';

export const themesFeature: Feature = {
  id: 'themes',
  routes: [{ path: 'themas', ...lazyPage(() => import('./ThemesPage')) }],
  nav: [{ to: '/themas', labelKey: 'themes.nav', order: 20 }],
  texts: { nl, en },
};
