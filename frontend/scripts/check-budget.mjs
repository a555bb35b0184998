#!/usr/bin/env node
// Performance budget of the web app (make frontend-test runs it after `npm run build`): the initial JavaScript and
// the CSS of the home page and the knowledge search page, measured on dist/ with Vite's manifest. It builds nothing
// itself. Usage: npm run build && npm run check:budget
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { kb, overBudget, pageFigures, pageFiles } from './budget.mjs';

// ---- The budgets (bytes; 1 KB = 1024 bytes) --------------------------------------------------------------------
/** Initial JavaScript of a page, gzip-compressed (level 9, the most nginx uses) file by file as served. */
const JS_GZIP_BUDGET = 150 * 1024;
/** All CSS a page loads, uncompressed. */
const CSS_RAW_BUDGET = 60 * 1024;

/** The pages under budget: the lazy route modules each one loads (see the features' feature.ts). */
const PAGES = [
  { page: 'home (/)', routes: ['src/features/home/HomePage.tsx'] },
  { page: 'knowledge search (/kennisbank)', routes: ['src/features/knowledge/pages/SearchPage.tsx'] },
];
// -----------------------------------------------------------------------------------------------------------------

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
} catch (error) {
  console.error(`check-budget: cannot read dist/.vite/manifest.json (${error.message}); run 'npm run build' first.`);
  process.exit(2);
}

const cache = new Map();
function sizes(file) {
  if (!cache.has(file)) {
    const content = readFileSync(join(dist, file));
    cache.set(file, { raw: content.length, gzip: gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length });
  }
  return cache.get(file);
}

const budgets = { jsGzip: JS_GZIP_BUDGET, cssRaw: CSS_RAW_BUDGET };
const problems = [];
const rows = [];
for (const { page, routes } of PAGES) {
  const files = pageFiles(manifest, routes);
  const figures = pageFigures(files, sizes);
  rows.push([page, kb(figures.jsRaw), kb(figures.jsGzip), kb(figures.cssRaw), `${files.js.length} JS, ${files.css.length} CSS`]);
  problems.push(...overBudget(page, figures, budgets));
}

const header = ['page', 'JS raw', `JS gzip (≤ ${kb(JS_GZIP_BUDGET)})`, `CSS raw (≤ ${kb(CSS_RAW_BUDGET)})`, 'files'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(line(header));
rows.forEach((row) => console.log(line(row)));

if (problems.length) {
  console.error('\nPerformance budget exceeded:');
  problems.forEach((problem) => console.error(`  - ${problem}`));
  process.exit(1);
}
console.log('\nPerformance budget met.');
