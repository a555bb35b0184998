import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import postcss, { type AcceptedPlugin, type Declaration, type Root, type Rule } from 'postcss';
import { root, sourceFiles } from './paths';
import { isUtrechtCss } from './purgeUtrechtCss';

/** The class on <body> in index.html that carries the app's design tokens (src/styles/tokens.css). */
const THEME = 'hub-theme';
const CSS_WIDE_KEYWORD = /^\s*(inherit|initial|unset|revert|revert-layer)\s*$/i;

/**
 * `value` with its var() references settled where the answer is known: a reference to a custom property that is
 * never declared is replaced by its fallback (`var(--x, 1px)` → `1px`), and a reference to a constant (see
 * customPropertyPlan) by the constant's value. `invalid` when a reference to an undeclared property has no (valid)
 * fallback: the declaration is then invalid at computed-value time, as if it said `unset`.
 */
export function settleVars(value: string, declared: ReadonlySet<string>, constants: ReadonlyMap<string, string>): { value: string; invalid: boolean } {
  let result = '';
  let invalid = false;
  let from = 0;
  for (let at = value.indexOf('var(', from); at >= 0; at = value.indexOf('var(', from)) {
    if (at > 0 && /[\w-]/.test(value[at - 1])) {
      result += value.slice(from, at + 4);
      from = at + 4;
      continue;
    }
    let end = at + 3;
    for (let depth = 0; end < value.length; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')' && --depth === 0) break;
    }
    const reference = /^\s*(--[\w-]+)\s*(?:,([\s\S]*))?$/.exec(value.slice(at + 4, end));
    if (!reference) throw new Error(`build/customProperties.ts: cannot read var() in ${value}`);
    const [, name, fallback] = reference;
    const settled = fallback === undefined ? undefined : settleVars(fallback, declared, constants);
    result += value.slice(from, at);
    if (constants.has(name)) result += constants.get(name);
    else if (declared.has(name)) result += settled && !settled.invalid ? `var(${name},${settled.value})` : `var(${name})`;
    else if (!settled || settled.invalid) invalid = true;
    else result += settled.value.trim();
    from = end + 1;
  }
  return { value: result + value.slice(from), invalid };
}

const inKeyframes = (node: Declaration) => node.parent?.parent?.type === 'atrule' && /keyframes$/i.test((node.parent.parent as { name: string }).name);

/**
 * Whether a rule can only match elements inside <body>: the rightmost compound selector of each of its selectors
 * names a class, an id or an element other than html (outside functional pseudo-classes, which are ignored). The
 * app's design tokens are declared on <body>, so only there do they hold.
 */
function insideBody(rule: Rule): boolean {
  return rule.selectors.every((selector) => {
    let flat = selector;
    while (/\([^()]*\)/.test(flat)) flat = flat.replace(/\([^()]*\)/g, '');
    const compound = flat.trim().split(/\s*[\s>+~]\s*/).pop()!.replace(/::?[\w-]+/g, '');
    return /[.#]/.test(compound) || (/^[a-z]/i.test(compound) && !/^html\b/i.test(compound));
  });
}

interface CustomPropertyPlan {
  /** The CSS files analysed (every CSS file the app imports). */
  files: Set<string>;
  /** Custom properties still declared (validly) somewhere, after settling. */
  declared: Set<string>;
  /** Design tokens with one fixed value everywhere inside <body>: declared once, on the theme class, without var(). */
  constants: Map<string, string>;
  /** Custom properties some var() still references, after settling: the others' declarations are dead. */
  referenced: Set<string>;
}

/** Applies the plan to one file's CSS: settles var() references and removes dead custom-property declarations. */
function applyPlan(css: Root, plan: Pick<CustomPropertyPlan, 'declared' | 'constants' | 'referenced'>): boolean {
  let changed = false;
  const none = new Map<string, string>();
  css.walkDecls((decl) => {
    if (inKeyframes(decl)) return;
    if (decl.value.includes('var(')) {
      const rule = decl.parent?.type === 'rule' ? (decl.parent as Rule) : undefined;
      const settled = settleVars(decl.value, plan.declared, rule && insideBody(rule) ? plan.constants : none);
      if (settled.invalid) {
        if (decl.prop.startsWith('--')) decl.remove();
        else if (decl.value !== 'unset') decl.value = 'unset';
        else return;
        changed = true;
        return;
      }
      if (settled.value !== decl.value) {
        decl.value = settled.value;
        changed = true;
      }
    }
    if (decl.prop.startsWith('--') && !plan.referenced.has(decl.prop)) {
      decl.remove();
      changed = true;
    }
  });
  css.walk((node) => {
    if ((node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0) node.remove();
  });
  return changed;
}

/** The CSS files the app's source imports (`import './x.css'`, `import 'package'` resolving to a CSS file). */
function importedCssFiles(): string[] {
  const resolve = createRequire(`${root}package.json`).resolve;
  const files = new Set<string>();
  for (const file of sourceFiles()) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s+'([^']+)';$/gm)) {
      const path = spec.startsWith('.') ? fileURLToPath(new URL(spec, `file://${file}`)) : resolve(spec);
      if (path.endsWith('.css')) files.add(path);
    }
  }
  return [...files];
}

