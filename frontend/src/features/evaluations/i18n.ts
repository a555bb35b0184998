import { measurementsEn, measurementsNl } from './measurements/texts';
import { surveyEn, surveyNl } from './survey/texts';

/** Texts of the evaluations feature; each part keeps its own texts in its folder. */
export const nl = { evaluations: { survey: surveyNl, measurements: measurementsNl } };
export const en: typeof nl = { evaluations: { survey: surveyEn, measurements: measurementsEn } };
