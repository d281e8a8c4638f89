/**
 * The check of a patch for the draft path, fast for the large patches of a build: cells written the
 * way the sheet layer writes them (canonical addresses such as "C12", finite numbers, formulas with
 * "=", known colours) are resolved in one pass; anything else — and any patch with a problem — goes
 * to {@link planPatch}, so what is accepted and every refusal (which cell, which message, in which
 * order) are exactly planPatch's.
 */
import { MAX_COLS, MAX_ROWS } from '../../sheet/a1';
import type { CellStyle, CellWrite, Patch, SheetSnapshot } from '../../sheet/types';
import { MAX_CELL_TEXT } from '../messages';
import { planPatch, type PatchPlan, type PlannedCell } from '../patch-plan';

const CANONICAL = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

function goodColour(c: string | null | undefined): boolean {
  return typeof c !== 'string' || COLOR.test(c);
}

function goodContent(w: CellWrite): boolean {
  if (w.formula !== undefined) return w.formula.startsWith('=');
  const v = w.value;
  if (typeof v === 'number') return Number.isFinite(v);
  return typeof v !== 'string' || v.length <= MAX_CELL_TEXT;
}

/** 0-based column of canonical letters ("A".."XFD"); undefined beyond the grid. */
function columnOf(letters: string): number | undefined {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n <= MAX_COLS ? n - 1 : undefined;
}

/**
 * Whether the cell was seen already, per row: a short list of columns, a set once a row is long
 * (positions as one number would leave the small-integer range on large sheets).
 */
function seenBefore(seen: (number[] | Set<number>)[], row: number, col: number): boolean {
  const cols = seen[row];
  if (cols === undefined) {
    seen[row] = [col];
    return false;
  }
  if (Array.isArray(cols)) {
    if (cols.includes(col)) return true;
    cols.push(col);
    if (cols.length > 32) seen[row] = new Set(cols);
    return false;
  }
  if (cols.has(col)) return true;
  cols.add(col);
  return false;
}

/** The patch's cells resolved, or undefined when any is not one the fast pass takes. */
function plannedCells(writes: readonly CellWrite[]): PlannedCell[] | undefined {
  const seen: (number[] | Set<number>)[] = [];
  const goodStyles = new Set<CellStyle>();
  const out = new Array<PlannedCell>(writes.length);
  for (let i = 0; i < writes.length; i++) {
    const write = writes[i] as CellWrite;
    const m = CANONICAL.exec(write.address);
    if (!m) return undefined;
    const col = columnOf(m[1] ?? '');
    const row = Number(m[2]) - 1;
    if (col === undefined || row >= MAX_ROWS || seenBefore(seen, row, col)) return undefined;
    if (!goodContent(write)) return undefined;
    const style = write.style;
    if (style && !goodStyles.has(style)) {
      if (!goodColour(style.color) || !goodColour(style.fill)) return undefined;
      goodStyles.add(style);
    }
    out[i] = {
      row,
      col,
      address: write.address,
      write,
      writesContent: write.formula !== undefined || write.value !== undefined,
    };
  }
  return out;
}

/**
 * What {@link planPatch} gives for the patch, or throws what it throws.
 */
export function planDraftPatch(patch: Patch, before?: SheetSnapshot): PatchPlan {
  const cells = plannedCells(patch.cells);
  if (!cells) return planPatch(patch, before);
  let rest: PatchPlan;
  try {
    rest = planPatch({ ...patch, cells: [] }, before);
  } catch {
    // The first problem in planPatch's order may be a cell's: let it find and name it.
    return planPatch(patch, before);
  }
  return { ...rest, cells };
}
