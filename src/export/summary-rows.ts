/**
 * The summary table of the kinh phí document as plain data (no `docx` here), read off the plan's
 * outline: one row per outline row in document order, numbered and labelled as the sheet template
 * numbers them, and a TỔNG CỘNG row that is the exact sum of the top rows, column by column.
 */
import type { EntryKind } from '../domain/catalogue';
import type { Finding } from '../domain/findings';
import type { Dec } from '../domain/money/decimal';
import { buildOutline, type Outline, type OutlineCode } from '../domain/outline';
import type { AmountKey, Plan } from '../domain/plan';

/** The money columns of the table, left to right. */
export const SUMMARY_COLUMNS: readonly AmountKey[] = [
  'total',
  'nstw',
  'nstw_su_nghiep',
  'nstw_dau_tu',
  'nsdp',
  'khac',
];

/** Amounts shown in one row; a missing key is an empty cell (not stated), never a zero. */
export type RowAmounts = Partial<Record<AmountKey, Dec>>;

export interface SummaryRow {
  readonly code: string;
  readonly kind: EntryKind;
  /** Depth in the table: 1 for the top rows (Dự án), 2 below them, … */
  readonly level: number;
  /** "II", "1", "a)", "-". */
  readonly stt: string;
  /** "Dự án 2: …", "Tiểu dự án 1: …", or a user row's name. */
  readonly label: string;
  /** False when the plan says the locality is not concerned. */
  readonly applicable: boolean;
  readonly amounts: RowAmounts;
}

export interface SummaryTable {
  readonly rows: SummaryRow[];
  /** Column sums over the top rows: what the TỔNG CỘNG row shows. */
  readonly total: RowAmounts;
  /** The outline's findings: rows of a parent cycle, below an unknown parent, sharing a code. */
  readonly findings: readonly Finding<OutlineCode>[];
}

/**
 * Builds the table from the outline (built here unless the caller has it). A row's amount is what
 * its item states (deriving NSTW and the total from the stated sources), else the sum of its child
 * rows (a Dự án given only per Tiểu dự án); catalogue headings the plan does not list are rows too.
 * Every item is a row, also in a parent cycle or below an unknown parent. The TỔNG CỘNG row adds
 * up the top rows shown and nothing else, so the table always reconciles with itself; whether it
 * matches the plan's stated totals is validation's business.
 */
export function summaryTable(plan: Plan, outline: Outline = buildOutline(plan)): SummaryTable {
  const rows = outline.nodes.map((n): SummaryRow => ({
    code: n.code,
    kind: n.kind,
    level: n.depth,
    stt: n.numbering.table,
    label: n.label,
    applicable: n.item?.applicable ?? true,
    amounts: n.amounts,
  }));
  return { rows, total: outline.totals, findings: outline.findings };
}
