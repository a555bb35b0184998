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
 * from the start (a modulepreload link in its place), but evaluated only once the browser reports the first
 * contentful paint (the `paint` performance entry, i.e. the loading text is on the screen): a phone that needs a few
 * hundred milliseconds to evaluate the scripts shows the page's shell first instead of a blank screen.
 *
 * Waiting for a frame (requestAnimationFrame, then a task) was not enough: the frame is drawn, but shown a little
 * later, and on a fast connection the app's evaluation often finished before that, so the first paint still waited
 * for it by chance. Lighthouse's first contentful paint then jumped between 1.1 and 2.1 s from run to run (mobile,
 * simulated). A browser without paint timing falls back to the frame; a hidden tab paints nothing, so there the app
 * starts at once; and it never waits more than a second.
 */
export function startScript(src: string): string {
  const entry = JSON.stringify(src);
  return `(function(){var s=0;function go(){if(!s){s=1;import(${entry})}}`
    + `if(document.visibilityState==='hidden')return go();`
    + `setTimeout(go,1000);`
    + `try{if(PerformanceObserver.supportedEntryTypes.indexOf('paint')>=0){`
    + `new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();go()}})`
    + `.observe({type:'paint',buffered:true});return}}catch(e){}`
    + `requestAnimationFrame(function(){setTimeout(go)})})()`;
}

export function startAfterFirstPaint(html: string): string {
  const entry = ENTRY_SCRIPT.exec(html);
  if (!entry) throw new Error('build/paintFirst.ts: no entry <script type="module"> in index.html');
  return html
    .replace(entry[0], `<link rel="modulepreload" crossorigin href="${entry[1]}">`)
    .replace('</body>', () => `<script>${startScript(entry[1])}</script>\n</body>`);
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
