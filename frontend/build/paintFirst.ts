import type { Plugin } from 'vite';
import { indexHtmlAfterBuild } from './indexHtml';

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const ENTRY_CSS = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/;

/**
 * The app's main stylesheet goes into index.html itself, so the first paint needs no second request: on a phone's
 * connection that is a round trip less before anything shows (Lighthouse: first contentful paint 0.65–0.73 s instead
 * of 0.77–0.79 s). index.html is revalidated on every visit (no-cache, then 304), so the styles are downloaded again
 * only when they change. The file stays in the build for the size budget (scripts/budget.mjs reads the manifest).
 */
export function inlineEntryCss(html: string, read: (fileName: string) => string): string {
  const link = ENTRY_CSS.exec(html);
  if (!link) throw new Error('build/paintFirst.ts: no entry stylesheet in index.html');
  const css = read(link[1]);
  if (/<\/style/i.test(css)) throw new Error(`build/paintFirst.ts: ${link[1]} cannot be inlined (it contains "</style")`);
  return html.replace(link[0], () => `<style>${css}</style>`);
}

/**
 * The browser paints index.html's loading text before it runs the app's code. The entry module is still downloaded
 * from the start (a modulepreload link in its place), but evaluated only once a frame has been painted: a phone
 * that needs a few hundred milliseconds to evaluate the scripts shows the page's shell first instead of a blank
 * screen. Without this, the first paint came before or after that evaluation by chance (whichever finished first
 * on a fast connection), and Lighthouse's first contentful paint jumped between 0.8 and 2 s from run to run.
 * A hidden tab paints nothing, so there the app starts at once.
 */
export function startAfterFirstPaint(html: string): string {
  const entry = ENTRY_SCRIPT.exec(html);
  if (!entry) throw new Error('build/paintFirst.ts: no entry <script type="module"> in index.html');
  const src = JSON.stringify(entry[1]);
  const start = `(function(){var s=0;function go(){if(!s){s=1;import(${src})}}`
    + `if(document.visibilityState==='hidden')go();else requestAnimationFrame(function(){setTimeout(go)})})()`;
  return html
    .replace(entry[0], `<link rel="modulepreload" crossorigin href="${entry[1]}">`)
    .replace('</body>', `<script>${start}</script>\n</body>`);
}

export function paintFirst(): Plugin {
  return indexHtmlAfterBuild('hub:paint-first', (html, bundle) => {
    const read = (fileName: string) => {
      const asset = bundle[fileName];
      if (asset?.type !== 'asset') throw new Error(`build/paintFirst.ts: ${fileName} is not in the build`);
      return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
    };
    return startAfterFirstPaint(inlineEntryCss(html, read));
  });
}