/**
 * What customProperties() does, worked out on all the app's CSS at once (custom properties cross files: tokens.css
 * sets what the Utrecht CSS reads), with the Utrecht CSS purged first as the build will. Repeats until nothing
 * changes: settling var() references (settleVars) may leave a property undeclared or a token constant, removing a
 * dead declaration may leave another property unreferenced.
 */
async function customPropertyPlan(purge: AcceptedPlugin): Promise<CustomPropertyPlan> {
  if (!new RegExp(`<body class="${THEME}">`).test(readFileSync(`${root}index.html`, 'utf8'))) {
    throw new Error(`build/customProperties.ts: index.html's <body> must have class="${THEME}" (the design tokens)`);
  }
  const files = importedCssFiles();
  const sources = await Promise.all(files.map(async (file) => {
    const css = readFileSync(file, 'utf8');
    return (await postcss(isUtrechtCss(file) ? [purge] : []).process(css, { from: file })).root.toString();
  }));
  const roots = sources.map((css, index) => postcss.parse(css, { from: files[index] }));
  // Custom properties the app's code may set or read itself (style={{ '--x': … }}, 'var(--x)'): left alone.
  const inCode = new Set(sourceFiles().flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?<=['"`(\s])--[a-zA-Z][\w-]*/g)].map(([name]) => name)));
  // Registered properties (@property) have an initial value of their own: left alone too.
  roots.forEach((css) => css.walkAtRules('property', (rule) => void inCode.add(rule.params.trim())));
  // Once a token is constant it stays so (its value is final), also after its declaration is gone as unread.
  const constants = new Map<string, string>();
  let plan: CustomPropertyPlan;
  let changed: boolean;
  do {
    const declared = new Set(inCode);
    const declarations = new Map<string, Declaration[]>();
    for (const css of roots) {
      css.walkDecls(/^--/, (decl) => {
        declared.add(decl.prop);
        declarations.set(decl.prop, [...(declarations.get(decl.prop) ?? []), decl]);
      });
    }
    for (const [name, [decl, ...others]] of declarations) {
      const rule = decl.parent;
      if (others.length || inCode.has(name) || decl.important || decl.value.includes('var(') || CSS_WIDE_KEYWORD.test(decl.value)) continue;
      if (rule?.type === 'rule' && (rule as Rule).selector === `.${THEME}` && rule.parent?.type === 'root') constants.set(name, decl.value);
    }
    const referenced = new Set(inCode);
    for (const css of roots) css.walkDecls((decl) => [...decl.value.matchAll(/var\(\s*(--[\w-]+)/g)].forEach(([, name]) => referenced.add(name)));
    plan = { files: new Set(files), declared, constants, referenced };
    changed = roots.map((css) => applyPlan(css, plan)).some(Boolean);
  } while (changed);
  // The build applies the final plan to each file in one go (customProperties): check that this gives the same.
  sources.forEach((css, index) => {
    const once = postcss.parse(css, { from: files[index] });
    applyPlan(once, plan);
    if (once.toString() !== roots[index].toString()) throw new Error(`build/customProperties.ts: settling custom properties in ${files[index]} is not stable`);
  });
  return plan;
}

/**
 * Custom properties (design tokens and the Utrecht components' own) settled at build time, the computed styles
 * unchanged: the Utrecht CSS reads many more tokens than the app sets, through long var() fallback chains, and
 * declares properties only its purged rules read. A var() of a property that nothing declares becomes its
 * fallback, a var() of a token that has one value everywhere inside <body> (tokens.css) becomes that value, and
 * declarations no var() reads any more are removed (customPropertyPlan works this out over all the app's CSS).
 * Runs after purgeUtrechtCss, on every CSS file; a CSS file the plan did not see fails the build.
 */
export function customProperties(purge: AcceptedPlugin): AcceptedPlugin {
  let plan: Promise<CustomPropertyPlan> | undefined;
  return {
    postcssPlugin: 'hub:custom-properties',
    async OnceExit(css: Root) {
      plan ??= customPropertyPlan(purge);
      const { files, ...settled } = await plan;
      const file = css.source?.input.file;
      if (!file || !files.has(file)) {
        let custom = false;
        css.walkDecls((decl) => void (custom ||= decl.prop.startsWith('--') || decl.value.includes('var(')));
        if (custom) throw new Error(`build/customProperties.ts: ${file ?? 'a CSS file'} uses custom properties but is not imported as src/ imports CSS`);
        return;
      }
      applyPlan(css, settled);
    },
  };
}

