import type { FieldError } from '../../../api/ApiError';
import type { ParticipantRole, Pilot, PilotRequest } from '../api';

/** The editor's values: text as typed; the API judges them. */
export interface PilotFormValues {
  title: string;
  interventionTypeCode: string;
  intervention: string;
  goal: string;
  hypothesis: string;
  targetGroup: string;
  organizations: { organizationId: string; role: ParticipantRole | '' }[];
  contactMemberId: string;
  startsOn: string;
  endsOn: string;
  costTotal: string;
  participantCount: string;
  knowledge: { id: string; title: string }[];
}

export const EMPTY_PILOT: PilotFormValues = {
  title: '', interventionTypeCode: '', intervention: '', goal: '', hypothesis: '', targetGroup: '',
  organizations: [{ organizationId: '', role: 'EXECUTING' }], contactMemberId: '', startsOn: '', endsOn: '',
  costTotal: '', participantCount: '', knowledge: [],
};

export function valuesFromPilot(pilot: Pilot): PilotFormValues {
  return {
    title: pilot.title,
    interventionTypeCode: pilot.interventionType.code,
    intervention: pilot.intervention,
    goal: pilot.goal,
    hypothesis: pilot.hypothesis ?? '',
    targetGroup: pilot.targetGroup ?? '',
    organizations: pilot.organizations.map((o) => ({ organizationId: o.organizationId, role: o.role })),
    contactMemberId: pilot.contact?.memberId ?? '',
    startsOn: pilot.startsOn ?? '',
    endsOn: pilot.endsOn ?? '',
    costTotal: pilot.costTotal != null ? String(pilot.costTotal) : '',
    participantCount: pilot.participantCount != null ? String(pilot.participantCount) : '',
    knowledge: pilot.knowledgeItems.map((k) => ({ id: k.id, title: k.title })),
  };
}

/** A number as typed ("18.500,50", "18500.5"), or the text itself when it is none: the API then says what is wrong. */
export function parseAmount(text: string): number | string | undefined {
  const trimmed = text.trim().replace(/\s|€/g, '');
  if (!trimmed) return undefined;
  // Dutch notation: dots group thousands, a comma separates the cents
  const normalized = /,\d{1,2}$/.test(trimmed) || /^\d{1,3}(\.\d{3})+$/.test(trimmed) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : trimmed;
}

const optional = (text: string) => text.trim() || undefined;

/**
 * The request for the API. Values that are no number are passed on as typed, so that the API's answer names the
 * field (validation happens in the API).
 */
export function toRequest(values: PilotFormValues): PilotRequest {
  return {
    title: values.title.trim(),
    interventionTypeCode: values.interventionTypeCode,
    intervention: values.intervention.trim(),
    goal: values.goal.trim(),
    hypothesis: optional(values.hypothesis),
    targetGroup: optional(values.targetGroup),
    organizations: values.organizations
      .filter((o) => o.organizationId)
      .map((o) => ({ organizationId: o.organizationId, role: (o.role || undefined) as ParticipantRole })),
    contactMemberId: optional(values.contactMemberId),
    startsOn: optional(values.startsOn),
    endsOn: optional(values.endsOn),
    costTotal: parseAmount(values.costTotal) as number | undefined,
    participantCount: parseAmount(values.participantCount) as number | undefined,
    knowledgeItemIds: values.knowledge.map((k) => k.id),
  };
}

/** The id of the control a field error of the API belongs to ("organizations[1].role" → the second role). */
export function controlIdOf(field: string): string {
  const row = /^organizations\[(\d+)]\.(organizationId|role)$/.exec(field);
  if (row) return `pf-${row[2] === 'role' ? 'role' : 'org'}-${row[1]}`;
  if (field.startsWith('organizations')) return 'pf-org-0';
  if (field.startsWith('knowledgeItemIds')) return 'pf-knowledge';
  return `pf-${field}`;
}

/** The API's field errors by control id (the first message per control). */
export function errorsByControl(errors: readonly FieldError[]): Record<string, string> {
  const byControl: Record<string, string> = {};
  for (const error of errors) {
    const id = error.field === 'organizations' ? 'pf-organizations' : controlIdOf(error.field);
    byControl[id] ??= error.message;
  }
  return byControl;
}
