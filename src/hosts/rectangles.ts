/**
 * Groups written cells into rectangles so a host makes one call per block of a table instead of one
 * per cell. Only cells of the patch go into a rectangle (a rectangle never covers a cell the patch does
 * not write), and only cells with the same key share one (e.g. the same style).
 */
import type { Rect } from '../sheet/a1';

/** A rectangle of cells and the cells in it, row by row. */
export interface Block<T> {
  readonly rect: Rect;
  /** `items[r][c]` is the cell at (rect.top + r, rect.left + c). */
  readonly items: readonly (readonly T[])[];
}

interface Run<T> {
  readonly left: number;
  readonly right: number;
  readonly cells: T[];
}

/** Horizontal runs of adjacent columns in one row (cells sorted by column). */
function runsOf<T extends { col: number }>(row: readonly T[]): Run<T>[] {
  const runs: Run<T>[] = [];
  for (const cell of row) {
    const last = runs[runs.length - 1];
    if (last && cell.col === last.right + 1) {
      runs[runs.length - 1] = { left: last.left, right: cell.col, cells: [...last.cells, cell] };
    } else {
      runs.push({ left: cell.col, right: cell.col, cells: [cell] });
    }
  }
  return runs;
}

/** Stacks runs of consecutive rows that span the same columns into rectangles. */
function stack<T>(rows: readonly (readonly [number, Run<T>[]])[]): Block<T>[] {
  const done: Block<T>[] = [];
  let open = new Map<string, { top: number; bottom: number; left: number; right: number; items: T[][] }>();
  for (const [row, runs] of rows) {
    const next = new Map<
      string,
      { top: number; bottom: number; left: number; right: number; items: T[][] }
    >();
    for (const run of runs) {
      const span = `${run.left}:${run.right}`;
      const prev = open.get(span);
      if (prev && prev.bottom === row - 1) {
        open.delete(span);
        next.set(span, { ...prev, bottom: row, items: [...prev.items, run.cells] });
      } else {
        next.set(span, { top: row, bottom: row, left: run.left, right: run.right, items: [run.cells] });
      }
    }
    for (const b of open.values()) done.push({ rect: b, items: b.items });
    open = next;
  }
  for (const b of open.values()) done.push({ rect: b, items: b.items });
  return done;
}

/**
 * Groups cells into rectangles of cells sharing a key. Every cell lands in exactly one block.
 *
 * @param key - cells with different keys never share a block; use a constant to group by position only.
 */
export function groupRectangles<T extends { row: number; col: number }>(
  cells: readonly T[],
  key: (cell: T) => string,
): Block<T>[] {
  const byKey = new Map<string, T[]>();
  for (const cell of cells) {
    const k = key(cell);
    const list = byKey.get(k);
    if (list) list.push(cell);
    else byKey.set(k, [cell]);
  }
  const blocks: Block<T>[] = [];
  for (const list of byKey.values()) {
    const byRow = new Map<number, T[]>();
    for (const cell of list) {
      const row = byRow.get(cell.row);
      if (row) row.push(cell);
      else byRow.set(cell.row, [cell]);
    }
    const rows = [...byRow.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, rowCells]) => [row, runsOf(rowCells.sort((a, b) => a.col - b.col))] as const);
    blocks.push(...stack(rows));
  }
  return blocks.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
}
