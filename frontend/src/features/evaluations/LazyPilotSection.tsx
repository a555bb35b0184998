import { lazy, Suspense } from 'react';
import type { SectionProps } from '../../shared/feature';

const PilotSection = lazy(() => import('./PilotSection'));

/**
 * The evaluations' section of a pilot's page, loaded with the first pilot page that needs it: its code (charts, the QR
 * code) stays out of the web app's initial JavaScript.
 */
export function LazyPilotSection(props: SectionProps) {
  return (
    <Suspense fallback={null}>
      <PilotSection {...props} />
    </Suspense>
  );
}
