/** Texts of the anonymous survey page (Dutch first, English second). */
export const surveyNl = {
  title: 'Vragenlijst',
};

export const surveyEn: typeof surveyNl = {
  title: 'Questionnaire',
};
