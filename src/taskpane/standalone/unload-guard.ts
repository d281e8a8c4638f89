/**
 * Standalone mode: the browser asks before the tab is closed or reloaded while the workbook has
 * changes not yet downloaded (the pane's work lives only in the page).
 */

/** Listens for `beforeunload` on `target`; returns the function that stops listening. */
export function guardUnload(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  hasUnsavedChanges: () => boolean,
): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!hasUnsavedChanges()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => target.removeEventListener('beforeunload', onBeforeUnload);
}
