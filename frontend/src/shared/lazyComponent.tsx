import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A component whose code is loaded when it is first rendered, showing nothing meanwhile: sections that features add to
 * each other's pages and the layout's watchers stay out of the web app's initial JavaScript.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyComponent(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}
