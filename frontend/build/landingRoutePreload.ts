import type { Plugin } from 'vite';
import { indexHtmlAfterBuild } from './indexHtml';
import { root } from './paths';

/**
 * The pages people land on from outside (home, search, an item) start loading their route's code together with the
 * app's entry, instead of after it: a small inline script in index.html adds modulepreload links for the route
 * module of the address being opened (and the chunks it imports). Other routes load on demand as before.
 */
export const LANDING_ROUTES: { pattern: string; module: string }[] = [
  { pattern: '^/$', module: 'src/features/home/HomePage.tsx' },
  { pattern: '^/kennisbank/?$', module: 'src/features/knowledge/pages/SearchPage.tsx' },
  { pattern: '^/kennisbank/(?!nieuw$|beoordelen$|mijn-voorstellen$)[^/]+/?$', module: 'src/features/knowledge/pages/ItemPage.tsx' },
];

export function landingRoutePreload(): Plugin {
  return indexHtmlAfterBuild('hub:landing-route-preload', (html, bundle) => {
    const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
    const entryImports = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
    const routes = LANDING_ROUTES.map(({ pattern, module }) => {
      const chunk = chunks.find((c) => c.facadeModuleId === `${root}${module}`);
      if (!chunk) throw new Error(`build/landingRoutePreload.ts: no chunk for the landing route ${module}`);
      // the route's chunk and every chunk it imports, directly or not, that the entry does not already load
      const files: string[] = [];
      const visit = (fileName: string) => {
        if (files.includes(fileName) || entryImports.has(fileName)) return;
        files.push(fileName);
        chunks.find((c) => c.fileName === fileName)?.imports.forEach(visit);
      };
      visit(chunk.fileName);
      return [pattern, files.map((file) => `/${file}`)];
    });
    const script = `(function(){var r=${JSON.stringify(routes)},p=location.pathname;for(var i=0;i<r.length;i++)`
      + `if(new RegExp(r[i][0]).test(p)){r[i][1].forEach(function(f){var l=document.createElement('link');`
      + `l.rel='modulepreload';l.crossOrigin='';l.href=f;document.head.appendChild(l)});break}})()`;
    return html.replace('</head>', `<script>${script}</script>\n</head>`);
  });
}
