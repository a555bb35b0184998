import { readFileSync } from 'node:fs';
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import type { AcceptedPlugin, Root } from 'postcss';
import { root, sourceFiles } from './paths';

const UTRECHT_REACT = `${root}node_modules/@utrecht/component-library-react/dist/index.mjs`;

/** Every opening tag `<Name …>` in the app's source: its attribute text (up to the `>` that closes the tag). */
function openingTags(name: string): string[] {
  const tags: string[] = [];
  for (const file of sourceFiles()) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(new RegExp(`<${name}(?=[\\s/>])`, 'g'))) {
      let depth = 0;
      let quote = '';
      let i = match.index + match[0].length;
      for (; i < code.length; i++) {
        const char = code[i];
        if (quote) {
          if (char === quote) quote = '';
        } else if (char === '"' || char === "'" || char === '`') quote = char;
        else if (char === '{') depth++;
        else if (char === '}') depth--;
        else if (char === '>' && depth === 0) break;
      }
      tags.push(code.slice(match.index + match[0].length, i));
    }
  }
  return tags;
}

/** Whether an opening tag's attributes (see openingTags) spread props onto it: `{…}` not after `name=`. */
function spreadsProps(tag: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < tag.length; i++) {
    const char = tag[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '}') depth--;
    else if (char === '{' && depth++ === 0 && !/=\s*$/.test(tag.slice(0, i))) return true;
  }
  return false;
}

/**
 * The values the app gives prop `prop` of component `name` (the local names it renders it by), or undefined when
 * they are unknown: props spread onto the component, or a value other than a string literal, a choice between
 * literals (`cond ? 'a' : 'b'`, a branch may be undefined or null) or `cond && 'a'`.
 */
function propValues(localNames: string[], prop: string): Set<string> | undefined {
  const values = new Set<string>();
  const branch = String.raw`'([^'\\]*)'|"([^"\\]*)"|undefined|null`;
  const choices = [
    new RegExp(String.raw`^\s*(?:${branch})\s*$`),
    new RegExp(String.raw`^[^?]*\?\s*(?:${branch})\s*:\s*(?:${branch})\s*$`),
    new RegExp(String.raw`^[^?]*&&\s*(?:${branch})\s*$`),
  ];
  for (const tag of localNames.flatMap(openingTags)) {
    if (spreadsProps(tag)) return undefined;
    for (const [, quoted] of tag.matchAll(new RegExp(String.raw`(?:^|\s)${prop}=(?:"([^"]*)"|\{)`, 'g'))) {
      if (quoted !== undefined) {
        values.add(quoted);
        continue;
      }
      // The expression between the braces (no nested braces in a literal or a ternary of literals).
      const start = tag.indexOf(`${prop}={`) + prop.length + 2;
      const body = tag.slice(start, tag.indexOf('}', start));
      const parts = choices.map((choice) => choice.exec(body)).find(Boolean);
      if (!parts) return undefined;
      parts.slice(1).filter((part) => part !== undefined).forEach((part) => values.add(part));
    }
  }
  return values;
}

/**
 * A component's code with its class maps narrowed to what the app uses. Some components pick a modifier class from
 * a map by a prop, e.g. @utrecht/button-react's `const APPEARANCE = { 'primary-action-button':
 * 'utrecht-button--primary-action', … }` with `appearance && APPEARANCE[appearance]` (and HINT by `hint`): the
 * code names every modifier, so PurgeCSS would keep them all (and their combinations, ≈ 17 KB for Button). Such a
 * map is emptied, and the classes of the values the app gives that prop (propValues) are added; when those values
 * are unknown, or the app uses another component of the same code, the map stays as it is.
 */
