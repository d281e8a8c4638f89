/**
 * Ribbon commands. The Home tab button opens the task pane through the manifest's ShowTaskpane
 * action; this bundle registers the same action by id so that a button declared as
 * ExecuteFunction (older manifests, custom ribbons) opens the pane in the shared runtime too.
 */
function showTaskpane(event: Office.AddinCommands.Event): void {
  Office.addin
    .showAsTaskpane()
    .catch(() => undefined)
    .finally(() => event.completed());
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    // Office.actions exists only where the shared runtime runs (Excel); a plain browser has none.
    if (Office.actions) Office.actions.associate('showTaskpane', showTaskpane);
  });
}
