import { describe, expect, it } from 'vitest';
import { kb, overBudget, pageFigures, pageFiles, routeKey } from './budget.mjs';

// A manifest shaped like Vite's: the entry imports shared chunks, and lazy-loads two pages, one of which imports a
// shared chunk of its own and the entry (as route chunks do) and has CSS.
const manifest = {
  'index.html': {
    file: 'assets/index-a.js', src: 'index.html', isEntry: true, css: ['assets/index-a.css'],
    imports: ['_vendor-b.js', '_shared-c.js'],
    dynamicImports: ['src/features/home/HomePage.tsx', 'src/features/knowledge/pages/SearchPage.tsx'],
  },
  '_vendor-b.js': { file: 'assets/vendor-b.js' },
  '_shared-c.js': { file: 'assets/shared-c.js', imports: ['_vendor-b.js'] },
  '_labels-d.js': { file: 'assets/labels-d.js', css: ['assets/labels-d.css'], dynamicImports: ['src/features/knowledge/pages/ItemPage.tsx'] },
  'src/features/home/HomePage.tsx': { file: 'assets/HomePage-e.js', src: 'src/features/home/HomePage.tsx', isDynamicEntry: true, imports: ['_shared-c.js'] },
  'src/features/knowledge/pages/SearchPage.tsx': {
    file: 'assets/SearchPage-f.js', src: 'src/features/knowledge/pages/SearchPage.tsx', isDynamicEntry: true,
    imports: ['index.html', '_labels-d.js'], css: ['assets/SearchPage-f.css'],
  },
  'src/features/knowledge/pages/ItemPage.tsx': { file: 'assets/ItemPage-g.js', src: 'src/features/knowledge/pages/ItemPage.tsx', isDynamicEntry: true },
};

describe('pageFiles', () => {
  it('collects the entry, its static imports, the route chunk and its static imports, once each', () => {
    expect(pageFiles(manifest, ['src/features/home/HomePage.tsx'])).toEqual({
      js: ['assets/index-a.js', 'assets/vendor-b.js', 'assets/shared-c.js', 'assets/HomePage-e.js'],
      css: ['assets/index-a.css'],
    });
  });

  it('adds the CSS of the route chunks and does not follow dynamic imports to other pages', () => {
    const files = pageFiles(manifest, ['src/features/knowledge/pages/SearchPage.tsx']);
    expect(files.js).toEqual(['assets/index-a.js', 'assets/vendor-b.js', 'assets/shared-c.js', 'assets/SearchPage-f.js', 'assets/labels-d.js']);
    expect(files.js).not.toContain('assets/ItemPage-g.js');
    expect(files.css).toEqual(['assets/index-a.css', 'assets/SearchPage-f.css', 'assets/labels-d.css']);
  });

  it('fails clearly for a page the entry does not lazy-load', () => {
    expect(() => routeKey(manifest, 'src/features/knowledge/pages/ItemPage.tsx')).toThrow(/no lazy route chunk for src\/features\/knowledge\/pages\/ItemPage.tsx/);
    expect(() => pageFiles({ a: { file: 'a.js' } }, [])).toThrow(/expected one entry chunk/);
  });
});

describe('pageFigures and overBudget', () => {
  const sizes = (file) => (file.endsWith('.css') ? { raw: 1000, gzip: 100 } : { raw: 3000, gzip: 1000 });

  it('sums raw and gzip sizes of the JavaScript and the raw size of the CSS', () => {
    const figures = pageFigures(pageFiles(manifest, ['src/features/knowledge/pages/SearchPage.tsx']), sizes);
    expect(figures).toEqual({ jsRaw: 15000, jsGzip: 5000, cssRaw: 3000 });
  });

  it('names the page, the figure and the budget when a figure is above it, and nothing when all fit', () => {
    const figures = { jsRaw: 15000, jsGzip: 5000, cssRaw: 3000 };
    expect(overBudget('search', figures, { jsGzip: 5000, cssRaw: 3000 })).toEqual([]);
    expect(overBudget('search', figures, { jsGzip: 4096, cssRaw: 3000 })).toEqual([
      'search: initial JavaScript (gzip) is 4.9 KB, above the budget of 4.0 KB (by 0.9 KB)',
    ]);
    expect(overBudget('home', figures, { jsGzip: 6000, cssRaw: 2048 })).toEqual([
      'home: CSS (raw) is 2.9 KB, above the budget of 2.0 KB (by 0.9 KB)',
    ]);
  });

  it('writes bytes as KB of 1024 bytes', () => {
    expect(kb(153600)).toBe('150.0 KB');
  });
});
