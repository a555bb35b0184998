import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp, PARTNER, STAFF } from '../../test/render';
import { json, mockFetch } from '../../test/fetchMock';
import { THEMES } from '../../test/fixtures';
import { ASKED_KEY } from './OnboardingWatcher';

const CONSENT = { version: '2026-11', textNl: 'De Hub bewaart je profiel.', textEn: 'The Hub keeps your profile.' };

describe('OnboardingWatcher', () => {
  it('takes a partner without a profile to the profile editor at first sign-in, once per session', async () => {
    sessionStorage.removeItem(ASKED_KEY);
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/members/consent': () => json(CONSENT),
      'GET /api/v1/knowledge-items': () => json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
    });
    renderApp('/kennisbank', PARTNER);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom in de community' })).toBeInTheDocument();
    expect(sessionStorage.getItem(ASKED_KEY)).toBe('1');
  });

  it('leaves a partner with a profile, and staff, where they are', async () => {
    sessionStorage.removeItem(ASKED_KEY);
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/members/me': () => json({ id: 'm1', name: 'Bram Jansen', expertise: [], themes: [], visibility: 'PUBLIC',
        consentVersion: '2026-11', allowedActions: [], version: 0 }),
      'GET /api/v1/knowledge-items': () => json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
    });
    renderApp('/kennisbank', PARTNER);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kennisbank' })).toBeInTheDocument();
    renderApp('/kennisbank', STAFF);
    expect((await screen.findAllByRole('heading', { level: 1, name: 'Kennisbank' })).length).toBeGreaterThan(0);
    expect(sessionStorage.getItem(ASKED_KEY)).toBeNull();
  });
});
