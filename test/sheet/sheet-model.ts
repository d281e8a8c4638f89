/**
 * A tiny in-memory sheet for the sheet-layer tests: apply a Patch, edit like a user (type a value,
 * insert or delete a row, swap columns, with references adjusted the way Excel adjusts them),
 * then evaluate the formula shapes the template writes (IF(COUNT(..)=0,"",SUM(..)), SUM) in
 * binary floating point as Excel does, and take a SheetSnapshot.
 */
import {
  cellAddress,
  columnIndex,
  columnLetters,
  parseCell,
  parseRange,
  rangeAddress,
} from '../../src/sheet/a1';
import type { CellSnapshot, CellValue, Patch, SheetSnapshot } from '../../src/sheet/types';

interface ModelCell {
  value?: CellValue;
  formula?: string;
  /** An error value typed or produced, "#VALUE!". */
  error?: string;
}

type Evaluated = number | string | boolean | null | { error: string };

const REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?(?![\w(])/g;

export class SheetModel {
  readonly cells = new Map<string, ModelCell>();
  names: Record<string, string> = {};

  constructor(readonly sheet: string) {}

  static fromPatch(patch: Patch): SheetModel {
    const m = new SheetModel(patch.sheet);
    m.apply(patch);
    return m;
  }

  apply(patch: Patch): void {
    for (const w of patch.cells) {
      if (w.formula !== undefined) this.cells.set(w.address, { formula: w.formula });
      else if (w.value !== undefined) this.cells.set(w.address, { value: w.value });
    }
    Object.assign(this.names, patch.names ?? {});
  }

  set(address: string, value: CellValue): void {
    this.cells.set(address, { value });
  }

  setError(address: string, error: string): void {
    this.cells.set(address, { error });
  }

  /** Moves every cell and rewrites every reference through `map` (0-based row, col → new, or null: gone). */
  private remap(
    map: (row: number, col: number) => [number, number] | null,
    rangeMap?: (r: RangeBox) => RangeBox | null,
  ): void {
    const moved = new Map<string, ModelCell>();
    for (const [address, cell] of this.cells) {
      const p = parseCell(address);
      if (!p) continue;
      const to = map(p.row, p.col);
      if (!to) continue;
      const next = { ...cell };
      if (next.formula) next.formula = this.rewrite(next.formula, map, rangeMap);
      moved.set(cellAddress(to[0], to[1]), next);
    }
    this.cells.clear();
    for (const [k, v] of moved) this.cells.set(k, v);
    for (const [name, range] of Object.entries(this.names)) {
      const r = parseRange(range);
      if (!r) continue;
      const box = rangeMap ? rangeMap(r) : mapBox(r, map);
      if (box) this.names[name] = rangeAddress(box);
      else delete this.names[name];
    }
  }

  private rewrite(
    formula: string,
    map: (row: number, col: number) => [number, number] | null,
    rangeMap?: (r: RangeBox) => RangeBox | null,
  ): string {
    return formula.replace(
      REF,
      (
        whole: string,
        _d1: string,
        c1: string,
        _d2: string,
        r1: string,
        _d3?: string,
        c2?: string,
        _d4?: string,
        r2?: string,
      ) => {
        const start = { row: Number(r1) - 1, col: columnIndex(c1) ?? 0 };
        const end = c2 && r2 ? { row: Number(r2) - 1, col: columnIndex(c2) ?? 0 } : start;
        const box = { top: start.row, left: start.col, bottom: end.row, right: end.col };
        const single = !c2;
        const out = single ? mapBox(box, map) : rangeMap ? rangeMap(box) : mapBox(box, map);
        if (!out) return '#REF!';
        void whole;
        return single
          ? cellAddress(out.top, out.left)
          : `${cellAddress(out.top, out.left)}:${cellAddress(out.bottom, out.right)}`;
      },
    );
  }

  /** Excel's "Delete row" (1-based sheet row). */
  deleteRow(row1: number): void {
    const r = row1 - 1;
    this.remap(
      (row, col) => (row === r ? null : [row > r ? row - 1 : row, col]),
      (b) => {
        if (b.top === r && b.bottom === r) return null;
        return { ...b, top: b.top > r ? b.top - 1 : b.top, bottom: b.bottom >= r ? b.bottom - 1 : b.bottom };
      },
    );
  }

  /** Excel's "Insert row" above the 1-based sheet row: ranges spanning it grow. */
  insertRow(row1: number): void {
    const r = row1 - 1;
    this.remap(
      (row, col) => [row >= r ? row + 1 : row, col],
      (b) => ({ ...b, top: b.top >= r ? b.top + 1 : b.top, bottom: b.bottom >= r ? b.bottom + 1 : b.bottom }),
    );
  }

  /** Swaps two columns (cut and paste both ways): references follow their cells. */
  swapColumns(a: string, b: string): void {
    const x = columnIndex(a) ?? 0;
    const y = columnIndex(b) ?? 0;
    const swap = (col: number) => (col === x ? y : col === y ? x : col);
    this.remap(
      (row, col) => [row, swap(col)],
      (box) => (box.left === box.right ? { ...box, left: swap(box.left), right: swap(box.right) } : box),
    );
  }

  snapshot(): SheetSnapshot {
    const memo = new Map<string, Evaluated>();
    const evalCell = (address: string, depth = 0): Evaluated => {
      const hit = memo.get(address);
      if (hit !== undefined) return hit;
      const cell = this.cells.get(address);
      let v: Evaluated = null;
      if (cell?.error) v = { error: cell.error };
      else if (cell?.formula)
        v = depth > 200 ? { error: '#CIRC!' } : evalFormula(cell.formula, (a) => evalCell(a, depth + 1));
      else if (cell) v = cell.value ?? null;
      memo.set(address, v);
      return v;
    };
    let maxRow = 0;
    let maxCol = 0;
    for (const address of this.cells.keys()) {
      const p = parseCell(address);
      if (!p) continue;
      maxRow = Math.max(maxRow, p.row);
      maxCol = Math.max(maxCol, p.col);
    }
    const rows: CellSnapshot[][] = [];
    for (let r = 0; r <= maxRow; r++) {
      const row: CellSnapshot[] = [];
      for (let c = 0; c <= maxCol; c++) {
        const address = cellAddress(r, c);
        const cell = this.cells.get(address);
        const v = evalCell(address);
        const formula = cell?.formula !== undefined ? { formula: cell.formula } : {};
        if (v !== null && typeof v === 'object') row.push({ value: null, text: v.error, ...formula });
        else row.push({ value: v, text: v === null ? '' : String(v), ...formula });
      }
      rows.push(row);
    }
    return { sheet: this.sheet, originRow: 0, originCol: 0, rows, names: { ...this.names } };
  }
}

interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mapBox(b: RangeBox, map: (row: number, col: number) => [number, number] | null): RangeBox | null {
  const s = map(b.top, b.left);
  const e = map(b.bottom, b.right);
  if (!s || !e) return null;
  return { top: s[0], left: s[1], bottom: e[0], right: e[1] };
}

function refsOf(args: string): string[] {
  const out: string[] = [];
  for (const part of args.split(',')) {
    if (part === '#REF!') {
      out.push('#REF!');
      continue;
    }
    const r = parseRange(part);
    if (!r) throw new Error(`test evaluator: cannot read reference ${part}`);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) out.push(cellAddress(row, col));
  }
  return out;
}

