import { useAuth } from '../../auth/AuthContext';
import { lazyComponent } from '../../shared/lazyComponent';

const OnboardingWatcher = lazyComponent(() => import('./OnboardingWatcher').then((m) => m.OnboardingWatcher));

/** The first-sign-in onboarding (OnboardingWatcher) for signed-in people only: a visitor never loads its code. */
export function OnboardingGate() {
  const { authenticated } = useAuth();
  return authenticated ? <OnboardingWatcher /> : null;
}
