/** Texts of the pilots feature in Dutch (default) and English; registered by the feature, merged into the app's texts. */
export const nl = {
  pilots: {
    types: {
      nav: 'Interventies',
      title: 'Interventies',
      intro: 'De soorten interventies die pilots in het mkb uitproberen, met hun werkzame elementen: wat ervoor zorgt dat ze werken.',
      empty: 'Er zijn nog geen interventietypes.',
      count_one: '{{count}} interventietype',
      count_other: '{{count}} interventietypes',
      ingredients: 'Werkzame elementen',
      noIngredients: 'Nog geen werkzame elementen beschreven.',
      more: 'Meer over {{label}}',
      notFoundTitle: 'Interventietype niet gevonden',
      notFound: 'Dit interventietype bestaat niet (meer).',
    },
  },
};

export const en: typeof nl = {
  pilots: {
    types: {
      nav: 'Interventions',
      title: 'Interventions',
      intro: 'The kinds of interventions that pilots in SMEs try, with their active ingredients: what makes them work.',
      empty: 'There are no intervention types yet.',
      count_one: '{{count}} intervention type',
      count_other: '{{count}} intervention types',
      ingredients: 'Active ingredients',
      noIngredients: 'No active ingredients described yet.',
      more: 'More about {{label}}',
      notFoundTitle: 'Intervention type not found',
      notFound: 'This intervention type does not exist (any more).',
    },
  },
};
