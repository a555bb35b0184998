import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../i18n';
import type { ApiClient } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import type { components } from '../../api/schema';
export { PROVINCES, type Province } from '../../shared/provinces';
import type { Province } from '../../shared/provinces';

type Schemas = components['schemas'];
export type InterventionType = Schemas['InterventionType'];
export type InterventionTypePage = Schemas['InterventionTypePage'];
export type Pilot = Schemas['Pilot'];
export type PilotPage = Schemas['PilotPage'];
export type PilotStatus = Schemas['PilotStatus'];
export type PilotStatusChange = Schemas['PilotStatusChange'];
export type PilotRequest = Schemas['PilotRequest'];
export type ParticipantRole = Schemas['ParticipantRole'];
export type PilotAction = Schemas['PilotAction'];
export type JournalEntry = Schemas['JournalEntry'];
export type JournalPage = Schemas['JournalPage'];
type OrganizationPage = Schemas['OrganizationPage'];
type MemberPage = Schemas['MemberPage'];
type KnowledgeItemPage = Schemas['KnowledgeItemPage'];
export const PILOT_STATUSES: readonly PilotStatus[] = ['IDEA', 'PREPARING', 'RUNNING', 'EVALUATING', 'COMPLETED', 'STOPPED'];
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ['EXECUTING', 'PARTICIPATING', 'EDUCATION_PARTNER', 'FUNDER'];
export const PAGE_SIZE = 20;
const BASE = '/api/v1/pilots';

export const pilotKeys = {
  all: ['pilots'] as const,
  pilot: (id: string) => ['pilots', 'pilot', id] as const,
  journal: (id: string, page: number) => ['pilots', 'pilot', id, 'journal', page] as const,
};

/** May the caller do this with the pilot? (The API decides; it tells in allowedActions.) */
export function allows(pilot: Pick<Pilot, 'allowedActions'>, action: PilotAction): boolean {
  return pilot.allowedActions.includes(action);
}

/** Every intervention type (the vocabulary is small), cached for a while: it rarely changes. */
export function useInterventionTypes() {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['pilots', 'intervention-types'],
    queryFn: ({ signal }) => api.json<InterventionTypePage>('/api/v1/intervention-types', { query: { size: 100 }, signal }),
    staleTime: 10 * 60_000,
  });
}

export function useInterventionType(code: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['pilots', 'intervention-type', code],
    queryFn: ({ signal }) => api.json<InterventionType>(`/api/v1/intervention-types/${encodeURIComponent(code)}`, { signal }),
  });
}

type InterventionTypeRequest = Schemas['InterventionTypeRequest'];

/** Staff: add an intervention type (with its code) or change one's texts (with If-Match on its version). */
export function useSaveInterventionType() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { texts: InterventionTypeRequest & { code: string } } | { code: string; version: number; texts: InterventionTypeRequest }) =>
      'version' in args
        ? api.json<InterventionType>(`/api/v1/intervention-types/${encodeURIComponent(args.code)}`,
          { method: 'PUT', body: args.texts, headers: { 'If-Match': `"${args.version}"` } })
        : api.json<InterventionType>('/api/v1/intervention-types', { method: 'POST', body: args.texts }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pilots'] }),
  });
}

/** Label, description and active ingredients of an intervention type in the active language. */
export function useInterventionText() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return {
    label: (type: InterventionType) => (en ? type.labelEn : type.labelNl),
    description: (type: InterventionType) => (en ? type.descriptionEn : type.descriptionNl),
    ingredients: (type: InterventionType) => (en ? type.ingredientsEn : type.ingredientsNl),
  };
}

/** The list's filters; empty values filter nothing. */
export interface PilotFilters {
  status: PilotStatus | '';
  interventionType: string;
  province: Province | '';
  organization: string;
}

function filterQuery(filters: Partial<PilotFilters>) {
  return {
    status: filters.status ? [filters.status] : undefined,
    interventionType: filters.interventionType ? [filters.interventionType] : undefined,
    province: filters.province ? [filters.province] : undefined,
    organization: filters.organization || undefined,
  };
}

