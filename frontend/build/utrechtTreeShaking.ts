import type { Plugin } from 'vite';

/**
 * The Utrecht React library's components end with `Name.displayName = 'Name';`, a property write that the bundler must
 * keep, and with it every component of the library (≈ 190 KB minified) although the app uses a handful. Dropping those
 * lines (in the build only: they merely name components in React DevTools) lets tree-shaking remove the unused ones.
 */
export function utrechtTreeShaking(): Plugin {
  return {
    name: 'hub:utrecht-tree-shaking',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]@utrecht[\\/][^\\/]+-react[\\/]dist[\\/]index\.mjs$/ },
      handler(code) {
        return { code: code.replace(/^[\w$]+\.displayName = '[\w$]*';$/gm, ''), map: null };
      },
    },
  };
}
