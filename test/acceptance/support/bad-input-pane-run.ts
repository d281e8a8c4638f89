/**
 * Runs one pane case through the pane's own composition (`paneServices`, the real controller and
 * standalone workbook) and tells what is wrong: the outcome must be `failed` with one Vietnamese
 * sentence naming the file (and what the case names), an English twin free of library text, the
 * chosen bytes unchanged, and the workbook and the pane's state exactly as before.
 */
import type { Outcome } from '../../../src/app/outcome';
import { MemoryHost } from '../../../src/hosts';
import { paneServices, standaloneWorkbook } from '../../../src/taskpane/compose';
import { WorkbookController } from '../../../src/taskpane/workbook-controller';
import { planTextBytes } from './bad-input-files';
import { sha256 } from './bad-input-folder';
import { FOREIGN_TEXT, messageProblems } from './bad-input-message';
import type { PaneCase } from './bad-input-pane-cases';

/** Everything the memory workbook holds: sheets in order, their cells and merges. */
async function workbookState(host: MemoryHost): Promise<string> {
  const sheets = await host.listSheets();
  return JSON.stringify(sheets.map((s) => ({ s, cells: host.dump(s), merges: host.merges(s) })));
}

/** The problems of the outcome's texts. */
function textProblems(outcome: Outcome<unknown>, c: PaneCase): string[] {
  const problems: string[] = [];
  if (outcome.kind !== 'failed')
    problems.push(`the outcome is ${outcome.kind}, not failed: ${outcome.text.vi}`);
  const { vi, en } = outcome.text;
  problems.push(...messageProblems(vi, [c.file, ...(c.names ?? [])]).map((p) => `${p}: ${vi}`));
  if (/[\r\n]/.test(en)) problems.push(`the English text is more than one line: ${en}`);
  for (const foreign of FOREIGN_TEXT)
    if (foreign.test(en)) problems.push(`the English text has ${String(foreign)}: ${en}`);
  return problems;
}

/** Import into a workbook that already holds a plan: the plan must stay as it was. */
async function runImport(c: PaneCase, bytes: Uint8Array): Promise<string[]> {
  const host = new MemoryHost(['Sheet1']);
  const controller = new WorkbookController(host, paneServices, 'excel');
  const first = await controller.importDocument({ name: 'ke-hoach.txt', bytes: planTextBytes() });
  if (first.kind !== 'done') return [`the good plan was not imported: ${first.text.en}`];
  const before = { workbook: await workbookState(host), changes: controller.session.changes };
  const outcome = await controller.importDocument({ name: c.file, bytes });
  const problems = textProblems(outcome, c);
  if ((await workbookState(host)) !== before.workbook) problems.push('the workbook changed');
  if (controller.session.changes !== before.changes) problems.push('the session counted a change');
  return problems;
}

/** Open in standalone mode, on the example plan: the example and its state must stay. */
async function runOpen(c: PaneCase, bytes: Uint8Array): Promise<string[]> {
  const workbook = standaloneWorkbook();
  const state = async () =>
    JSON.stringify({
      source: workbook.source(),
      unsaved: workbook.hasUnsavedChanges(),
      changes: workbook.controller.session.changes,
      preview: await workbook.preview(),
    });
  const before = await state();
  const outcome = await workbook.open({ name: c.file, bytes });
  const problems = textProblems(outcome, c);
  if ((await state()) !== before) problems.push('the standalone workbook changed');
  return problems;
}

/** Runs `c`; the problems found (empty when the case holds). */
export async function runPaneCase(c: PaneCase): Promise<string[]> {
  const bytes = await c.bytes();
  const hash = sha256(bytes);
  const problems = c.path === 'import' ? await runImport(c, bytes) : await runOpen(c, bytes);
  if (sha256(bytes) !== hash) problems.push('the chosen bytes changed');
  return problems;
}
