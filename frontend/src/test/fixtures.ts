import type { KnowledgeItem, KnowledgeItemPage, KnowledgeItemSummary } from '../features/knowledge/model';

/** What the API allows staff on an item in review (allowedActions / allowedTransitions). */
export const STAFF_ON_REVIEW = {
  allowedActions: ['UPDATE', 'DELETE', 'CHANGE_STATUS', 'VIEW_HISTORY'],
  allowedTransitions: ['PUBLISHED', 'DRAFT', 'ARCHIVED'],
} satisfies Partial<KnowledgeItemSummary>;

/** What the API allows the proposer on their proposal while it is a draft or in review. */
export const PROPOSER_WHILE_OPEN = {
  allowedActions: ['UPDATE', 'VIEW_HISTORY'],
  allowedTransitions: [],
} satisfies Partial<KnowledgeItemSummary>;

import type { ThemePage } from '../shared/themes';

export const THEMES: ThemePage = {
  items: [
    { id: 't1', code: 'leiderschap', labelNl: 'Leiderschap', labelEn: 'Leadership', descriptionNl: 'Leidinggeven aan leren.', descriptionEn: 'Leading learning.', version: 0 },
    { id: 't2', code: 'feedback', labelNl: 'Feedback', labelEn: 'Feedback', version: 0 },
    { id: 't3', code: 'informeel-leren', labelNl: 'Informeel leren', labelEn: 'Informal learning', version: 0 },
  ],
  page: 0,
  size: 100,
  totalItems: 3,
  totalPages: 1,
};

export function summary(overrides: Partial<KnowledgeItemSummary> = {}): KnowledgeItemSummary {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    slug: 'leren-op-de-werkvloer',
    type: 'RESEARCH',
    title: 'Leren op de werkvloer',
    summary: 'Hoe medewerkers leren tijdens het werk.',
    authors: ['Vos, M.'],
    publisher: 'SER',
    publicationYear: 2022,
    language: 'nl',
    themes: ['leiderschap'],
    learningForms: ['INFORMAL'],
    sectors: [],
    targetGroups: [],
    visibility: 'PUBLIC',
    status: 'PUBLISHED',
    createdAt: '2024-01-10T10:00:00Z',
    updatedAt: '2024-01-12T10:00:00Z',
    version: 3,
    allowedActions: [],
    allowedTransitions: [],
    ...overrides,
  };
}

export function item(overrides: Partial<KnowledgeItem> = {}): KnowledgeItem {
  const { highlight: _highlight, ...base } = summary();
  return { ...base, body: '## Aanpak\n\nZie [de bron](https://example.org).', ...overrides };
}

export function page(items: KnowledgeItemSummary[], overrides: Partial<KnowledgeItemPage> = {}): KnowledgeItemPage {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: 1,
    facets: {
      type: [
        { value: 'RESEARCH', count: 12 },
        { value: 'PRACTICE_EXAMPLE', count: 5 },
      ],
      theme: [
        { value: 'leiderschap', count: 9 },
        { value: 'feedback', count: 4 },
      ],
      learningForm: [{ value: 'INFORMAL', count: 7 }],
      year: [
        { value: '2022', count: 6 },
        { value: '2021', count: 3 },
      ],
    },
    sort: 'newest',
    sortOptions: ['newest', 'publicationYear', 'title', 'updatedAt'],
    ...overrides,
  };
}
