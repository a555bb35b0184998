// Lighthouse (mobile: emulated phone, simulated slow 4G and 4× slower CPU — its default) on the pages of the web
// app that people land on, served by nginx as in production. Fails when a page scores under the budget:
// performance ≥ 0.95 and accessibility 1.0 (issue 10).
//
//   node check.mjs <base-url> [report-dir]
//
// Performance varies from run to run, so each page is measured RUNS times and the median counts (Lighthouse's own
// advice); accessibility does not vary. The HTML report of every median run is written to report-dir.
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export const BUDGET = { performance: 0.95, accessibility: 1 };
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'search', path: '/kennisbank?q=leercultuur' },
  {
    name: 'item',
    path: '/kennisbank/leren-en-ontwikkelen-tijdens-de-loopbaan-een-gezamenlijke-verantwoordelijkheid-de000001',
  },
];

const [baseUrl, reportDir = 'lighthouse-reports'] = process.argv.slice(2);
if (!baseUrl) {
  console.error('usage: node check.mjs <base-url> [report-dir]');
  process.exit(2);
}
fs.mkdirSync(reportDir, { recursive: true });

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const failures = [];
const rows = [];
try {
  for (const page of PAGES) {
    const url = new URL(page.path, baseUrl).toString();
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (!result?.lhr || result.lhr.runtimeError) {
        throw new Error(`Lighthouse could not load ${url}: ${result?.lhr?.runtimeError?.message ?? 'no result'}`);
      }
      runs.push(result);
    }
    runs.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
    const median = runs[Math.floor(runs.length / 2)];
    const { lhr } = median;
    fs.writeFileSync(path.join(reportDir, `${page.name}.html`), median.report);
    const performance = lhr.categories.performance.score;
    const accessibility = Math.min(...runs.map((r) => r.lhr.categories.accessibility.score));
    const metric = (id) => lhr.audits[id]?.displayValue ?? '–';
    rows.push({
      page: page.name,
      performance: performance.toFixed(2),
      'performance (all runs)': runs.map((r) => r.lhr.categories.performance.score.toFixed(2)).join(' '),
      accessibility: accessibility.toFixed(2),
      FCP: metric('first-contentful-paint'),
      LCP: metric('largest-contentful-paint'),
      TBT: metric('total-blocking-time'),
      CLS: metric('cumulative-layout-shift'),
    });
    if (performance < BUDGET.performance) {
      failures.push(`${page.name} (${url}): performance ${performance.toFixed(2)} is under ${BUDGET.performance}`);
    }
    if (accessibility < BUDGET.accessibility) {
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id))
        .map((a) => a.id);
      failures.push(`${page.name} (${url}): accessibility ${accessibility.toFixed(2)} is not 1 (failed: ${failed.join(', ')})`);
    }
  }
} finally {
  await chrome.kill();
}
console.table(rows);
console.log(`reports: ${path.resolve(reportDir)}`);
if (failures.length > 0) {
  console.error(`\nLighthouse budget missed (performance ≥ ${BUDGET.performance}, accessibility ${BUDGET.accessibility}):`);
  for (const failure of failures) console.error(`- ${failure}`);
  process.exit(1);
}
console.log(`Lighthouse budget met on ${PAGES.length} pages (median of ${RUNS} runs each).`);
