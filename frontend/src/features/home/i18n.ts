/** Texts of the home feature in Dutch (default) and English; registered by the feature, merged into the app's texts. */
export const nl = {
  home: {
    nav: 'Home',
    title: 'Welkom bij de Leercultuur Hub',
    intro: 'De Leercultuur Hub brengt werkgevers, onderwijs en experts samen die werk willen maken van leren in organisaties. Hier vind je wat we weten over een sterke leercultuur, wie ermee bezig is en wat werkt.',
    areasTitle: 'Wat vind je hier?',
    knowledgeTitle: 'Kennisbank',
    knowledgeText: 'Onderzoek, praktijkvoorbeelden, instrumenten en interventies over leercultuur, doorzoekbaar en vrij te gebruiken.',
    knowledgeLink: 'Zoek in de kennisbank',
    communityTitle: 'Community',
    communityText: 'Organisaties en mensen die met leercultuur aan de slag zijn, en bijeenkomsten om van elkaar te leren.',
    pilotsTitle: 'Pilots',
    pilotsText: 'Experimenten in organisaties om het leren op de werkvloer te versterken, van idee tot resultaat.',
    evaluationsTitle: 'Evaluaties',
    evaluationsText: 'Metingen en evaluaties van de pilots: wat werkt, voor wie en onder welke omstandigheden.',
    comingSoon: 'Binnenkort beschikbaar.',
    themesTitle: "Thema's",
    themesText: 'Alle kennis is geordend op thema’s zoals leiderschap, feedback en informeel leren.',
    themesLink: "Bekijk de thema's",
  },
};

export const en: typeof nl = {
  home: {
    nav: 'Home',
    title: 'Welcome to the Leercultuur Hub',
    intro: 'The Leercultuur Hub brings together employers, education and experts who want to strengthen learning in organisations. Here you find what we know about a strong learning culture, who is working on it and what works.',
    areasTitle: 'What can you find here?',
    knowledgeTitle: 'Knowledge bank',
    knowledgeText: 'Research, practice examples, instruments and interventions on learning culture, searchable and free to use.',
    knowledgeLink: 'Search the knowledge bank',
    communityTitle: 'Community',
    communityText: 'Organisations and people working on learning culture, and meetings to learn from each other.',
    pilotsTitle: 'Pilots',
    pilotsText: 'Experiments in organisations to strengthen learning at work, from idea to result.',
    evaluationsTitle: 'Evaluations',
    evaluationsText: 'Measurements and evaluations of the pilots: what works, for whom and under which conditions.',
    comingSoon: 'Coming soon.',
    themesTitle: 'Themes',
    themesText: 'All knowledge is organised by themes such as leadership, feedback and informal learning.',
    themesLink: 'View the themes',
  },
};
