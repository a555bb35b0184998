import { decisionEn, decisionNl, evaluationEn, evaluationNl, evidenceEn, evidenceNl, whatWorksEn, whatWorksNl } from './evaluation/texts';
import { instrumentsEn, instrumentsNl } from './instruments/texts';
import { measurementsEn, measurementsNl } from './measurements/texts';
import { surveyTextsEn, surveyTextsNl } from './survey/surveyTexts';

/** Texts of the evaluations feature; each part keeps its own texts in its folder. */
export const nl = {
  evaluations: { survey: { title: 'Vragenlijst', ...surveyTextsNl }, measurements: measurementsNl, evaluation: evaluationNl, decision: decisionNl, evidence: evidenceNl,
    whatWorks: whatWorksNl, instruments: instrumentsNl },
};
export const en: typeof nl = {
  evaluations: { survey: { title: 'Questionnaire', ...surveyTextsEn }, measurements: measurementsEn, evaluation: evaluationEn, decision: decisionEn, evidence: evidenceEn,
    whatWorks: whatWorksEn, instruments: instrumentsEn },
};
