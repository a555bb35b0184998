// The instrument editor's draft: dimensions holding their statements, and how it becomes the API's request.
import type { Instrument, InstrumentRequest } from '../api';

/** The API's limits (InstrumentRequest): the form keeps within them, the API judges everything else. */
export const MAX_DIMENSIONS = 20;
export const MAX_ITEMS = 100;

export interface ItemDraft {
  key: number;
  code: string;
  textNl: string;
  textEn: string;
  reverseScored: boolean;
}

export interface DimensionDraft {
  key: number;
  code: string;
  labelNl: string;
  labelEn: string;
  items: ItemDraft[];
}

export interface Draft {
  code: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  dimensions: DimensionDraft[];
}

export type General = 'code' | 'nameNl' | 'nameEn' | 'descriptionNl' | 'descriptionEn';

let nextKey = 1;
const key = () => nextKey++;

export const emptyItem = (code = ''): ItemDraft => ({ key: key(), code, textNl: '', textEn: '', reverseScored: false });
export const emptyDimension = (): DimensionDraft => ({ key: key(), code: '', labelNl: '', labelEn: '', items: [emptyItem()] });

/** The draft of a new questionnaire, or a copy of `source` for its next version. */
export function draftOf(source?: Instrument): Draft {
  if (!source) {
    return { code: '', nameNl: '', nameEn: '', descriptionNl: '', descriptionEn: '', dimensions: [emptyDimension()] };
  }
  return {
    code: source.code, nameNl: source.nameNl, nameEn: source.nameEn, descriptionNl: source.descriptionNl, descriptionEn: source.descriptionEn,
    dimensions: source.dimensions.map((d) => ({ key: key(), code: d.code, labelNl: d.labelNl, labelEn: d.labelEn,
      items: source.items.filter((item) => item.dimension === d.code).map((item) => ({ key: key(), code: item.code, textNl: item.textNl,
        textEn: item.textEn, reverseScored: item.reverseScored })) })),
  };
}

/** The request: the items in the order of their dimensions, each naming its dimension. */
export function requestOf(draft: Draft): InstrumentRequest {
  return {
    code: draft.code.trim(), nameNl: draft.nameNl.trim(), nameEn: draft.nameEn.trim(), descriptionNl: draft.descriptionNl.trim(),
    descriptionEn: draft.descriptionEn.trim(),
    dimensions: draft.dimensions.map((d) => ({ code: d.code.trim(), labelNl: d.labelNl.trim(), labelEn: d.labelEn.trim() })),
    items: draft.dimensions.flatMap((d) => d.items.map((item) => ({ code: item.code.trim(), dimension: d.code.trim(),
      textNl: item.textNl.trim(), textEn: item.textEn.trim(), reverseScored: item.reverseScored }))),
  };
}

/**
 * The form's control for each of the API's field names: `items[5].textNl` is the sixth statement in the order of
 * the dimensions; an item's `dimension` is the code of the dimension it is in. A name without a control
 * (`items`, `dimensions`) is shown above the form.
 */
export function controlOf(field: string, draft: Draft): string | undefined {
  const dimension = /^dimensions\[(\d+)\](?:\.(code|labelNl|labelEn))?$/.exec(field);
  if (dimension) return dimension[2] ? `ie-d${dimension[1]}-${dimension[2]}` : `ie-d${dimension[1]}`;
  const item = /^items\[(\d+)\]\.(code|textNl|textEn|dimension)$/.exec(field);
  if (item) {
    let index = Number(item[1]);
    for (let d = 0; d < draft.dimensions.length; d++) {
      if (index < draft.dimensions[d].items.length) {
        return item[2] === 'dimension' ? `ie-d${d}-code` : `ie-d${d}-i${index}-${item[2]}`;
      }
      index -= draft.dimensions[d].items.length;
    }
    return undefined;
  }
  return ['code', 'nameNl', 'nameEn', 'descriptionNl', 'descriptionEn'].includes(field) ? `ie-${field}` : undefined;
}
