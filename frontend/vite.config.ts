/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { AcceptedPlugin } from 'postcss';
import { customProperties } from './build/customProperties';
import { landingRoutePreload } from './build/landingRoutePreload';
import { paintFirst } from './build/paintFirst';
import { purgeUtrechtCss } from './build/purgeUtrechtCss';
import { reactRouterProduction } from './build/reactRouterProduction';
import { utrechtTreeShaking } from './build/utrechtTreeShaking';

// The SPA calls the API on its own origin under /api (and Swagger/health under /q);
// the dev server and `vite preview` forward those paths to the backend.
const apiTarget = process.env.HUB_API_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: apiTarget },
  '/q': { target: apiTarget },
};

// The build's size measures (issue 10; `npm run check:budget` checks the result) live in build/.
/** The build's PostCSS plugins: purgeUtrechtCss, then customProperties. */
function cssPlugins(): AcceptedPlugin[] {
  const purge = purgeUtrechtCss();
  return [purge, customProperties(purge)];
}

export default defineConfig(({ command }) => ({
  plugins: [react(), utrechtTreeShaking(), landingRoutePreload(), paintFirst()],
  css: command === 'build' ? { postcss: { plugins: cssPlugins() } } : undefined,
  resolve: command === 'build' ? { alias: [reactRouterProduction()] } : undefined,
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  // The manifest (dist/.vite/manifest.json) lets scripts/check-budget.mjs find the files of each page.
  build: { sourcemap: true, manifest: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs', 'build/**/*.test.ts'],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
    testTimeout: 20_000,
  },
}));
