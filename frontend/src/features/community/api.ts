import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth/AuthContext';
import { isApiError } from '../../api/ApiError';
import type { components } from '../../api/schema';
export { PROVINCES, type Province } from '../../shared/provinces';

type Schemas = components['schemas'];
export type Member = Schemas['Member'];
export type MemberPage = Schemas['MemberPage'];
export type Organization = Schemas['Organization'];
export type OrganizationPage = Schemas['OrganizationPage'];
export type MemberProfileRequest = Schemas['MemberProfileRequest'];
export type Consent = Schemas['Consent'];
export type OrganizationType = Schemas['OrganizationType'];
export type ProfileVisibility = Schemas['ProfileVisibility'];
export type Idea = Schemas['Idea'];
export type IdeaPage = Schemas['IdeaPage'];
export type IdeaRequest = Schemas['IdeaRequest'];
export type IdeaStatus = Schemas['IdeaStatus'];
export type HubEvent = Schemas['Event'];
export type EventPage = Schemas['EventPage'];
export type JoinRequestCreate = Schemas['JoinRequestCreate'];
export type Contributions = Schemas['Contributions'];
export type OrganizationRequest = Schemas['OrganizationRequest'];
export type EventRequest = Schemas['EventRequest'];
export type EventKind = Schemas['EventKind'];
export type EventRegistrationPage = Schemas['EventRegistrationPage'];
export type SizeClass = Schemas['SizeClass'];
export type JoinRequest = Schemas['JoinRequest'];
export type JoinRequestPage = Schemas['JoinRequestPage'];
export type JoinRequestStatus = Schemas['JoinRequestStatus'];
export type JoinRequestReceipt = Schemas['JoinRequestReceipt'];
export const IDEA_STATUSES: readonly IdeaStatus[] = ['NEW', 'IN_PROGRESS', 'ADOPTED', 'DECLINED'];

export const ORGANIZATION_TYPES: readonly OrganizationType[] = ['SME', 'LARGE_COMPANY', 'BRANCH_ORGANISATION', 'TRAINING_FUND',
  'EDUCATION_MBO', 'EDUCATION_HBO', 'EDUCATION_WO', 'GOVERNMENT', 'KNOWLEDGE_INSTITUTE', 'OTHER'];
export const VISIBILITIES: readonly ProfileVisibility[] = ['PUBLIC', 'COMMUNITY', 'STAFF_ONLY'];
export const EVENT_KINDS: readonly EventKind[] = ['DEMO_DAY', 'WEBINAR', 'MEETING'];
export const SIZE_CLASSES: readonly SizeClass[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

export const PAGE_SIZE = 20;

export interface DirectoryQuery {
  q: string;
  organizationType: string[];
  province: string[];
  theme: string[];
  sector: string;
  page: number;
}

/** The directory's filters as API query parameters (the list and its CSV export take the same). */
export function directoryParams(query: DirectoryQuery) {
  return { q: query.q || undefined, organizationType: query.organizationType, province: query.province, theme: query.theme,
    sector: query.sector || undefined };
}

export function useMembers(query: DirectoryQuery) {
  const { api } = useAuth();
  const params = { ...directoryParams(query), page: query.page - 1, size: PAGE_SIZE };
  return useQuery({
    queryKey: ['community', 'members', params],
    queryFn: ({ signal }) => api.json<MemberPage>('/api/v1/members', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMember(id: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['community', 'member', id],
    queryFn: ({ signal }) => api.json<Member>(`/api/v1/members/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useOrganizations(page: number) {
  const { api } = useAuth();
  const params = { page: page - 1, size: PAGE_SIZE };
  return useQuery({
    queryKey: ['community', 'organizations', params],
    queryFn: ({ signal }) => api.json<OrganizationPage>('/api/v1/organizations', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['community', 'organization', id],
    queryFn: ({ signal }) => api.json<Organization>(`/api/v1/organizations/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useConsent() {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['community', 'consent'],
    queryFn: ({ signal }) => api.json<Consent>('/api/v1/members/consent', { signal }),
    staleTime: 10 * 60_000,
  });
}

/** My profile with its ETag, or null when I have none yet (the API answers 404). */
export function useMyProfile(enabled: boolean) {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['community', 'me'],
    enabled,
    queryFn: async ({ signal }) => {
      try {
        return await api.jsonWithEtag<Member>('/api/v1/members/me', { signal });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useSaveProfile() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, etag }: { request: MemberProfileRequest; etag?: string }) =>
      etag
        ? api.json<Member>('/api/v1/members/me', { method: 'PUT', body: request, headers: { 'If-Match': etag } })
        : api.json<Member>('/api/v1/members/me', { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['community'] }),
  });
}

export function useEraseMe() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => api.send('/api/v1/members/me', { method: 'DELETE', headers: { 'If-Match': etag } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['community'] }),
  });
}

/** Staff: every idea; others: their own. */
export function useIdeas(page: number, enabled: boolean) {
  const { api } = useAuth();
  const params = { page: page - 1, size: PAGE_SIZE };
  return useQuery({
    queryKey: ['community', 'ideas', params],
    enabled,
    queryFn: ({ signal }) => api.json<IdeaPage>('/api/v1/ideas', { query: params, signal }),
  });
}

export function useSubmitIdea() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: IdeaRequest) => api.json<Idea>('/api/v1/ideas', { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['community', 'ideas'] }),
  });
}

