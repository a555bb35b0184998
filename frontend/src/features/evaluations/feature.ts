import { lazyPage, type Feature } from '../../shared/feature';
import { en, nl } from './i18n';
import { lazyComponent } from '../../shared/lazyComponent';

// the pilot page's measurements and evaluation (charts, the QR code): loaded with the first pilot page
const PilotSection = lazyComponent(() => import('./PilotSection').then((m) => m.default));

/**
 * The learning-culture measurement: the questionnaires, the anonymous survey, a pilot's waves, results and evaluation (on its
 * page), and "what works".
 */
export const evaluationsFeature: Feature = {
  id: 'evaluations',
  routes: [
    { path: 'vragenlijst/:token', ...lazyPage(() => import('./survey/AnonymousSurveyPage')) },
    { path: 'wat-werkt', ...lazyPage(() => import('./whatworks/WhatWorksPage')) },
    { path: 'vragenlijsten', ...lazyPage(() => import('./instruments/InstrumentsPage')) },
    { path: 'vragenlijsten/nieuw', ...lazyPage(() => import('./instruments/InstrumentEditorPage')) },
    { path: 'vragenlijsten/:id', ...lazyPage(() => import('./instruments/InstrumentPage')) },
    { path: 'vragenlijsten/:id/nieuwe-versie', ...lazyPage(() => import('./instruments/InstrumentEditorPage')) },
  ],
  nav: [{ to: '/wat-werkt', labelKey: 'evaluations.whatWorks.nav', order: 19 }],
  texts: { nl, en },
  sections: { pilot: PilotSection },
};
