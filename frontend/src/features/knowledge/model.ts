// PROVISIONAL: replaced by aliases of the generated OpenAPI types once the backend document exists.
export interface FacetCount { value: string; count: number }
export interface KnowledgeItem {
  id: string; slug: string; type: ItemType; title: string; summary: string; body?: string;
  authors: string[]; publisher?: string | null; publicationYear?: number | null; url?: string | null; language: string;
  themes: string[]; learningForms: LearningForm[]; sectors: string[]; targetGroups: string[];
  visibility: Visibility; status: ItemStatus; pilotId?: string | null;
  submittedBy?: { subject: string; name?: string | null } | null;
  createdAt: string; updatedAt: string; version: number; highlight?: string | null;
}
export interface KnowledgeItemPage {
  items: KnowledgeItem[]; page: number; size: number; totalItems: number; totalPages: number;
  facets?: { type?: FacetCount[]; theme?: FacetCount[]; learningForm?: FacetCount[]; year?: FacetCount[] };
}
export interface CreateKnowledgeItemRequest {
  type: ItemType; title: string; summary: string; body?: string; authors?: string[]; publisher?: string | null;
  publicationYear?: number | null; url?: string | null; language: string; themes: string[]; learningForms?: LearningForm[];
  sectors?: string[]; targetGroups?: string[]; visibility: Visibility; status?: ItemStatus;
}
export type UpdateKnowledgeItemRequest = Omit<CreateKnowledgeItemRequest, 'status'>;
export interface StatusChangeRequest { status: ItemStatus; comment: string }
export interface StatusHistoryEntry { fromStatus?: ItemStatus | null; toStatus: ItemStatus; comment?: string | null; actorName?: string | null; at: string }

export const ITEM_TYPES = ['RESEARCH', 'PRACTICE_EXAMPLE', 'INSTRUMENT', 'INTERVENTION', 'ARTICLE', 'EVENT_REPORT'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const LEARNING_FORMS = ['FORMAL', 'NON_FORMAL', 'INFORMAL'] as const;
export type LearningForm = (typeof LEARNING_FORMS)[number];
export const STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;
export type ItemStatus = (typeof STATUSES)[number];
export const VISIBILITIES = ['PUBLIC', 'COMMUNITY'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Status transitions the API allows (staff only). */
export const TRANSITIONS: Record<ItemStatus, ItemStatus[]> = {
  DRAFT: ['IN_REVIEW', 'ARCHIVED'],
  IN_REVIEW: ['PUBLISHED', 'DRAFT', 'ARCHIVED'],
  PUBLISHED: ['ARCHIVED'],
  ARCHIVED: ['PUBLISHED', 'DRAFT'],
};

export const FACETS = ['type', 'theme', 'learningForm', 'year'] as const;
export type Facet = (typeof FACETS)[number];
