/** Texts of the themes feature in Dutch (default) and English; registered by the feature, merged into the app's texts. */
export const nl = {
  themes: {
    nav: "Thema's",
    title: "Thema's",
    intro: 'De thema’s waarmee kennis, pilots en evaluaties in de Hub worden geordend.',
    empty: "Er zijn nog geen thema's.",
    count_one: '{{count}} thema',
    count_other: "{{count}} thema's",
    code: 'Code',
  },
};

export const en: typeof nl = {
  themes: {
    nav: 'Themes',
    title: 'Themes',
    intro: 'The themes that organise knowledge, pilots and evaluations in the Hub.',
    empty: 'There are no themes yet.',
    count_one: '{{count}} theme',
    count_other: '{{count}} themes',
    code: 'Code',
  },
};
