import { expect, test } from '@playwright/test';
import { API_URL, KEYCLOAK_URL } from './support';

// Issue 2: the demo partner system authenticates with client credentials and calls the API.
test('the demo partner system gets a client-credentials token and calls /api/v1/me', async ({ request }) => {
  const tokenResponse = await request.post(`${KEYCLOAK_URL}/realms/leercultuur/protocol/openid-connect/token`, {
    form: {
      grant_type: 'client_credentials',
      client_id: 'hub-partner-demo',
      client_secret: 'dev-only-partner-demo-secret',
    },
  });
  expect(tokenResponse.status()).toBe(200);
  const token = (await tokenResponse.json()) as { access_token: string; token_type: string };
  expect(token.token_type.toLowerCase()).toBe('bearer');

  const me = await request.get(`${API_URL}/api/v1/me`, { headers: { Authorization: `Bearer ${token.access_token}` } });
  expect(me.status()).toBe(200);
  const body = (await me.json()) as { roles: string[]; clientId?: string };
  expect(body.roles).toContain('partner');
  expect(body.clientId).toBe('hub-partner-demo');

  // Without a token the API answers 401 with a problem document.
  const anonymous = await request.get(`${API_URL}/api/v1/me`);
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()['content-type']).toContain('application/problem+json');
});
