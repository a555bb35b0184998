/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA calls the API on its own origin under /api (and Swagger/health under /q);
// the dev server and `vite preview` forward those paths to the backend.
const apiTarget = process.env.HUB_API_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: apiTarget },
  '/q': { target: apiTarget },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: { sourcemap: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
    testTimeout: 20_000,
  },
});
