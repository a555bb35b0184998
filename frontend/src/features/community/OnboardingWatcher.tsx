import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { useMyProfile } from './api';

const PROFILE_PATH = '/mijn-profiel';
export const ASKED_KEY = 'hub.onboarding.asked';

/**
 * First sign-in: a partner who has no member profile yet is taken to the profile editor (with the consent text) once
 * per browser session. They may leave it and come back later; the menu keeps "My profile" at hand.
 */
export function OnboardingWatcher() {
  const { authenticated, hasRole } = useAuth();
  const partner = authenticated && hasRole('partner') && !hasRole('staff');
  const profile = useMyProfile(partner);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const noProfile = partner && profile.isSuccess && profile.data === null;

  useEffect(() => {
    if (!noProfile || pathname === PROFILE_PATH || sessionStorage.getItem(ASKED_KEY)) return;
    sessionStorage.setItem(ASKED_KEY, '1');
    void navigate(`${PROFILE_PATH}?welkom=1`, { replace: true });
  }, [noProfile, pathname, navigate]);

  return null;
}
