/**
 * The task-pane adapter as the pane builds it: the WorkbookController with the pane's own services
 * (`paneServices` from src/taskpane/compose.ts: browser platform, lazy exceljs and docx) over an
 * in-memory workbook, as inside Excel; and standalone mode (`standaloneWorkbook()`) for an .xlsx
 * the user opens. What the pane shows is read through the controller's views.
 */
import Decimal from 'decimal.js';
import { planToJson } from '../../../src/domain/plan/json';
import { MemoryHost } from '../../../src/hosts';
import { paneServices } from '../../../src/taskpane/compose';
import { WorkbookController } from '../../../src/taskpane/workbook-controller';
import { itemsWithMoney, type SeenFinding, type SeenItem } from './seen';

/** A fresh workbook (one empty "Sheet1", as Excel opens) with the pane's controller over it. */
export function paneOverMemory(): { host: MemoryHost; controller: WorkbookController } {
  const host = new MemoryHost(['Sheet1']);
  return { host, controller: new WorkbookController(host, paneServices, 'excel') };
}

/**
 * The pane's "Kiểm tra" step: the findings `validate()` lists, with the code of each from the check
 * it just ran (the view shows code-less rows; the session keeps the findings in the same order).
 */
export async function paneFindings(
  controller: WorkbookController,
  withCell = false,
): Promise<{ sheet: string; findings: SeenFinding[] }> {
  const views = await controller.validate();
  const checked = controller.session.checked;
  if (!checked) throw new Error(`the pane found no plan: ${views.map((v) => v.message.en).join(' ')}`);
  if (checked.findings.length !== views.length) throw new Error('the views and the check differ in length');
  const findings = views.map((v, i): SeenFinding => ({
    severity: v.severity,
    code: checked.findings[i]?.code ?? '',
    where: v.where,
    ...(withCell ? { cell: v.cell ?? null } : {}),
    vi: v.message.vi,
    en: v.message.en,
  }));
  return { sheet: checked.sheet, findings };
}

/**
 * The plan the pane reads back, split as a user reads the sheet: `stated` are the rows with money and
 * no row below them (what a document states); `sums` are the rows whose cells the template sums from
 * the rows below, each with the sum of what those rows show, computed here exactly.
 */
export async function panePlanRows(controller: WorkbookController): Promise<{
  stated: SeenItem[];
  sums: { code: string; shown: Record<string, string>; below: Record<string, string> }[];
}> {
  const located = await controller.session.planSheet();
  if (located.kind !== 'done') throw new Error(located.text.en);
  const items = planToJson(located.value.read.plan).items;
  const parents = new Set(items.map((i) => i.parent).filter((p): p is string => typeof p === 'string'));
  const sums = items
    .filter((i) => parents.has(i.code) && i.amounts && Object.keys(i.amounts).length > 0)
    .map((i) => {
      const below: Record<string, Decimal> = {};
      for (const child of items.filter((c) => c.parent === i.code))
        for (const [key, value] of Object.entries(child.amounts ?? {}))
          below[key] = (below[key] ?? new Decimal(0)).plus(String(value));
      return {
        code: i.code,
        shown: Object.fromEntries(Object.entries(i.amounts ?? {}).map(([k, v]) => [k, String(v)])),
        below: Object.fromEntries(Object.entries(below).map(([k, v]) => [k, v.toFixed()])),
      };
    });
  return { stated: itemsWithMoney(items.filter((i) => !parents.has(i.code))), sums };
}
