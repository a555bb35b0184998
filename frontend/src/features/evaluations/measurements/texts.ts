/** Texts of a pilot's measurement waves and results (Dutch first, English second). */
export const measurementsNl = {
  title: 'Metingen',
};

export const measurementsEn: typeof measurementsNl = {
  title: 'Measurements',
};
