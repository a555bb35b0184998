import { describe, expect, it } from 'vitest';
import { settleVars } from './customProperties';
import { LANDING_ROUTES } from './landingRoutePreload';

describe('the build\'s size measures', () => {
  it('preloads the route of the landing pages only, not of other pages under the same path', () => {
    const routeOf = (path: string) => LANDING_ROUTES.find(({ pattern }) => new RegExp(pattern).test(path))?.module;
    expect(routeOf('/')).toBe('src/features/home/HomePage.tsx');
    expect(routeOf('/kennisbank')).toBe('src/features/knowledge/pages/SearchPage.tsx');
    expect(routeOf('/kennisbank/leren-op-de-werkplek-de000001')).toBe('src/features/knowledge/pages/ItemPage.tsx');
    expect(routeOf('/kennisbank/nieuw')).toBeUndefined();
    expect(routeOf('/kennisbank/beoordelen')).toBeUndefined();
    expect(routeOf('/kennisbank/x/bewerken')).toBeUndefined();
    expect(routeOf('/pilots')).toBeUndefined();
  });

  it('settles var() references whose answer is known at build time, and keeps the others', () => {
    const declared = new Set(['--set']);
    const constants = new Map([['--brand', '#0b6']]);
    // never declared: the fallback, also nested
    expect(settleVars('var(--unset, 4px)', declared, constants)).toEqual({ value: '4px', invalid: false });
    expect(settleVars('var(--a, var(--b, 1em)) solid', declared, constants)).toEqual({ value: '1em solid', invalid: false });
    // a constant token: its value
    expect(settleVars('1px solid var(--brand)', declared, constants)).toEqual({ value: '1px solid #0b6', invalid: false });
    // declared somewhere (may change): kept, its fallback settled
    expect(settleVars('var(--set, var(--unset, 2px))', declared, constants)).toEqual({ value: 'var(--set, 2px)', invalid: false });
    // never declared and no fallback: invalid at computed-value time, like `unset`
    expect(settleVars('var(--unset)', declared, constants).invalid).toBe(true);
  });
});