export function useAnswerIdea() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, answer }: { id: string; status: IdeaStatus; answer: string }) =>
      api.json<Idea>(`/api/v1/ideas/${encodeURIComponent(id)}/response`, { method: 'POST', body: { status, answer } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['community', 'ideas'] }),
  });
}

export function useEvents(page: number) {
  const { api } = useAuth();
  const params = { page: page - 1, size: PAGE_SIZE };
  return useQuery({
    queryKey: ['community', 'events', params],
    queryFn: ({ signal }) => api.json<EventPage>('/api/v1/events', { query: params, signal }),
  });
}

/** Register (seat or waiting list) or cancel. */
export function useRegistration() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, register }: { id: string; register: boolean }) =>
      api.send(`/api/v1/events/${encodeURIComponent(id)}/registrations`, { method: register ? 'POST' : 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['community', 'events'] }),
  });
}

/** Organisations to choose from in the join form (the first 100 by name; the API shows visitors the public ones). */
export function useOrganizationChoices() {
  const { api } = useAuth();
  const params = { page: 0, size: 100 };
  return useQuery({
    queryKey: ['community', 'organizations', 'choices'],
    queryFn: ({ signal }) => api.json<OrganizationPage>('/api/v1/organizations', { query: params, signal }),
    staleTime: 5 * 60_000,
  });
}

export function useApplyToJoin() {
  const { api } = useAuth();
  return useMutation({
    mutationFn: (request: JoinRequestCreate) =>
      api.json<JoinRequestReceipt>('/api/v1/join-requests', { method: 'POST', body: request }),
  });
}

/** Staff: the join-request inbox. */
export function useJoinRequests(status: JoinRequestStatus | 'ALL', page: number) {
  const { api } = useAuth();
  const params = { status: status === 'ALL' ? undefined : [status], page: page - 1, size: PAGE_SIZE };
  return useQuery({
    queryKey: ['community', 'join-requests', params],
    queryFn: ({ signal }) => api.json<JoinRequestPage>('/api/v1/join-requests', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDecideJoinRequest() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, approve, reason }: { id: string; approve: boolean; reason?: string }) =>
      approve
        ? api.json<JoinRequest>(`/api/v1/join-requests/${encodeURIComponent(id)}/approve`, { method: 'POST' })
        : api.json<JoinRequest>(`/api/v1/join-requests/${encodeURIComponent(id)}/decline`, {
            method: 'POST',
            body: { reason: reason || undefined },
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['community'] }),
  });
}

/** What a member or an organisation contributed (published knowledge items the caller may see). */
export function useContributions(kind: 'members' | 'organizations', id: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['community', kind, id, 'contributions'],
    queryFn: ({ signal }) => api.json<Contributions>(`/api/v1/${kind}/${encodeURIComponent(id)}/contributions`, { signal }),
  });
}

/**
 * Save an organisation's profile: a new one (staff) with POST, or a change (staff, or a partner of that organisation)
 * with If-Match carrying the version the editor opened with (the API's ETag is the version), so a change someone else
 * made meanwhile is not overwritten (412).
 */
export function useSaveOrganization() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, request }: { id?: string; version?: number; request: OrganizationRequest }) =>
      id
        ? api.json<Organization>(`/api/v1/organizations/${encodeURIComponent(id)}`, {
            method: 'PUT',
            body: request,
            headers: { 'If-Match': `"${version}"` },
          })
        : api.json<Organization>('/api/v1/organizations', { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['community'] }),
  });
}

/** Staff: link a partner system's client to an organisation (it then acts for it), or unlink it. */
export function usePartnerSystemLink() {
  const { api } = useAuth();
  return useMutation({
    mutationFn: ({ organizationId, clientId, link }: { organizationId: string; clientId: string; link: boolean }) =>
      api.send(`/api/v1/organizations/${encodeURIComponent(organizationId)}/partner-systems/${encodeURIComponent(clientId)}`,
        { method: link ? 'PUT' : 'DELETE' }),
  });
}

/** Staff: create an event, or change one with the version it was opened with (If-Match). */
export function useSaveEvent() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, id, version }: { request: EventRequest; id?: string; version?: number }) =>
      id
        ? api.json<HubEvent>(`/api/v1/events/${encodeURIComponent(id)}`, { method: 'PUT', body: request, headers: { 'If-Match': `"${version}"` } })
        : api.json<HubEvent>('/api/v1/events', { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['community', 'events'] }),
  });
}

/** Staff: cancel an event (everyone registered gets a mail). */
export function useCancelEvent() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.send(`/api/v1/events/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['community', 'events'] }),
  });
}

/** Staff: the attendance list of an event (the first 100). */
export function useAttendance(id: string, enabled: boolean) {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['community', 'events', id, 'registrations'],
    enabled,
    queryFn: ({ signal }) =>
      api.json<EventRegistrationPage>(`/api/v1/events/${encodeURIComponent(id)}/registrations`, { query: { size: 100 }, signal }),
  });
}

/** Who is signed in (`GET /api/v1/me`): the name and e-mail address from the login, to start a new profile with. */
export function useSignedInPerson(enabled: boolean) {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['community', 'signed-in-person'],
    enabled,
    queryFn: ({ signal }) => api.json<Schemas['Me']>('/api/v1/me', { signal }),
    staleTime: 5 * 60_000,
  });
}
