import {
  allocateByCriteria,
  findCriteriaTable,
  namedFindings,
  type CriteriaAllocationFinding,
  type Recipient,
} from '../../domain/criteria';
import type { Text } from '../../domain/findings';
import { allocationError } from './allocation-error';
import { readCell, readOptional, readRequired } from './cells';
import { cellNumber } from './cell-number';
import * as msg from './failures';
import { DEFAULT_STEP } from './phanbo';
import { isFnError, type FnError, type FnResult } from './result';

/** The table used when `bang` is left out. */
export const DEFAULT_CRITERIA_TABLE = 'qd16-2026-xa';

/** A range as Excel passes it (rows of cells), or a single value, as rows. */
function rowsOf(raw: unknown): unknown[][] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return [[raw]];
  return (raw as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/** The code of an Excel error value passed in a cell, when it is one. */
function errorIn(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && 'code' in raw && typeof raw.code === 'string')
    return raw.code;
  if (typeof raw === 'string' && /^#[A-Z/0!?_]+[!?A]?$/.test(raw.trim())) return raw.trim();
  return undefined;
}

/** A cell's text (a name, a category list): numbers as written, empty as ''. */
function textOf(raw: unknown, arg: string, cell: number): string | FnError {
  if (raw === null || raw === undefined) return '';
  const code = errorIn(raw);
  if (code !== undefined) return msg.errorValue({ arg, cell }, code);
  if (typeof raw === 'boolean') return msg.logical({ arg, cell }, raw);
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number') return String(raw);
  return msg.notNumber({ arg, cell });
}

/** Which argument a criteria finding asks to fix. */
function argOfCriteria(code: string): string {
  switch (code) {
    case 'CRITERIA_NO_NAME':
      return 'ten';
    case 'CRITERIA_UNKNOWN_CATEGORY':
    case 'CRITERIA_NOT_A_CATEGORY':
      return 'nhom';
    case 'CRITERIA_UNKNOWN_QUANTITY':
    case 'CRITERIA_NOT_PER_UNIT':
      return 'tieu_chi';
    default:
      return 'so_luong';
  }
}

function criteriaError(findings: readonly CriteriaAllocationFinding[]): FnError {
  const reasons: { arg: string; text: Text }[] = findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({ arg: argOfCriteria(f.code), text: f.text }));
  return msg.criteria(reasons);
}

/**
 * GNBV.PHANBO_TIEUCHI: shares `tong` over the recipients named in `ten` in proportion to their scores by
 * a criteria table (`bang`, default `qd16-2026-xa`), in whole multiples of `buoc` (default 1); the parts
 * sum exactly to `tong`.
 * - `ten`: one cell per recipient (trailing empty cells are dropped, a range selected with room to spare);
 * - `nhom`: the same number of cells, each the recipient's category ids separated by `;` (or `,`);
 * - `so_luong`: optional, one row per recipient (as many rows as `ten` has cells) and one column per
 *   per-unit criterion; an empty cell is 0;
 * - `tieu_chi`: optional, the criterion id of each column of `so_luong` (its header row); left out, the
 *   columns are the table's per-unit criteria in the table's order, and their number must match.
 * Returns one row per recipient with two columns: the score and the part.
 */
