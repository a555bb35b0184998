// The pure part of the performance-budget check (scripts/check-budget.mjs): which files a page loads, according to
// Vite's build manifest (dist/.vite/manifest.json, `build.manifest: true` in vite.config.ts), and whether their sizes
// stay within the budget. No file system here, so the unit test (budget.test.mjs) can feed it a small manifest.

/** The key of the manifest's entry chunk (the script in index.html). */
export function entryKey(manifest) {
  const keys = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (keys.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${keys.length}`);
  return keys[0];
}

/**
 * The manifest key of the lazy route chunk whose source is `src`: one of the entry's dynamic imports (the pages that
 * features lazy-load through lazyPage() in src/shared/feature.ts).
 */
export function routeKey(manifest, src) {
  const entry = manifest[entryKey(manifest)];
  const key = (entry.dynamicImports ?? []).find((candidate) => (manifest[candidate]?.src ?? candidate) === src);
  if (!key) throw new Error(`no lazy route chunk for ${src} among the entry's dynamic imports`);
  return key;
}

/**
 * The files a page loads before it is shown: the entry chunk, the route chunks the page lazy-loads, every chunk they
 * import statically (the modulepreloads, followed transitively), and the CSS of all those chunks. Dynamic imports of
 * those chunks (other pages, sections loaded later) are not followed.
 */
export function pageFiles(manifest, routeSrcs) {
  const keys = [entryKey(manifest), ...routeSrcs.map((src) => routeKey(manifest, src))];
  const seen = new Set();
  const js = [];
  const css = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no item ${key}`);
    if (!js.includes(chunk.file)) js.push(chunk.file);
    for (const file of chunk.css ?? []) if (!css.includes(file)) css.push(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return { js, css };
}

/** The figures of one page: `sizes` gives { raw, gzip } in bytes for a file of dist/. */
export function pageFigures(files, sizes) {
  const sum = (list, field) => list.reduce((total, file) => total + sizes(file)[field], 0);
  return { jsRaw: sum(files.js, 'raw'), jsGzip: sum(files.js, 'gzip'), cssRaw: sum(files.css, 'raw') };
}

/** A sentence per figure above its budget (empty when the page fits). Budgets and figures are in bytes. */
export function overBudget(page, figures, budgets) {
  const problems = [];
  for (const [figure, label] of [['jsGzip', 'initial JavaScript (gzip)'], ['cssRaw', 'CSS (raw)'], ['jsRaw', 'initial JavaScript (raw)']]) {
    const budget = budgets[figure];
    if (budget !== undefined && figures[figure] > budget) {
      problems.push(`${page}: ${label} is ${kb(figures[figure])}, above the budget of ${kb(budget)} (by ${kb(figures[figure] - budget)})`);
    }
  }
  return problems;
}

/** Bytes as KB (1 KB = 1024 bytes) with one decimal. */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
