/**
 * The summary table of the kinh phí document as plain data (no `docx` here): one row per plan
 * item in plan order, numbered like the sheet template, and a TỔNG CỘNG row that is the exact
 * sum of the top-level rows, column by column.
 */
import { builtInCatalogue, CatalogueIndex, entryLabel, type EntryKind } from '../domain/catalogue';
import { ZERO, type Dec } from '../domain/money/decimal';
import { amountOf, type AmountKey, type Plan, type PlanItem } from '../domain/plan';
import { letterOf, roman } from '../sheet/numbering';

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
  /** 1 Dự án … 4 nội dung thành phần. */
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
  /** Column sums over the top-level rows: what the TỔNG CỘNG row shows. */
  readonly total: RowAmounts;
}

interface Node {
  readonly code: string;
  readonly item?: PlanItem;
  readonly kids: Node[];
}

/**
 * Builds the table. A row's amount is what its item states (deriving NSTW and the total from the
 * stated sources), else the sum of its child rows (a Dự án given only per Tiểu dự án). Catalogue
 * parents the plan does not list are added above their children, as the section text does, so
 * every row has its heading. The TỔNG CỘNG row adds up the top-level rows shown and nothing else,
 * so the table always reconciles with itself; whether it matches the plan's stated totals is
 * validation's business.
 */
export function summaryTable(plan: Plan): SummaryTable {
  const catalogue = builtInCatalogue(plan.catalogueId);
  const index = catalogue ? new CatalogueIndex(catalogue) : undefined;
  const roots = buildTree(plan, index);
  const rows: SummaryRow[] = [];
  const total: RowAmounts = {};
  for (const [i, root] of roots.entries()) {
    const amounts = emit(root, 1, i + 1, null, rows, index);
    addInto(total, amounts);
  }
  return { rows, total };
}

/** The items as a forest in plan order, with missing catalogue parents put in. */
function buildTree(plan: Plan, index: CatalogueIndex | undefined): Node[] {
  const items = new Map<string, PlanItem>();
  for (const item of plan.items) if (!items.has(item.code)) items.set(item.code, item);
  const nodes = new Map<string, Node>();
  const roots: Node[] = [];
  const placing = new Set<string>();
  // A node is placed when first met: as an item in plan order, or as the parent of one listed earlier.
  const placed = (code: string): Node => {
    const known = nodes.get(code);
    if (known) return known;
    const item = items.get(code);
    const node: Node = { code, ...(item ? { item } : {}), kids: [] };
    nodes.set(code, node);
    placing.add(code);
    const parent = item ? item.parent : (index?.get(code)?.parent ?? null);
    // Parents that loop back (A under B under A) would hide both rows: the loop is cut at the top.
    if (parent === null || placing.has(parent)) roots.push(node);
    else placed(parent).kids.push(node);
    placing.delete(code);
    return node;
  };
  for (const code of items.keys()) placed(code);
  return roots;
}

/** Pushes the row of `node` and its descendants; returns the amounts shown on its row. */
function emit(
  node: Node,
  level: number,
  nth: number,
  parentKind: EntryKind | null,
  out: SummaryRow[],
  index: CatalogueIndex | undefined,
): RowAmounts {
  const entry = index?.get(node.code);
  const kind: EntryKind = entry?.kind ?? (parentKind === 'noi_dung' ? 'noi_dung_thanh_phan' : 'noi_dung');
  const stt = entry
    ? kind === 'du_an'
      ? roman(entry.number)
      : String(entry.number)
    : kind === 'noi_dung'
      ? `${letterOf(nth)})`
      : '-';
  const title = node.item?.name ?? entry?.title ?? node.code;
  const label = entry ? entryLabel({ kind, number: entry.number, title }) : title;
  const amounts: RowAmounts = {};
  // The row goes before its children's rows; its amounts are filled in once theirs are known.
  out.push({ code: node.code, kind, level, stt, label, applicable: node.item?.applicable ?? true, amounts });
  const kidSums: RowAmounts = {};
  node.kids.forEach((kid, i) => addInto(kidSums, emit(kid, level + 1, i + 1, kind, out, index)));
  for (const key of SUMMARY_COLUMNS) {
    const own = node.item ? amountOf(node.item.stated, key) : undefined;
    const value = own ?? kidSums[key];
    if (value !== undefined) amounts[key] = value;
  }
  return amounts;
}

/** Adds each stated amount of `add` into `into`; a column nobody states stays empty. */
function addInto(into: RowAmounts, add: RowAmounts): void {
  for (const key of SUMMARY_COLUMNS) {
    const v = add[key];
    if (v !== undefined) into[key] = (into[key] ?? ZERO).plus(v);
  }
}