/** SUM and COUNT over the shapes the template writes; anything else is a test bug. */
function evalFormula(formula: string, get: (address: string) => Evaluated): Evaluated {
  const sum = (args: string): Evaluated => {
    let total = 0;
    for (const ref of refsOf(args)) {
      if (ref === '#REF!') return { error: '#REF!' };
      const v = get(ref);
      if (v !== null && typeof v === 'object') return v;
      if (typeof v === 'number') total += v;
    }
    return total;
  };
  const count = (args: string): number =>
    refsOf(args).filter((r) => r !== '#REF!' && typeof get(r) === 'number').length;
  let m = /^=IF\((.+)=0,"",(.+)\)$/.exec(formula);
  if (m) {
    const counts = [...(m[1] ?? '').matchAll(/COUNT\(([^)]*)\)/g)].reduce((n, x) => n + count(x[1] ?? ''), 0);
    if (counts === 0) return '';
    let total = 0;
    for (const x of (m[2] ?? '').matchAll(/SUM\(([^)]*)\)/g)) {
      const v = sum(x[1] ?? '');
      if (typeof v !== 'number') return v;
      total += v;
    }
    return total;
  }
  m = /^=SUM\(([^)]*)\)$/.exec(formula);
  if (m) return sum(m[1] ?? '');
  throw new Error(`test evaluator: formula shape not supported: ${formula}`);
}

export { columnLetters };
