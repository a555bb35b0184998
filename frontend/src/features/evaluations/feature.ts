import { lazyPage, type Feature } from '../../shared/feature';
import { en, nl } from './i18n';
import { PilotMeasurements } from './measurements/PilotMeasurements';

/** The learning-culture measurement: the anonymous survey, and a pilot's waves and results (on the pilot's page). */
export const evaluationsFeature: Feature = {
  id: 'evaluations',
  routes: [{ path: 'vragenlijst/:token', ...lazyPage(() => import('./survey/SurveyPage')) }],
  nav: [],
  texts: { nl, en },
  sections: { pilot: PilotMeasurements },
};
