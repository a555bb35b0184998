import { initOptions, maybeSignedIn, rememberSignIn, SIGNED_IN_KEY } from './keycloak';

describe('Keycloak start-up', () => {
  afterEach(() => localStorage.clear());

  it('asks Keycloak for a session (check-sso) only when this browser may have one', () => {
    expect(maybeSignedIn()).toBe(false);
    rememberSignIn(true);
    expect(localStorage.getItem(SIGNED_IN_KEY)).toBe('1');
    expect(maybeSignedIn()).toBe(true);
    rememberSignIn(false);
    expect(maybeSignedIn()).toBe(false);
  });

  it('uses the silent check-sso iframe only when checking', () => {
    const checking = initOptions(true, 'https://hub.example');
    expect(checking).toMatchObject({
      onLoad: 'check-sso',
      silentCheckSsoRedirectUri: 'https://hub.example/silent-check-sso.html',
      pkceMethod: 'S256',
      redirectUri: 'https://hub.example/',
    });
    const visitor = initOptions(false, 'https://hub.example');
    expect(visitor).not.toHaveProperty('onLoad');
    expect(visitor).not.toHaveProperty('silentCheckSsoRedirectUri');
    expect(visitor).toMatchObject({ pkceMethod: 'S256', redirectUri: 'https://hub.example/', checkLoginIframe: false });
  });
});
