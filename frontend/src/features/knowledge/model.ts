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

export type KnowledgeAction = Schemas['KnowledgeAction'];

/** May the caller take this action on the item now? The API decides (allowedActions); the web app only shows it. */
export function allows(item: Pick<KnowledgeItemSummary, 'allowedActions'>, action: KnowledgeAction): boolean {
  return item.allowedActions.includes(action);
}

export const FACETS = ['type', 'theme', 'learningForm', 'year'] as const;
export type Facet = (typeof FACETS)[number];
