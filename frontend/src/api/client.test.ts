import { describe, expect, it, vi } from 'vitest';
import { mockFetch, json, problem } from '../test/fetchMock';
import { ApiError } from './ApiError';
import { ApiClient, filenameFrom, toSearchParams } from './client';

const client = (token?: string) => new ApiClient({ baseUrl: '', getToken: async () => token, getLanguage: () => 'nl' });

describe('ApiClient', () => {
  it('adds the bearer token, the language and the Accept header', async () => {
    const mock = mockFetch({ 'GET /api/v1/me': () => json({ subject: 's', roles: ['staff'] }) });
    await client('abc.def.ghi').json('/api/v1/me');
    const [request] = mock.requests;
    expect(request.headers.get('Authorization')).toBe('Bearer abc.def.ghi');
    expect(request.headers.get('Accept-Language')).toBe('nl');
    expect(request.headers.get('Accept')).toContain('application/problem+json');
  });

  it('sends no Authorization header for a visitor', async () => {
    const mock = mockFetch({ 'GET /api/v1/themes': () => json({ items: [] }) });
    await client(undefined).json('/api/v1/themes');
    expect(mock.requests[0].headers.has('Authorization')).toBe(false);
  });

  it('asks the token provider before every call (so it can refresh just in time)', async () => {
    mockFetch({ 'GET /api/v1/me': () => json({}) });
    let asked = 0;
    const api = new ApiClient({ baseUrl: '', getToken: async () => `token-${++asked}` });
    await api.json('/api/v1/me');
    await api.json('/api/v1/me');
    expect(asked).toBe(2);
  });

  it('turns a problem+json answer into one ApiError with its field errors', async () => {
    mockFetch({
      'POST /api/v1/knowledge-items': () =>
        problem(400, {
          type: 'https://leercultuur-hub.nl/problems/validation',
          title: 'Invalid request',
          detail: '2 fields are invalid',
          instance: '/api/v1/knowledge-items',
          errors: [
            { field: 'title', message: 'is required' },
            { field: 'authors[1]', message: 'must not be empty' },
          ],
        }),
    });
    const error = await client('t')
      .json('/api/v1/knowledge-items', { method: 'POST', body: { title: '' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.title).toBe('Invalid request');
    expect(apiError.detail).toBe('2 fields are invalid');
    expect(apiError.instance).toBe('/api/v1/knowledge-items');
    expect(apiError.fieldErrors).toEqual([
      { field: 'title', message: 'is required' },
      { field: 'authors[1]', message: 'must not be empty' },
    ]);
  });

  it('makes an ApiError of an error answer without a problem body', async () => {
    mockFetch({ 'GET /api/v1/me': () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }) });
    const error = (await client().json('/api/v1/me').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.fieldErrors).toEqual([]);
  });

  it('reports a network failure as ApiError with status 0', async () => {
    const fn = async () => {
      throw new TypeError('Failed to fetch');
    };
    vi.stubGlobal('fetch', fn);
    const error = (await client().json('/api/v1/me').catch((e: unknown) => e)) as ApiError;
    expect(error.isNetworkError).toBe(true);
  });

  it('passes the AbortSignal on and lets an abort through as AbortError', async () => {
    const mock = mockFetch({ 'GET /api/v1/themes': () => json({}) });
    const controller = new AbortController();
    await client().json('/api/v1/themes', { signal: controller.signal });
    expect(mock.fn.mock.calls[0][1]?.signal).toBe(controller.signal);

    vi.stubGlobal('fetch', async () => {
      throw new DOMException('The operation was aborted.', 'AbortError');
    });
    await expect(client().json('/api/v1/themes', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('sends JSON bodies and returns the ETag for later If-Match', async () => {
    const mock = mockFetch({
      'GET /api/v1/knowledge-items/x': () => json({ id: 'x' }, { headers: { ETag: '"7"' } }),
      'PUT /api/v1/knowledge-items/x': () => json({ id: 'x' }),
    });
    const { etag } = await client('t').jsonWithEtag('/api/v1/knowledge-items/x');
    expect(etag).toBe('"7"');
    await client('t').json('/api/v1/knowledge-items/x', { method: 'PUT', body: { title: 'T' }, headers: { 'If-Match': etag! } });
    const put = mock.calls('PUT', '/api/v1/knowledge-items/x')[0];
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(put.headers.get('Content-Type')).toBe('application/json');
    expect(put.body).toEqual({ title: 'T' });
  });
});

describe('toSearchParams', () => {
  it('repeats array values and leaves out empty ones', () => {
    expect(toSearchParams({ q: 'leren', type: ['RESEARCH', 'ARTICLE'], theme: [], year: undefined, page: 0, x: '' }).toString()).toBe(
      'q=leren&type=RESEARCH&type=ARTICLE&page=0',
    );
  });
});

describe('filenameFrom', () => {
  it('reads plain and RFC 5987 file names', () => {
    expect(filenameFrom('attachment; filename="kennisbank.csv"')).toBe('kennisbank.csv');
    expect(filenameFrom("attachment; filename*=UTF-8''leren%20op%20werk.ris")).toBe('leren op werk.ris');
    expect(filenameFrom(null)).toBeUndefined();
  });
});
