import type { IndexHtmlTransformContext, Plugin } from 'vite';

export type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/**
 * A build-only plugin that rewrites index.html after the bundle is complete, when the names of its chunks and assets
 * are known (the shape of the build's index.html plugins: landingRoutePreload, paintFirst).
 */
export function indexHtmlAfterBuild(name: string, transform: (html: string, bundle: Bundle) => string): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => (bundle ? transform(html, bundle) : html),
    },
  };
}
