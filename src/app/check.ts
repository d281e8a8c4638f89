/**
 * Checking a plan's figures: the findings of reading it, the problems of its tree (the outline:
 * cycles, unknown parents, duplicate codes), and every validation rule. For a workbook, the plan is
 * read from the plan sheet found by the one rule ({@link locatePlanSheet}) and each finding comes
 * with the cell it points at.
 */
import { type Finding, type Text } from '../domain/findings';
import type { Dec } from '../domain/money/decimal';
import { buildOutline, type OutlineCode } from '../domain/outline';
import type { Plan } from '../domain/plan/model';
import { validatePlan } from '../domain/validation';
import type { WorkbookHost } from '../hosts/contract';
import { groupTextCauses, type ReadResult, type SheetSnapshot } from '../sheet';
import { findingCell } from './check-sheet';
import { readFileBytes } from './open-document';
import { done, failed, passOn, type Outcome } from './outcome';
import { openWorkbookFile } from './open-workbook';
import { locatePlanSheet } from './plan-sheet';
import type { Services } from './services';

/** Overrides of the plan's own settings for one check. */
export interface CheckOptions {
  /** Minimum NSĐP / NSTW ratio (e.g. 0.05); unset: the counterpart is not checked. */
  readonly ratio?: Dec;
  /** Rounding step amounts must be whole multiples of, in the plan's unit. */
  readonly step?: Dec;
  /** In a workbook holding one plan sheet per catalogue, check this catalogue's (default: the one rule). */
  readonly catalogueId?: string;
}

const TREE_CODES: ReadonlySet<string> = new Set<OutlineCode>([
  'PARENT_CYCLE',
  'UNKNOWN_PARENT',
  'DUPLICATE_CODE',
  'UNKNOWN_CATALOGUE',
]);

/** The findings with each problem of the plan's tree once, however many layers noticed it. */
export function withoutRepeats(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!TREE_CODES.has(f.code)) return true;
    const key = `${f.code} ${JSON.stringify(f.where)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every finding about a plan: `readFindings` (reading its document or sheet) first, then the
 * outline's, then validation's, each problem of the tree once.
 */
export function checkPlan(
  plan: Plan,
  readFindings: readonly Finding[],
  options: CheckOptions = {},
): Finding[] {
  const validation = validatePlan(plan, {
    ...(options.ratio !== undefined ? { minCounterpartRatio: options.ratio } : {}),
    ...(options.step !== undefined ? { step: options.step } : {}),
  });
  return withoutRepeats([...readFindings, ...buildOutline(plan).findings, ...validation]);
}

/** A workbook's plan sheet checked. */
export interface WorkbookCheck {
  readonly sheet: string;
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  /** Per finding (same order), the cell it points at as shown ("E14", "A14:J14"), or null. */
  readonly cells: readonly (string | null)[];
  /** Formula cells no spreadsheet has calculated yet (0 once the workbook was opened and saved). */
  readonly uncalculated: number;
  /** What to tell about uncalculated formulas, when there are any. */
  readonly note?: Text;
}

/**
 * Formula cells of a sheet no spreadsheet has calculated: a file written by a program (exceljs) and
 * never opened has no formula result at all. A result that is an empty text ("" from the template's
 * IF(COUNT(…)=0;"";SUM(…))) cannot be told from a missing one in the file, so the sheet counts as
 * calculated as soon as one formula has a result.
 */
export function uncalculatedFormulas(snapshot: SheetSnapshot): number {
  let formulas = 0;
  for (const row of snapshot.rows) {
    for (const c of row) {
      if (c.formula === undefined) continue;
      if (c.value !== null || c.text !== '') return 0;
      formulas++;
    }
  }
  return formulas;
}

function uncalculatedNote(n: number): Text {
  return {
    vi:
      `Lưu ý: ${n} ô công thức chưa được tính (sổ tính chưa mở bằng Excel hoặc LibreOffice); ` +
      'các tổng được đối chiếu từ các số đã nhập.',
    en:
      `Note: ${n} formula cells were never calculated (the workbook was not opened in Excel or LibreOffice); ` +
      'the totals were checked from the figures typed in.',
  };
}

/**
 * Checks the plan table of a workbook: the plan sheet by the one rule, the plan read from it, every
 * finding with its cell. A workbook never calculated (built by `gnbv build` and not opened since) has
 * no formula results; its sum cells then read as "not stated" and the check works from the figures
 * typed in, with a note saying so.
 */
/**
 * The findings of a plan read from a sheet: the reading's own, the plan's (outline and validation),
 * with the consequences of a text number grouped under its cell. The CLI's check and the pane's use it.
 */
export function checkSheetRead(read: ReadResult, options: CheckOptions = {}): Finding[] {
  return groupTextCauses(checkPlan(read.plan, read.findings, options), read.cells, read.plan);
}

export async function checkWorkbook(
  host: WorkbookHost,
  options: CheckOptions = {},
): Promise<Outcome<WorkbookCheck>> {
  const located = await locatePlanSheet(
    host,
    options.catalogueId === undefined ? {} : { catalogueId: options.catalogueId },
  );
  if (located.kind !== 'done') return passOn(located);
  const { sheet, snapshot, read } = located.value;
  const findings = checkSheetRead(read, options);
  const cells = findings.map((f) => findingCell(f, read.cells)?.shown ?? null);
  const uncalculated = uncalculatedFormulas(snapshot);
  // An empty template's sums have nothing to add up ("" is their right result): no note then.
  const note = uncalculated > 0 && read.plan.items.length > 0 ? uncalculatedNote(uncalculated) : undefined;
  return done(
    { sheet, plan: read.plan, findings, cells, uncalculated, ...(note ? { note } : {}) },
    { vi: `Đã kiểm tra trang "${sheet}".`, en: `Checked the sheet "${sheet}".` },
    findings,
  );
}

/** Prefixes a failure's text with the file it is about. */
function naming<T>(name: string, o: Outcome<T>): Outcome<T> {
  if (o.kind !== 'failed') return o;
  return failed({ vi: `${name}: ${o.text.vi}`, en: `${name}: ${o.text.en}` }, o.findings);
}

/**
 * Checks an .xlsx workbook given as bytes (opened by {@link openWorkbookFile}); `name` names the
 * file in every failure. Never rejects.
 */
export async function checkWorkbookBytes(
  bytes: Uint8Array,
  name: string,
  options: CheckOptions,
  services: Pick<Services, 'openWorkbook'>,
): Promise<Outcome<WorkbookCheck>> {
  const opened = await openWorkbookFile({ name, bytes }, services);
  if (opened.kind !== 'done') return passOn(opened);
  return naming(name, await checkWorkbook(opened.value, options));
}

/** Checks an .xlsx workbook by path where there is a file system (the CLI). Never rejects. */
export async function checkWorkbookFile(
  path: string,
  options: CheckOptions,
  services: Pick<Services, 'openWorkbook' | 'platform'>,
): Promise<Outcome<WorkbookCheck>> {
  const bytes = await readFileBytes(path, services);
  if (bytes.kind !== 'done') return passOn(bytes);
  return checkWorkbookBytes(bytes.value, path, options, services);
}
