import type { Alias } from 'vite';
import { root } from './paths';

/**
 * React Router 7 lists only its development build in its package.json `exports` (remix-run/react-router#12532,
 * #14753; fixed upstream after 7.x), so a production bundle carried its development warnings and checks: in a CPU
 * profile of the search page it was the second-largest script after React DOM. The production build sits beside it
 * in the package (`dist/production`, the same code with ENABLE_DEV_WARNINGS = false); the app's build imports that
 * one. The dev server and the tests keep the development build and its warnings.
 */
export const REACT_ROUTER_PRODUCTION = `${root}node_modules/react-router/dist/production/index.mjs`;

export function reactRouterProduction(): Alias {
  return { find: /^react-router$/, replacement: REACT_ROUTER_PRODUCTION };
}