function narrowClassMaps(code: string, name: string, localNames: string[], onlyComponent: boolean): string {
  const used: string[] = [];
  const narrowed = code.replace(/^const (\w+) = \{([^{}]*)\};$/gm, (map, variable: string, body: string) => {
    const entries = [...body.matchAll(/^\s*(?:'([^']+)'|(\w+)): '(utrecht-[\w-]+)',?$/gm)];
    const prop = new RegExp(String.raw`\b(\w+) && ${variable}\[\1\]`).exec(code)?.[1];
    if (!entries.length || !prop || !onlyComponent || !code.includes(`const ${name} = `)) return map;
    const values = propValues(localNames, prop);
    if (!values) return map;
    for (const [, quoted, bare, className] of entries) if (values.has(quoted ?? bare)) used.push(className);
    return `const ${variable} = {};`;
  });
  return used.length ? `${narrowed}\n// classes of the props the app uses: ${used.join(' ')}\n` : narrowed;
}

/**
 * What the Utrecht React components the app imports render: for each name imported from
 * '@utrecht/component-library-react' in src/, the component's code in the library (from `var Name =` to its
 * displayName line), or the dist file of the package it re-exports it from (e.g. Button from @utrecht/button-react),
 * with its class maps narrowed to the props the app uses (narrowClassMaps).
 * PurgeCSS reads these instead of the whole library, which names the classes of all its ~100 components.
 */
function utrechtComponentsContent(): { raw: string; extension: string }[] {
  const names = new Map<string, string[]>(); // imported name → the local names the app uses for it
  for (const file of sourceFiles()) {
    for (const [, list] of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'@utrecht\/component-library-react'/g)) {
      for (const part of list.split(',').map((item) => item.trim().replace(/^type\s+/, '')).filter(Boolean)) {
        const [name, local = name] = part.split(/\s+as\s+/);
        names.set(name, [...new Set([...(names.get(name) ?? []), local])]);
      }
    }
  }
  const library = readFileSync(UTRECHT_REACT, 'utf8');
  const content: { raw: string; extension: string }[] = [];
  const packages = new Map<string, string[]>(); // re-exporting package → the names the app imports from it
  for (const name of names.keys()) {
    const start = library.indexOf(`\nvar ${name} = `);
    const end = library.indexOf(`\n${name}.displayName = `, start);
    if (start >= 0 && end > start) {
      content.push({ raw: library.slice(start, end), extension: 'js' });
      continue;
    }
    const reexport = new RegExp(`^export \\{[^}]*\\b${name}\\b[^}]*\\} from '(@utrecht/[^']+)';$`, 'm').exec(library);
    if (!reexport) throw new Error(`build/purgeUtrechtCss.ts: cannot find ${name} in @utrecht/component-library-react`);
    packages.set(reexport[1], [...(packages.get(reexport[1]) ?? []), name]);
  }
  for (const [pkg, imported] of packages) {
    const code = readFileSync(`${root}node_modules/${pkg}/dist/index.mjs`, 'utf8');
    const [name] = imported;
    content.push({ raw: narrowClassMaps(code, name, names.get(name)!, imported.length === 1), extension: 'js' });
  }
  return content;
}

/**
 * Removes the rules of the Utrecht component library's CSS (@utrecht/component-library-css, all components) whose
 * classes the app never renders: the classes are read from src/ and index.html, and from the Utrecht React components
 * the app uses (utrechtComponentsContent). Only CSS from node_modules/@utrecht is purged; the app's own CSS is kept.
 * Custom properties (design tokens), @font-face and @keyframes are kept (PurgeCSS's defaults).
 */
export function purgeUtrechtCss(): AcceptedPlugin {
  const components = utrechtComponentsContent();
  // Modifiers that components build from a prop, e.g. "utrecht-alert--".concat(type) or
  // "utrecht-status-badge--".concat(status): every modifier of such a block is kept.
  const dynamicModifiers = components.flatMap(({ raw }) =>
    [...raw.matchAll(/["'`](utrecht-[\w-]+--)["'`]\.concat\(|`(utrecht-[\w-]+--)\$\{/g)].map(([, concat, template]) => concat ?? template),
  );
  const purge = purgeCSSPlugin({
    content: [`${root}index.html`, ...sourceFiles(), ...components],
    safelist: { standard: [...new Set(dynamicModifiers)].map((prefix) => new RegExp(`^${prefix}`)) },
  }) as AcceptedPlugin & { OnceExit: (css: Root, helpers: unknown) => Promise<void> };
  return {
    postcssPlugin: 'hub:purge-utrecht-css',
    OnceExit(css: Root, helpers) {
      if (!isUtrechtCss(css.source?.input.file)) return;
      return purge.OnceExit(css, helpers);
    },
  };
}

export const isUtrechtCss = (file: string | undefined) => /[\\/]node_modules[\\/]@utrecht[\\/]/.test(file ?? '');
