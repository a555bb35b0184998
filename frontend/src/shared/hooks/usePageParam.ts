import { useSearchParams } from 'react-router';

/** The 1-based page of a paged list, kept in the URL (`?page=2`) so that the back button and shared links work. */
export function usePageParam(): { page: number; hrefFor: (page: number) => string } {
  const [params] = useSearchParams();
  const parsed = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isFinite(parsed) && parsed > 0 ? parsed : 1;
  const hrefFor = (target: number) => {
    const next = new URLSearchParams(params);
    if (target > 1) next.set('page', String(target));
    else next.delete('page');
    const query = next.toString();
    return query ? `?${query}` : '?';
  };
  return { page, hrefFor };
}
