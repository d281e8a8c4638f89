/**
 * A1 addresses on one sheet: column letters ↔ 0-based indexes, cells and ranges.
 * Everything here is 0-based (row 0 is sheet row 1) because snapshots are; only the text is 1-based.
 */

/** A cell position, 0-based. */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface RangePos {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Column letters for a 0-based index: 0 → "A", 25 → "Z", 26 → "AA". */
export function colLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`column index ${index} is not valid`);
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based index of column letters ("A" → 0, "AA" → 26); undefined when they are not letters. */
export function colIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C7" for row 6, column 2 (0-based). */
export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Reads "C7" or "$C$7"; undefined for anything else. */
export function parseCell(address: string): CellPos | undefined {
  const m = CELL.exec(address.trim());
  if (!m) return undefined;
  const col = colIndex(m[1] ?? '');
  const row = Number(m[2]) - 1;
  return col === undefined || row < 0 ? undefined : { row, col };
}

/** Reads "A1:L40" (or a single cell as a one-cell range), in either corner order; a sheet prefix is dropped. */
export function parseRange(address: string): RangePos | undefined {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first = '', second, extra] = bare.split(':');
  if (extra !== undefined) return undefined;
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** "A1:L40", or "C7" for a one-cell range. */
export function rangeA1(r: RangePos): string {
  const start = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${a1(r.bottom, r.right)}`;
}

/** True when the cell lies inside the range. */
export function contains(r: RangePos, p: CellPos): boolean {
  return p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;
}

/** "E12:E14" for a column over rows `from..to` (0-based, inclusive), "E12" when one row. */
export function columnSpan(col: number, from: number, to: number): string {
  return rangeA1({ top: from, left: col, bottom: to, right: col });
}

/**
 * Groups sorted 0-based row numbers into runs of consecutive rows, so a formula can name
 * `E12:E14` instead of `E12,E13,E14` (shorter, and Excel's 255-argument limit is met later).
 */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}
