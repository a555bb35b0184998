import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth/AuthContext';
import type { ApiClient } from '../../api/client';
import type {
  KnowledgeItem,
  KnowledgeItemPage,
  KnowledgeItemRequest,
  KnowledgeItemSummary,
  RelatedKnowledgeItems,
  StatusChange,
  StatusChangeRequest,
} from './model';
import { filterQuery, listQuery, PAGE_SIZE, type SearchState } from './searchState';

const BASE = '/api/v1/knowledge-items';

export const knowledgeKeys = {
  all: ['knowledge'] as const,
  list: (query: unknown) => ['knowledge', 'list', query] as const,
  item: (id: string) => ['knowledge', 'item', id] as const,
  related: (id: string) => ['knowledge', 'related', id] as const,
  history: (id: string) => ['knowledge', 'history', id] as const,
};

/** The search: items plus facet counts for the filters in the state. */
export function useKnowledgeSearch(state: SearchState) {
  const { api } = useAuth();
  const query = listQuery(state);
  return useQuery({
    queryKey: knowledgeKeys.list(query),
    queryFn: ({ signal }) => api.json<KnowledgeItemPage>(BASE, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Staff review queue: proposals in review, oldest first, one page (0-based) at a time. */
export function useReviewQueue(page = 0) {
  const { api } = useAuth();
  const query = { status: 'IN_REVIEW', sort: 'updatedAt,asc', page, size: PAGE_SIZE };
  return useQuery({
    queryKey: knowledgeKeys.list(query),
    queryFn: ({ signal }) => api.json<KnowledgeItemPage>(BASE, { query, signal }),
  });
}

/** The caller's own proposals, any status, newest change first, one page (0-based) at a time. */
export function useMyProposals(page = 0) {
  const { api } = useAuth();
  const query = { mine: true, sort: 'updatedAt,desc', page, size: PAGE_SIZE };
  return useQuery({
    queryKey: knowledgeKeys.list(query),
    queryFn: ({ signal }) => api.json<KnowledgeItemPage>(BASE, { query, signal }),
  });
}

export interface VersionedItem {
  item: KnowledgeItem;
  /** The ETag to send as If-Match (the version in quotes). */
  etag: string;
}

/** One item with the ETag to send back as If-Match. */
export async function fetchKnowledgeItem(api: ApiClient, id: string, signal?: AbortSignal): Promise<VersionedItem> {
  const { data, etag } = await api.jsonWithEtag<KnowledgeItem>(`${BASE}/${encodeURIComponent(id)}`, { signal });
  return { item: data, etag: etag ?? `"${data.version}"` };
}

export function useKnowledgeItem(id: string | undefined) {
  const { api } = useAuth();
  return useQuery({
    queryKey: knowledgeKeys.item(id ?? ''),
    enabled: Boolean(id),
    queryFn: ({ signal }) => fetchKnowledgeItem(api, id!, signal),
  });
}

export function useRelatedItems(id: string, enabled = true) {
  const { api } = useAuth();
  return useQuery({
    queryKey: knowledgeKeys.related(id),
    enabled,
    queryFn: ({ signal }) =>
      api.json<RelatedKnowledgeItems>(`${BASE}/${encodeURIComponent(id)}/related`, { query: { size: 5 }, signal }),
  });
}

export function useItemHistory(id: string, enabled: boolean) {
  const { api } = useAuth();
  return useQuery({
    queryKey: knowledgeKeys.history(id),
    enabled,
    queryFn: ({ signal }) => api.json<StatusChange[]>(`${BASE}/${encodeURIComponent(id)}/history`, { signal }),
  });
}

export function useCreateItem() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: KnowledgeItemRequest) =>
      api.json<KnowledgeItem>(BASE, { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}

export function useUpdateItem(id: string) {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, etag }: { request: KnowledgeItemRequest; etag: string }) =>
      api.json<KnowledgeItem>(`${BASE}/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: request,
        headers: { 'If-Match': etag },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}

export function useChangeStatus() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...request }: StatusChangeRequest & { id: string }) =>
      api.json<KnowledgeItem>(`${BASE}/${encodeURIComponent(id)}/status`, { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}

export function useDeleteItem() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.send(`${BASE}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}

export function fetchCitation(api: ApiClient, id: string, format: 'apa'): Promise<string> {
  return api.text(`${BASE}/${encodeURIComponent(id)}/citation`, { query: { format } });
}

export function downloadCitation(api: ApiClient, item: Pick<KnowledgeItemSummary, 'id' | 'slug'>, format: 'ris' | 'bibtex') {
  return api.download(`${BASE}/${encodeURIComponent(item.id)}/citation`, {
    query: { format },
    fallbackName: `${item.slug || item.id}.${format === 'ris' ? 'ris' : 'bib'}`,
  });
}

/** The current result list as CSV (same filters as the search, all pages). */
export function downloadCsv(api: ApiClient, state: SearchState) {
  return api.download(`${BASE}/export`, {
    query: { format: 'csv', ...filterQuery(state) },
    fallbackName: 'kennisbank.csv',
  });
}
