import { describe, expect, it } from 'vitest';
import { settleVars } from './customProperties';
import { LANDING_ROUTES } from './landingRoutePreload';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inlineEntryCss, startAfterFirstPaint } from './paintFirst';
import { REACT_ROUTER_PRODUCTION, reactRouterProduction } from './reactRouterProduction';

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

  it('downloads the entry module from the start but runs it only after the first paint', () => {
    const html = '<html><head>\n<script type="module" crossorigin src="/assets/index-abc.js"></script>\n</head>'
      + '<body><div id="root">…</div></body></html>';
    const out = startAfterFirstPaint(html);
    expect(out).not.toContain('<script type="module"');
    expect(out).toContain('<link rel="modulepreload" crossorigin href="/assets/index-abc.js">');
    // the start script comes last in the body, after the loading text it waits to see painted
    expect(out).toMatch(/<div id="root">…<\/div><script>[^<]*import\("\/assets\/index-abc\.js"\)[^<]*<\/script>\n<\/body>/);
    expect(out).toContain('requestAnimationFrame(function(){setTimeout(go)})');
    expect(out).toContain("document.visibilityState==='hidden'");
    expect(() => startAfterFirstPaint('<html><body></body></html>')).toThrow(/no entry/);
  });

  it('bundles React Router\'s production build, the one without development warnings', () => {
    const alias = reactRouterProduction();
    expect('react-router').toMatch(alias.find);
    expect('react-router-dom').not.toMatch(alias.find);
    const entry = readFileSync(REACT_ROUTER_PRODUCTION, 'utf8');
    expect(entry).toMatch(/createBrowserRouter/);
    // the chunks it re-exports from have their development warnings switched off
    const chunks = [...entry.matchAll(/from "\.\/(chunk-[\w-]+\.mjs)"/g)].map((match) => readFileSync(join(dirname(REACT_ROUTER_PRODUCTION), match[1]), 'utf8'));
    expect(chunks.some((chunk) => chunk.includes('ENABLE_DEV_WARNINGS = false'))).toBe(true);
    expect(chunks.some((chunk) => chunk.includes('ENABLE_DEV_WARNINGS = true'))).toBe(false);
  });

  it('puts the main stylesheet into index.html, so the first paint needs no second request', () => {
    const html = '<head><link rel="stylesheet" crossorigin href="/assets/index-x.css">\n</head>';
    const read = (file: string) => (file === 'assets/index-x.css' ? 'a{background:url(/assets/f.woff2)}$&' : '');
    expect(inlineEntryCss(html, read)).toBe('<head><style>a{background:url(/assets/f.woff2)}$&</style>\n</head>');
    expect(() => inlineEntryCss(html, () => 'a{}</style><script>')).toThrow(/cannot be inlined/);
    expect(() => inlineEntryCss('<head></head>', read)).toThrow(/no entry stylesheet/);
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
