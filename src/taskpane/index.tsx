/**
 * Entry of the task pane bundle: wait for Office, pick the controller for where the pane runs, render.
 * Opened in a plain browser (no Office.js, or Office reporting no host) the pane runs in standalone
 * mode: on the example plan or on an .xlsx the user opens.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { excelController, standaloneWorkbook } from './compose';
import { guardUnload } from './standalone/unload-guard';

/** Resolves with the Office host, or null outside Office (Office.js not loaded at all). */
function officeHost(): Promise<Office.HostType | null> {
  if (typeof Office === 'undefined') return Promise.resolve(null);
  return Office.onReady().then((info) => info.host ?? null);
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) throw new Error('taskpane.html has no #root element');
  const host = await officeHost();
  const environment = typeof Office !== 'undefined' && host === Office.HostType.Excel ? 'excel' : 'browser';
  const root = createRoot(container);
  if (environment === 'excel') {
    root.render(<App controller={excelController()} />);
    return;
  }
  // Standalone mode: the example plan, or an .xlsx the user opens, with the "Sổ tính" panel.
  const workbook = standaloneWorkbook();
  guardUnload(window, () => workbook.hasUnsavedChanges());
  root.render(<App controller={workbook.controller} workbook={workbook} />);
}

main().catch((error: unknown) => {
  // Nothing else can show it: the pane failed before React took over.
  const root = document.getElementById('root') ?? document.body;
  root.textContent = `Không khởi động được Kinh phí GNBV / Could not start: ${String(error)}`;
});
