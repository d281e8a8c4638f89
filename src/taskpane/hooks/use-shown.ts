import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether the element is on show: not inside a `hidden` ancestor (the pane keeps every step mounted
 * and hides the others). Checked after every render, so a tab switch, which renders the steps again,
 * is seen; `active`, when the parent knows, decides instead. Work a hidden step would do for nothing
 * (composing previews) waits until it shows.
 */
export function useShown<T extends HTMLElement>(active?: boolean): [RefObject<T>, boolean] {
  const ref = useRef<T>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const now = active ?? (ref.current !== null && ref.current.closest('[hidden]') === null);
    if (now !== shown) setShown(now);
  });
  return [ref, active ?? shown];
}
