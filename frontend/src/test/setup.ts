import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n from '../i18n';

// Lazy pages are compiled on first use; on a 2-core machine that can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  // The first-sign-in onboarding (community OnboardingWatcher) asks once per session; page tests start as if it
  // already had. OnboardingWatcher.test.tsx clears this to test the redirect itself.
  sessionStorage.setItem('hub.onboarding.asked', '1');
  await i18n.changeLanguage('nl');
});

afterEach(() => {
  cleanup();
});
