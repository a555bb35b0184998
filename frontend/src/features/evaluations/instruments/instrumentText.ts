import type { Instrument } from '../api';

type Dimension = Instrument['dimensions'][number];
type Item = Instrument['items'][number];

/** An instrument's texts in the reader's language (Dutch unless English is chosen). */
export function instrumentText(language: string) {
  const en = language === 'en';
  return {
    name: (instrument: Instrument) => (en ? instrument.nameEn : instrument.nameNl),
    description: (instrument: Instrument) => (en ? instrument.descriptionEn : instrument.descriptionNl),
    label: (dimension: Dimension) => (en ? dimension.labelEn : dimension.labelNl),
    text: (item: Item) => (en ? item.textEn : item.textNl),
  };
}
