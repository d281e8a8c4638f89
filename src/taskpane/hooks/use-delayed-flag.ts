import { useEffect, useState } from 'react';

/** How long an action may run before the pane shows a progress indicator. */
export const PROGRESS_DELAY_MS = 300;

/**
 * True once `on` has stayed true for `delayMs`. Quick actions finish before the delay, so the progress
 * indicator never flashes for them.
 */
export function useDelayedFlag(on: boolean, delayMs: number = PROGRESS_DELAY_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [on, delayMs]);
  return shown;
}
