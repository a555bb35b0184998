import type { FieldError } from '../../../api/ApiError';
import type { ItemStatus, ItemType, KnowledgeItem, KnowledgeItemRequest, LearningForm, Visibility } from '../model';

export interface FormValues {
  type: string;
  title: string;
  summary: string;
  body: string;
  authors: string[];
  publisher: string;
  publicationYear: string;
  url: string;
  language: string;
  themes: string[];
  learningForms: string[];
  sectors: string[];
  targetGroups: string[];
  visibility: string;
  status: string;
}

export const EMPTY_VALUES: FormValues = {
  type: '',
  title: '',
  summary: '',
  body: '',
  authors: [],
  publisher: '',
  publicationYear: '',
  url: '',
  language: 'nl',
  themes: [],
  learningForms: [],
  sectors: [],
  targetGroups: [],
  visibility: 'PUBLIC',
  status: 'DRAFT',
};

export function valuesFromItem(item: KnowledgeItem): FormValues {
  return {
    type: item.type,
    title: item.title,
    summary: item.summary,
    body: item.body ?? '',
    authors: [...item.authors],
    publisher: item.publisher ?? '',
    publicationYear: item.publicationYear ? String(item.publicationYear) : '',
    url: item.url ?? '',
    language: item.language || 'nl',
    themes: [...item.themes],
    learningForms: [...item.learningForms],
    sectors: [...item.sectors],
    targetGroups: [...item.targetGroups],
    visibility: item.visibility,
    status: item.status,
  };
}

const cleanList = (list: string[]) => list.map((v) => v.trim()).filter(Boolean);

/** Empty list rows are dropped before sending, so that `authors[1]` in an answer is the second box shown. */
export function normalize(values: FormValues): FormValues {
  return { ...values, authors: cleanList(values.authors), sectors: cleanList(values.sectors), targetGroups: cleanList(values.targetGroups) };
}

/** The request body; the API validates everything (no client-side blocking beyond the form's hints). */
export function toRequest(values: FormValues, withStatus: boolean): KnowledgeItemRequest {
  const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
  const year = values.publicationYear.trim();
  const request: KnowledgeItemRequest = {
    type: values.type as ItemType,
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: values.body,
    authors: values.authors,
    publisher: optional(values.publisher),
    publicationYear: year === '' ? undefined : Number(year),
    url: optional(values.url),
    language: values.language,
    themes: values.themes,
    learningForms: values.learningForms as LearningForm[],
    sectors: values.sectors,
    targetGroups: values.targetGroups,
    visibility: values.visibility as Visibility,
  };
  if (withStatus) request.status = values.status as ItemStatus;
  return request;
}

/** Field paths of the API (`title`, `authors[2]`) → the form's input ids, in the order of the form. */
export const FIELD_IDS: Record<string, string> = {
  type: 'kf-type',
  title: 'kf-title',
  summary: 'kf-summary',
  body: 'kf-body',
  themes: 'kf-themes',
  learningForms: 'kf-learningForms',
  authors: 'kf-authors',
  publisher: 'kf-publisher',
  publicationYear: 'kf-publicationYear',
  url: 'kf-url',
  language: 'kf-language',
  sectors: 'kf-sectors',
  targetGroups: 'kf-targetGroups',
  visibility: 'kf-visibility',
  status: 'kf-status',
};

const LIST_FIELDS = new Set(['authors', 'sectors', 'targetGroups']);
const GROUP_FIELDS = new Set(['themes', 'learningForms', 'visibility']);

export interface MappedErrors {
  /** Errors per field (`title`, `authors`), and per list entry (`authors[1]`). */
  byField: Record<string, string>;
  /** Errors the form cannot place beside a field. */
  general: string[];
  /** Entries for the error summary, in the order of the form. */
  summary: { message: string; targetId?: string; field?: string; index?: number }[];
}

/** Parses `authors[2]` into ['authors', 2]; `body.something` into ['body', undefined]. */
export function parseFieldPath(path: string): [string, number | undefined] {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(path.replace(/^[a-z]+\.arg\d+\./, ''));
  if (!match) return [path, undefined];
  return [match[1], match[2] === undefined ? undefined : Number(match[2])];
}

export function mapFieldErrors(errors: FieldError[]): MappedErrors {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  const placed: { order: number; field: string; index?: number; message: string; targetId: string }[] = [];
  const order = Object.keys(FIELD_IDS);
  for (const error of errors) {
    const [name, index] = parseFieldPath(error.field);
    const baseId = FIELD_IDS[name];
    if (!baseId) {
      general.push(error.message);
      continue;
    }
    let key = name;
    let targetId = baseId;
    if (LIST_FIELDS.has(name)) {
      key = index === undefined ? name : `${name}[${index}]`;
      targetId = `${baseId}-${index ?? 0}`;
    } else if (GROUP_FIELDS.has(name)) {
      targetId = `${baseId}-0`;
    }
    byField[key] = byField[key] ? `${byField[key]} ${error.message}` : error.message;
    placed.push({ order: order.indexOf(name), field: name, index: LIST_FIELDS.has(name) ? index : undefined, message: error.message, targetId });
  }
  placed.sort((a, b) => a.order - b.order || (a.index ?? -1) - (b.index ?? -1));
  return {
    byField,
    general,
    summary: [
      ...placed.map(({ message, targetId, field, index }) => ({ message, targetId, field, index })),
      ...general.map((message) => ({ message })),
    ],
  };
}

/** Errors of one list field by entry index. */
export function listErrors(byField: Record<string, string>, name: string): Record<number, string> {
  const result: Record<number, string> = {};
  for (const [key, message] of Object.entries(byField)) {
    const [field, index] = parseFieldPath(key);
    if (field === name && index !== undefined) result[index] = message;
  }
  return result;
}
