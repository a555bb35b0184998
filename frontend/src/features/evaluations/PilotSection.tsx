import type { SectionProps } from '../../shared/feature';
import { PilotEvaluations } from './evaluation/PilotEvaluations';
import { PilotMeasurements } from './measurements/PilotMeasurements';

/** What the evaluations feature adds to a pilot's page: its measurement waves and results, and its evaluation. */
export default function PilotSection(props: SectionProps) {
  if (!props.pilotId) return null;
  return (
    <>
      <PilotMeasurements {...props} />
      <PilotEvaluations pilotId={props.pilotId} />
    </>
  );
}