export function phanboTieuchi(
  tong: unknown,
  ten: unknown,
  nhom: unknown,
  so_luong?: unknown,
  tieu_chi?: unknown,
  bang?: unknown,
  buoc?: unknown,
): FnResult<number[][]> {
  const total = readRequired(tong, 'tong');
  if (isFnError(total)) return total;
  const step = readOptional(buoc, 'buoc');
  if (isFnError(step)) return step;
  const tableArg = readTableId(bang);
  if (isFnError(tableArg)) return tableArg;
  const found = findCriteriaTable(tableArg);
  if (!found.ok) return msg.criteria([{ arg: 'bang', text: found.error.text }]);
  const table = found.value;

  const nameCells = rowsOf(ten).flat();
  const names: string[] = [];
  for (let i = 0; i < nameCells.length; i++) {
    const t = textOf(nameCells[i], 'ten', i + 1);
    if (isFnError(t)) return t;
    names.push(t);
  }
  const groupCells = rowsOf(nhom).flat();
  if (groupCells.length !== nameCells.length) {
    return msg.sizeMismatch('nhom', groupCells.length, 'ten', nameCells.length, false);
  }
  const categories: string[][] = [];
  for (let i = 0; i < groupCells.length; i++) {
    const t = textOf(groupCells[i], 'nhom', i + 1);
    if (isFnError(t)) return t;
    categories.push(
      t
        .split(/[;,]/)
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    );
  }
  const quantities = readQuantities(so_luong, tieu_chi, nameCells.length, table);
  if (isFnError(quantities)) return quantities;

  // Trailing rows with nothing in them (or zeros) are room to spare; a row with a category or a
  // quantity but no name is a recipient without a name (reported as such).
  let n = names.length;
  const filled = (i: number) =>
    names[i] !== '' ||
    (categories[i]?.length ?? 0) > 0 ||
    Object.values(quantities[i] ?? {}).some((q) => q !== '0');
  while (n > 0 && !filled(n - 1)) n--;
  if (n === 0) return msg.noValues('ten');

  const recipients: Recipient[] = names.slice(0, n).map((name, i) => ({
    name,
    categories: categories[i]!,
    quantities: quantities[i] ?? {},
  }));
  const r = allocateByCriteria({ total, step: step ?? DEFAULT_STEP, table, recipients });
  if (!r.ok) {
    const named = namedFindings(r.findings, names);
    if (named.some((f) => f.code.startsWith('CRITERIA_'))) return criteriaError(named);
    return allocationError(named, { total: 'tong', step: 'buoc', lines: 'ten' });
  }
  const rows: number[][] = [];
  for (const [i, row] of r.rows.entries()) {
    const score = cellNumber(row.score, { vi: `điểm của "${names[i]}"`, en: `the score of "${names[i]}"` });
    if (isFnError(score)) return score;
    const part = cellNumber(row.part, { vi: `phần của "${names[i]}"`, en: `the part of "${names[i]}"` });
    if (isFnError(part)) return part;
    rows.push([score, part]);
  }
  return rows;
}

function readTableId(bang: unknown): string | FnError {
  let v = bang;
  while (Array.isArray(v) && v.length === 1) v = (v as unknown[])[0];
  if (Array.isArray(v)) return msg.notSingle('bang');
  const t = textOf(v, 'bang', 1);
  if (isFnError(t)) return t;
  return t === '' ? DEFAULT_CRITERIA_TABLE : t;
}

/** Each recipient's quantities by criterion id, as plain decimal strings. */
function readQuantities(
  so_luong: unknown,
  tieu_chi: unknown,
  size: number,
  table: { readonly criteria: readonly { readonly id: string; readonly kind: string }[] },
): Record<string, string>[] | FnError {
  const rows = rowsOf(so_luong);
  if (rows.length === 0 || rows.every((row) => row.every((c) => c === null || c === undefined || c === ''))) {
    return [];
  }
  if (rows.length !== size) return msg.sizeMismatch('so_luong', rows.length, 'ten', size, false);
  const columns = Math.max(...rows.map((row) => row.length));
  let ids: string[];
  const headerCells = rowsOf(tieu_chi).flat();
  if (headerCells.length === 0) {
    ids = table.criteria.filter((c) => c.kind === 'per-unit').map((c) => c.id);
    if (ids.length !== columns) return msg.criteriaColumns(columns, ids);
  } else {
    if (headerCells.length !== columns) {
      return msg.sizeMismatch('tieu_chi', headerCells.length, 'so_luong', columns, false);
    }
    ids = [];
    for (let j = 0; j < headerCells.length; j++) {
      const t = textOf(headerCells[j], 'tieu_chi', j + 1);
      if (isFnError(t)) return t;
      ids.push(t);
    }
  }
  const out: Record<string, string>[] = [];
  for (let i = 0; i < size; i++) {
    const q: Record<string, string> = {};
    for (let j = 0; j < columns; j++) {
      const v = readCell(rows[i]![j], { arg: 'so_luong', cell: i * columns + j + 1 });
      if (isFnError(v)) return v;
      if (v !== undefined) q[ids[j]!] = v.toFixed();
    }
    out.push(q);
  }
  return out;
}
