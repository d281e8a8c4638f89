/**
 * The ONE rule that finds the plan sheet of a workbook, for the task pane, the CLI and the checks:
 * 1. the sheet the workbook name GNBV_BANG (the add-in's table) points into, whatever it is called now;
 * 2. else the template's default sheet ("Kế hoạch kinh phí") when its header reads as a plan table;
 * 3. else the first sheet, in workbook order, whose header reads as a plan table
 *    (no SHEET_NO_HEADER finding when read).
 * Anything else is a failed outcome saying what is missing. Works when the sheet was renamed, moved,
 * or has another sheet before it.
 */
import { builtInCatalogue } from '../domain/catalogue';
import type { Text } from '../domain/findings';
import type { WorkbookHost } from '../hosts/contract';
import { DEFAULT_TEMPLATE_SHEET, isTableName, readPlanFromSnapshot, type ReadResult } from '../sheet';
import type { SheetSnapshot } from '../sheet/types';
import { done, failed, type Outcome } from './outcome';

/** The plan sheet found: its name, the snapshot read, and the plan read from it. */
export interface PlanSheet {
  readonly sheet: string;
  readonly snapshot: SheetSnapshot;
  readonly read: ReadResult;
}

/** The text of a workbook without any plan table. */
export const NO_PLAN_TABLE: Text = {
  vi: `Không tìm thấy bảng kế hoạch (cần dòng tiêu đề "STT", "Nội dung", "Tổng cộng"… như mẫu chuẩn): hãy chèn mẫu ở bước "Mẫu" (trang "${DEFAULT_TEMPLATE_SHEET}") hoặc mở sổ tính có bảng kế hoạch.`,
  en: `No plan table found (a header row "STT", "Nội dung", "Tổng cộng"… as in the standard template is needed): insert the template in the "Template" step (sheet "${DEFAULT_TEMPLATE_SHEET}") or open a workbook that has one.`,
};

function hasHeader(read: ReadResult): boolean {
  return !read.findings.some((f) => f.code === 'SHEET_NO_HEADER');
}

/** Which plan sheet is wanted when a workbook holds one per catalogue. */
export interface PlanSheetChoice {
  /** This sheet, when it holds a plan table. */
  readonly sheet?: string;
  /** The plan sheet of this catalogue (`ctmtqg-2026-2035`). */
  readonly catalogueId?: string;
}

/** A sheet read and its plan read from it, or null when there is no such sheet. */
export type SheetPlanReader = (sheet: string) => Promise<PlanSheet | null>;

/** Reads every time from the host (the session offers one that reuses reads while nothing changed). */
export function directReader(host: WorkbookHost): SheetPlanReader {
  return async (sheet) => {
    const snapshot = await host.readSheet(sheet);
    return snapshot ? { sheet, snapshot, read: readPlanFromSnapshot(snapshot) } : null;
  };
}

/**
 * Every plan sheet of the workbook, in workbook order: sheets whose table the add-in named, or
 * whose header reads as a plan table.
 */
export async function listPlanSheets(
  host: WorkbookHost,
  readPlan: SheetPlanReader = directReader(host),
): Promise<PlanSheet[]> {
  const out: PlanSheet[] = [];
  for (const sheet of await host.listSheets()) {
    const found = await readPlan(sheet);
    if (!found) continue;
    if (Object.keys(found.snapshot.names ?? {}).some(isTableName) || hasHeader(found.read)) out.push(found);
  }
  return out;
}

/** A plan sheet as a menu offers it: its name, its plan's catalogue, and both as one label. */
export interface PlanSheetEntry {
  readonly sheet: string;
  readonly catalogueId: string;
  /** `Kế hoạch kinh phí 2026-2035 — 2026–2035 (NQ 257/2025/QH15)` */
  readonly label: string;
}

/** Every plan sheet of the workbook ({@link listPlanSheets}) with its catalogue's short name, for a choice. */
export async function planSheetChoices(
  host: WorkbookHost,
  readPlan: SheetPlanReader = directReader(host),
): Promise<PlanSheetEntry[]> {
  return (await listPlanSheets(host, readPlan)).map(({ sheet, read }) => {
    const catalogueId = read.plan.catalogueId;
    const short = builtInCatalogue(catalogueId)?.shortName ?? catalogueId;
    return { sheet, catalogueId, label: `${sheet} — ${short}` };
  });
}

/**
 * Finds the plan sheet by the one rule (see the module comment); with a choice, the chosen sheet or
 * the plan sheet of the chosen catalogue among them all.
 */
export async function locatePlanSheet(
  host: WorkbookHost,
  choice: PlanSheetChoice = {},
  readPlan: SheetPlanReader = directReader(host),
): Promise<Outcome<PlanSheet>> {
  if (choice.sheet !== undefined || choice.catalogueId !== undefined) {
    const all = await listPlanSheets(host, readPlan);
    const hit = all.find(
      (p) =>
        (choice.sheet === undefined || p.sheet === choice.sheet) &&
        (choice.catalogueId === undefined || p.read.plan.catalogueId === choice.catalogueId),
    );
    return hit ? located(hit) : failed(NO_PLAN_TABLE);
  }
  const sheets = await host.listSheets();
  const order = sheets.includes(DEFAULT_TEMPLATE_SHEET)
    ? [DEFAULT_TEMPLATE_SHEET, ...sheets.filter((s) => s !== DEFAULT_TEMPLATE_SHEET)]
    : sheets;
  const found: PlanSheet[] = [];
  for (const sheet of order) {
    const here = await readPlan(sheet);
    if (!here) continue;
    if (Object.keys(here.snapshot.names ?? {}).some(isTableName)) return located(here);
    if (hasHeader(here.read)) found.push(here);
  }
  const byDefault = found.find((f) => f.sheet === DEFAULT_TEMPLATE_SHEET);
  const first = byDefault ?? found.sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet))[0];
  return first ? located(first) : failed(NO_PLAN_TABLE);
}

function located(found: PlanSheet): Outcome<PlanSheet> {
  return done(found, {
    vi: `Bảng kế hoạch ở trang "${found.sheet}".`,
    en: `The plan table is on sheet "${found.sheet}".`,
  });
}
