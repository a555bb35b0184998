import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Warns before unsaved changes are lost: a blocker for navigation inside the app (show a question while
 * `blocker.state === 'blocked'`; `proceed()` leaves, `reset()` stays) and the browser's own question when the tab is
 * closed or reloaded. Call `allowLeave()` right before a save that navigates away.
 */
export function useUnsavedChanges(dirty: boolean): { blocker: Blocker; allowLeave: (allowed?: boolean) => void } {
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leaving.current && currentLocation.pathname + currentLocation.search !== nextLocation.pathname + nextLocation.search,
  );

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const allowLeave = useCallback((allowed = true) => {
    leaving.current = allowed;
  }, []);

  return { blocker, allowLeave };
}