/** The pilots the caller may see, filtered, most recently changed first. */
export function usePilots(filters: Partial<PilotFilters>, page: number, size = PAGE_SIZE, enabled = true) {
  const { api } = useAuth();
  const params = { ...filterQuery(filters), page: page - 1, size };
  return useQuery({
    queryKey: ['pilots', 'list', params],
    queryFn: ({ signal }) => api.json<PilotPage>(BASE, { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The planned and running pilots (with the other filters) for the timeline: at most 100, the API's page limit. */
export function usePilotTimeline(filters: PilotFilters, enabled: boolean) {
  const { api } = useAuth();
  const statuses: PilotStatus[] = filters.status ? [filters.status] : ['IDEA', 'PREPARING', 'RUNNING', 'EVALUATING'];
  const params = { ...filterQuery(filters), status: statuses, page: 0, size: 100 };
  return useQuery({
    queryKey: ['pilots', 'timeline', params],
    queryFn: ({ signal }) => api.json<PilotPage>(BASE, { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export interface VersionedPilot {
  pilot: Pilot;
  /** The ETag to send as If-Match. */
  etag: string;
}

export async function fetchPilot(api: ApiClient, id: string, signal?: AbortSignal): Promise<VersionedPilot> {
  const { data, etag } = await api.jsonWithEtag<Pilot>(`${BASE}/${encodeURIComponent(id)}`, { signal });
  return { pilot: data, etag: etag ?? `"${data.version}"` };
}

export function usePilot(id: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: pilotKeys.pilot(id),
    queryFn: ({ signal }) => fetchPilot(api, id, signal),
  });
}

/** Staff: register a pilot. */
export function useCreatePilot() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PilotRequest) => api.json<Pilot>(BASE, { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pilotKeys.all }),
  });
}

/** Staff and the people of an executing organisation: change a pilot (If-Match). */
export function useUpdatePilot(id: string) {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, etag }: { request: PilotRequest; etag: string }) =>
      api.json<Pilot>(`${BASE}/${encodeURIComponent(id)}`, { method: 'PUT', body: request, headers: { 'If-Match': etag } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pilotKeys.all }),
  });
}

/** A page of the journal, newest first (staff and the organisations taking part). */
export function useJournal(id: string, page: number, enabled: boolean) {
  const { api } = useAuth();
  return useQuery({
    queryKey: pilotKeys.journal(id, page),
    queryFn: ({ signal }) => api.json<JournalPage>(`${BASE}/${encodeURIComponent(id)}/journal`, { query: { page, size: 10 }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useWriteJournal(id: string) {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.json<JournalEntry>(`${BASE}/${encodeURIComponent(id)}/journal`, { method: 'POST', body: { text } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...pilotKeys.pilot(id), 'journal'] }),
  });
}

export function useCorrectJournal(id: string) {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, text }: { entryId: string; text: string }) =>
      api.json<JournalEntry>(`${BASE}/${encodeURIComponent(id)}/journal/${encodeURIComponent(entryId)}`, { method: 'PUT', body: { text } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...pilotKeys.pilot(id), 'journal'] }),
  });
}

/** The organisations the caller may see (for the filter and the editor), by name; the first 100. */
export function useOrganizationChoices() {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['pilots', 'organization-choices'],
    queryFn: ({ signal }) => api.json<OrganizationPage>('/api/v1/organizations', { query: { size: 100 }, signal }),
    staleTime: 5 * 60_000,
  });
}

/** The members of the given organisations (the contact person must be one of them). */
export function useMemberChoices(organizationIds: string[]) {
  const { api } = useAuth();
  const ids = [...new Set(organizationIds)].sort();
  return useQuery({
    queryKey: ['pilots', 'member-choices', ids],
    queryFn: ({ signal }) => api.json<MemberPage>('/api/v1/members', { query: { organization: ids, size: 100 }, signal }),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** Knowledge items that match the words, for linking a pilot to what it builds on. */
export function useKnowledgeChoices(q: string) {
  const { api } = useAuth();
  const words = q.trim();
  return useQuery({
    queryKey: ['pilots', 'knowledge-choices', words],
    queryFn: ({ signal }) => api.json<KnowledgeItemPage>('/api/v1/knowledge-items', { query: { q: words, size: 8 }, signal }),
    enabled: words.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function usePilotHistory(id: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: [...pilotKeys.pilot(id), 'history'],
    queryFn: ({ signal }) => api.json<PilotStatusChange[]>(`/api/v1/pilots/${encodeURIComponent(id)}/history`, { signal }),
  });
}

/** Staff: move a pilot to another status (STOPPED with a reason). */
export function useChangePilotStatus() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, reason }: { id: string; status: PilotStatus; reason?: string }) =>
      api.json<Pilot>(`/api/v1/pilots/${encodeURIComponent(id)}/status`, { method: 'POST', body: { status, reason: reason || undefined } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pilots'] }),
  });
}
