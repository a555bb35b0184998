import type { SectionProps } from '../../../shared/feature';

/** A pilot's measurement waves, survey links and results (on the pilot's page). */
export function PilotMeasurements(_props: SectionProps) {
  return null;
}
