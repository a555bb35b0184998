import type { components } from '../../api/schema';

// Types of the knowledge bank API, generated from the backend's OpenAPI document (src/api/schema.d.ts).
type Schemas = components['schemas'];
export type KnowledgeItem = Schemas['KnowledgeItem'];
export type KnowledgeItemSummary = Schemas['KnowledgeItemSummary'];
export type KnowledgeItemPage = Schemas['KnowledgeItemPage'];
export type KnowledgeItemRequest = Schemas['CreateKnowledgeItemRequest'];
export type UpdateKnowledgeItemRequest = Schemas['UpdateKnowledgeItemRequest'];
export type StatusChangeRequest = Schemas['StatusChangeRequest'];
export type StatusChange = Schemas['StatusChange'];
export type FacetValue = Schemas['FacetValue'];
export type RelatedKnowledgeItems = Schemas['RelatedKnowledgeItems'];
export type ItemType = Schemas['KnowledgeType'];
export type LearningForm = Schemas['LearningForm'];
export type ItemStatus = Schemas['KnowledgeStatus'];
export type Visibility = Schemas['KnowledgeVisibility'];

export const ITEM_TYPES: readonly ItemType[] = ['RESEARCH', 'PRACTICE_EXAMPLE', 'INSTRUMENT', 'INTERVENTION', 'ARTICLE', 'EVENT_REPORT'];
export const LEARNING_FORMS: readonly LearningForm[] = ['FORMAL', 'NON_FORMAL', 'INFORMAL'];
export const STATUSES: readonly ItemStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];
export const VISIBILITIES: readonly Visibility[] = ['PUBLIC', 'COMMUNITY'];

/** Status transitions the API allows (staff only). */
export const TRANSITIONS: Record<ItemStatus, ItemStatus[]> = {
  DRAFT: ['IN_REVIEW', 'ARCHIVED'],
  IN_REVIEW: ['PUBLISHED', 'DRAFT', 'ARCHIVED'],
  PUBLISHED: ['ARCHIVED'],
  ARCHIVED: ['PUBLISHED', 'DRAFT'],
};

export const FACETS = ['type', 'theme', 'learningForm', 'year'] as const;
export type Facet = (typeof FACETS)[number];
