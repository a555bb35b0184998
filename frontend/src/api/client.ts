import { ApiError } from './ApiError';

export type TokenProvider = () => Promise<string | undefined>;

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type QueryParams = Record<string, QueryValue>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  query?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Builds `a=1&b=x&b=y`, repeating a key for array values and leaving out empty ones. */
export function toSearchParams(query: QueryParams | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (!query) return params;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const v of value) params.append(key, String(v));
    } else {
      params.append(key, String(value));
    }
  }
  return params;
}

/**
 * The fetch client of the SPA: adds the bearer token (refreshed just in time by the token provider),
 * passes the AbortSignal on, and turns every failed call into one ApiError.
 */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly getToken: TokenProvider;
  private readonly getLanguage?: () => string;

  constructor(options: { baseUrl: string; getToken: TokenProvider; getLanguage?: () => string }) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.getToken = options.getToken;
    this.getLanguage = options.getLanguage;
  }

  url(path: string, query?: QueryParams): string {
    const qs = toSearchParams(query).toString();
    return `${this.baseUrl}${path}${qs ? `?${qs}` : ''}`;
  }

  /** Performs the call and returns the raw response when it is 2xx; throws ApiError otherwise. */
  async send(path: string, options: RequestOptions = {}): Promise<Response> {
    const headers = new Headers(options.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
    const language = this.getLanguage?.();
    if (language) headers.set('Accept-Language', language);
    const token = await this.getToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    let body: BodyInit | undefined;
    if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(options.body);
    }
    let response: Response;
    try {
      response = await fetch(this.url(path, options.query), {
        method: options.method ?? 'GET',
        headers,
        body,
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError({
        status: 0,
        title: 'Network error',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    if (!response.ok) throw await ApiError.fromResponse(response);
    return response;
  }

  async json<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(path, options);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  /** Like json(), but also returns the ETag header (for If-Match on a later update). */
  async jsonWithEtag<T>(path: string, options: RequestOptions = {}): Promise<{ data: T; etag: string | null }> {
    const response = await this.send(path, options);
    return { data: (await response.json()) as T, etag: response.headers.get('ETag') };
  }

  async text(path: string, options: RequestOptions = {}): Promise<string> {
    const response = await this.send(path, { ...options, headers: { Accept: '*/*', ...options.headers } });
    return response.text();
  }

  /** Fetches a file with the token and returns it with the file name from Content-Disposition. */
  async download(path: string, options: RequestOptions & { fallbackName: string }): Promise<{ blob: Blob; filename: string }> {
    const response = await this.send(path, { ...options, headers: { Accept: '*/*', ...options.headers } });
    const blob = await response.blob();
    return { blob, filename: filenameFrom(response.headers.get('Content-Disposition')) ?? options.fallbackName };
  }
}

export function filenameFrom(contentDisposition: string | null): string | undefined {
  if (!contentDisposition) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(contentDisposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* ignore malformed encoding */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(contentDisposition);
  return plain ? plain[1].trim() : undefined;
}

/** Offers a blob to the user as a file download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
