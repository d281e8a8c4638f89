import { useCallback, type KeyboardEvent } from 'react';

/** Which arrow keys move the focus: left/right for a row of tabs, up/down for a menu. */
export type ArrowAxis = 'horizontal' | 'vertical';

/** The element the focus moves to for a key, among `items`, from `current` (circular; Home and End). */
export function nextByKey(
  items: readonly HTMLElement[],
  current: Element | null,
  key: string,
  axis: ArrowAxis,
): HTMLElement | undefined {
  if (items.length === 0) return undefined;
  const at = items.findIndex((item) => item === current || item.contains(current));
  const forward = axis === 'horizontal' ? 'ArrowRight' : 'ArrowDown';
  const back = axis === 'horizontal' ? 'ArrowLeft' : 'ArrowUp';
  switch (key) {
    case forward:
      return items[(at + 1) % items.length];
    case back:
      return items[(at <= 0 ? items.length : at) - 1];
    case 'Home':
      return items[0];
    case 'End':
      return items[items.length - 1];
    default:
      return undefined;
  }
}

/**
 * Arrow-key focus over the `selector` items inside the element the handler is attached to (circular,
 * Home and End), for a tab list with a roving tab index or a menu. It stands in for Fluent's Tabster
 * "mover", which, in the mode Fluent runs Tabster in, puts focusable `aria-hidden` sentinels
 * (`<i data-tabster-dummy tabindex="0" aria-hidden="true">`) around the group: assistive technology
 * is told to ignore elements that Tab still reaches (axe-core rule `aria-hidden-focus`).
 */
export function useArrowFocus(
  selector: string,
  axis: ArrowAxis,
): (event: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const items = [...event.currentTarget.querySelectorAll<HTMLElement>(selector)].filter(
        (item) => !item.hasAttribute('disabled') && item.getAttribute('aria-disabled') !== 'true',
      );
      const next = nextByKey(items, event.currentTarget.ownerDocument.activeElement, event.key, axis);
      if (next === undefined) return;
      event.preventDefault();
      next.focus();
    },
    [selector, axis],
  );
}
