import { useCallback, useEffect, useRef, type MouseEvent } from 'react';

/** The attribute that marks the control whose action is running (styled with a spinner by the pane). */
export const BUSY_ATTRIBUTE = 'data-gnbv-busy';

/**
 * Puts the progress indicator on the control that started the running action: the pane's root listens to
 * clicks (capture phase, so every step's buttons and tabs are covered without each one opting in) and
 * remembers the last button, tab or menu item clicked; while `progress` is true (an action has run over
 * 300 ms) that control carries `aria-busy="true"` and {@link BUSY_ATTRIBUTE}, which the pane's styles
 * turn into a spinner after its label. Returns the capture handler for the root.
 */
export function useBusyOrigin(progress: boolean): (event: MouseEvent<HTMLElement>) => void {
  const origin = useRef<HTMLElement | null>(null);
  const marked = useRef<HTMLElement | null>(null);

  const onClickCapture = useCallback((event: MouseEvent<HTMLElement>) => {
    const target = event.target instanceof Element ? event.target : null;
    const control = target?.closest<HTMLElement>('button, [role="tab"], [role="menuitem"]') ?? null;
    if (control !== null) origin.current = control;
  }, []);

  useEffect(() => {
    if (progress && origin.current !== null && origin.current.isConnected) {
      marked.current = origin.current;
      marked.current.setAttribute('aria-busy', 'true');
      marked.current.setAttribute(BUSY_ATTRIBUTE, '');
    }
    if (!progress && marked.current !== null) {
      marked.current.removeAttribute('aria-busy');
      marked.current.removeAttribute(BUSY_ATTRIBUTE);
      marked.current = null;
    }
  }, [progress]);

  return onClickCapture;
}
