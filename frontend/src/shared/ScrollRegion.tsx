import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The scroll box is a named region that takes keyboard focus, so that
 * keyboard users can scroll it too (WCAG 2.1.1; axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable to scroll by keyboard
    <div className="hub-table-scroll" role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
