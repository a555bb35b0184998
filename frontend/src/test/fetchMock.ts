import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
  });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Replaces the global fetch (and only fetch) with a router over "METHOD /path" handlers, and records every call.
 * Unhandled calls answer 404 problem+json, like the real API.
 */
export function mockFetch(handlers: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: RecordedRequest = { method, url, headers: new Headers(init.headers), body };
    requests.push(request);
    const handler = handlers[`${method} ${url.pathname}`];
    if (!handler) return problem(404, { title: 'Not Found', detail: `${method} ${url.pathname} is not mocked` });
    return handler(request);
  });
  vi.stubGlobal('fetch', fn);
  return {
    fn,
    requests,
    /** The calls to one path, e.g. calls('GET', '/api/v1/knowledge-items'). */
    calls: (method: string, path: string) => requests.filter((r) => r.method === method && r.url.pathname === path),
  };
}
