/**
 * Recalculates a sheet's formulas after a write, exactly: every formula the evaluator takes is
 * computed in dependency order (cells in a cycle, or fed by one, are not); a formula it cannot compute
 * whose inputs changed — directly or through other formulas — is listed as not recalculated, since its
 * cached result may now be stale. Pure: the host gives the cells and stores the results.
 */
import { Dec } from '../domain/money';
import { cellAddress, MAX_COLS, type CellPos, type Rect } from './a1';
import { evaluateFormula, type CellLookup, type EvalValue } from './formula-eval';
import { formulaRects, mentionedRects, parseFormula, type FormulaExpr } from './formula-parse';

/** One formula cell of the sheet. */
export interface FormulaCell extends CellPos {
  /** The formula with its "=". */
  readonly formula: string;
}

/** What a recalculation found. */
export interface Recalculation {
  /** New results by address ("C8"), for the formulas computed. */
  readonly results: ReadonlyMap<string, EvalValue>;
  /** Addresses of formulas not computed whose inputs changed, in sheet order. */
  readonly notRecalculated: readonly string[];
}

/** Ranges up to this size are walked cell by cell to find the formulas in them. */
const WALK_LIMIT = 4096;

/** A cell's key in the maps below: one number (columns are fewer than 16 384). */
const key = (row: number, col: number): number => row * MAX_COLS + col;

interface Node {
  readonly cell: FormulaCell;
  readonly expr: FormulaExpr | undefined;
  readonly rects: readonly Rect[];
  readonly deps: Node[];
  readonly users: Node[];
}

function inside(rect: Rect, p: CellPos): boolean {
  return p.row >= rect.top && p.row <= rect.bottom && p.col >= rect.left && p.col <= rect.right;
}

/** The positions of `set` inside `rect`, walking whichever is smaller. */
function within<T extends CellPos>(rect: Rect, byKey: ReadonlyMap<number, T>, all: readonly T[]): T[] {
  const size = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  if (size > WALK_LIMIT || size > all.length) return all.filter((p) => inside(rect, p));
  const out: T[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const hit = byKey.get(key(r, c));
      if (hit) out.push(hit);
    }
  }
  return out;
}

/**
 * Recalculates the formulas of one sheet.
 *
 * @param formulas - every formula cell of the sheet.
 * @param cells - the value of any cell as it is now (a formula cell's cached result).
 * @param changed - the cells a write just changed.
 * @param sheet - the sheet's name, so references naming it are taken as local.
 */
export function recalculate(
  formulas: readonly FormulaCell[],
  cells: CellLookup,
  changed: readonly CellPos[],
  sheet?: string,
): Recalculation {
  const nodes = formulas.map((cell): Node => {
    const expr = parseFormula(cell.formula, sheet);
    const rects = expr ? formulaRects(expr) : mentionedRects(cell.formula);
    return { cell, expr, rects, deps: [], users: [] };
  });
  const cellsOfNodes = nodes.map((n) => ({ row: n.cell.row, col: n.cell.col, node: n }));
  const posByKey = new Map(cellsOfNodes.map((p) => [key(p.row, p.col), p]));
  const changedByKey = new Map(changed.map((p) => [key(p.row, p.col), p]));
  const dirty = new Set<Node>();
  for (const n of nodes) {
    if (changedByKey.has(key(n.cell.row, n.cell.col))) dirty.add(n);
    for (const rect of n.rects) {
      for (const p of within(rect, posByKey, cellsOfNodes)) {
        if (p.node === n) continue;
        n.deps.push(p.node);
        p.node.users.push(n);
      }
      if (within(rect, changedByKey, changed).length > 0) dirty.add(n);
    }
  }
  // Kahn's order; what is left is in a cycle or fed by one.
  const pending = new Map(nodes.map((n) => [n, new Set(n.deps).size]));
  const ready = nodes.filter((n) => pending.get(n) === 0);
  const order: Node[] = [];
  for (let i = 0; i < ready.length; i++) {
    const n = ready[i] as Node;
    order.push(n);
    for (const u of new Set(n.users)) {
      const left = (pending.get(u) ?? 0) - 1;
      pending.set(u, left);
      if (left === 0) ready.push(u);
    }
  }
  const ordered = new Set(order);
  const computed = new Map<number, EvalValue>();
  const stale = new Set<number>();
  // A constant is read from the host once (SUM and COUNT of one range read it twice).
  const constants = new Map<number, EvalValue | undefined>();
  const lookup: CellLookup = (row, col) => {
    const k = key(row, col);
    if (stale.has(k)) return undefined;
    const own = computed.get(k);
    if (own !== undefined) return own;
    if (constants.has(k)) return constants.get(k);
    const v = cells(row, col);
    if (!posByKey.has(k)) constants.set(k, v);
    return v;
  };
  const notRecalculated: Node[] = [];
  for (const n of [...order, ...nodes.filter((m) => !ordered.has(m))]) {
    const fed = n.deps.some((d) => dirty.has(d));
    if (fed) dirty.add(n);
    const value = ordered.has(n) && n.expr ? evaluateFormula(n.expr, lookup) : undefined;
    if (value) {
      computed.set(key(n.cell.row, n.cell.col), value.kind === 'blank' ? zero() : value);
      continue;
    }
    if (dirty.has(n)) {
      stale.add(key(n.cell.row, n.cell.col));
      notRecalculated.push(n);
    }
  }
  notRecalculated.sort((a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col);
  const results = new Map<string, EvalValue>();
  for (const n of order) {
    const value = computed.get(key(n.cell.row, n.cell.col));
    if (value) results.set(cellAddress(n.cell.row, n.cell.col), value);
  }
  return { results, notRecalculated: notRecalculated.map((n) => cellAddress(n.cell.row, n.cell.col)) };
}

function zero(): EvalValue {
  return { kind: 'number', value: new Dec(0) };
}
