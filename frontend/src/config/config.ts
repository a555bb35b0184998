/** Runtime configuration, read from /config.json so one build serves every environment. */
export interface AppConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** Base URL of the API; "" means the same origin (the dev server, `vite preview` and nginx proxy /api). */
  apiBaseUrl: string;
}

function isAppConfig(value: unknown): value is AppConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.keycloakUrl === 'string' &&
    typeof v.realm === 'string' &&
    typeof v.clientId === 'string' &&
    typeof v.apiBaseUrl === 'string'
  );
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  // index.html preloads it; the server sends it with Cache-Control: no-store, so it is never stale
  const response = await fetchImpl('/config.json');
  if (!response.ok) {
    throw new Error(`Could not load /config.json (HTTP ${response.status})`);
  }
  const json: unknown = await response.json();
  if (!isAppConfig(json)) {
    throw new Error('/config.json must contain keycloakUrl, realm, clientId and apiBaseUrl (strings)');
  }
  return { ...json, apiBaseUrl: json.apiBaseUrl.replace(/\/+$/, '') };
}
