/**
 * Computes a parsed formula ({@link parseFormula}) exactly, in decimal: SUM adds the numbers of its
 * ranges and skips text and blanks as Excel does, COUNT counts numbers, `+`/`-` treat a blank as 0.
 * What Excel would coerce by locale-dependent rules (text in arithmetic) or an error value among the
 * inputs is not computed (undefined): the formula is then left to a spreadsheet.
 */
import { Dec, ZERO } from '../domain/money';
import type { Rect } from './a1';
import type { FormulaExpr } from './formula-parse';

/** A cell's value as the evaluator sees it. */
export type EvalValue =
  | { readonly kind: 'number'; readonly value: Dec }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'blank' }
  | { readonly kind: 'error'; readonly value: string };

/** The value of the cell at a 0-based position; undefined when it is not known (a stale result). */
export type CellLookup = (row: number, col: number) => EvalValue | undefined;

/** The largest range the evaluator walks (a whole-sheet range is left to a spreadsheet). */
const MAX_CELLS = 1_000_000;

function area(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/** A value used in arithmetic: number, blank 0, TRUE 1; undefined for text and errors. */
function toNumber(v: EvalValue | undefined): Dec | undefined {
  if (!v) return undefined;
  if (v.kind === 'number') return v.value;
  if (v.kind === 'blank') return ZERO;
  if (v.kind === 'bool') return new Dec(v.value ? 1 : 0);
  return undefined;
}

function compare(op: '=' | '<>', a: EvalValue, b: EvalValue): EvalValue | undefined {
  if (a.kind === 'error' || b.kind === 'error') return undefined;
  const numeric = (v: EvalValue) => v.kind === 'number' || v.kind === 'blank';
  const textual = (v: EvalValue) => v.kind === 'text' || v.kind === 'blank';
  let equal: boolean;
  if (numeric(a) && numeric(b)) equal = (toNumber(a) ?? ZERO).equals(toNumber(b) ?? ZERO);
  else if (textual(a) && textual(b)) {
    const s = (v: EvalValue) => (v.kind === 'text' ? v.value.toLowerCase() : '');
    equal = s(a) === s(b);
  } else if (a.kind === 'bool' && b.kind === 'bool') equal = a.value === b.value;
  else equal = false;
  return { kind: 'bool', value: op === '=' ? equal : !equal };
}

/** SUM's or COUNT's walk over its arguments: the sum and the count of the numbers, or undefined. */
function aggregate(
  args: readonly FormulaExpr[],
  lookup: CellLookup,
  counting: boolean,
): { sum: Dec; count: number } | undefined {
  let sum = ZERO;
  let count = 0;
  for (const arg of args) {
    if (arg.t === 'ref') {
      const { top, left, bottom, right } = arg.rect;
      if (area(arg.rect) > MAX_CELLS) return undefined;
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const v = lookup(r, c);
          if (!v) return undefined;
          if (v.kind === 'error') {
            if (counting) continue;
            return undefined;
          }
          if (v.kind !== 'number') continue;
          // COUNT needs no sum.
          if (!counting) sum = sum.plus(v.value);
          count++;
        }
      }
      continue;
    }
    const v = evaluateFormula(arg, lookup);
    if (!v || v.kind === 'text' || v.kind === 'error') return undefined;
    const n = toNumber(v);
    if (n === undefined) return undefined;
    sum = sum.plus(n);
    count++;
  }
  return { sum, count };
}

/** The exact value of a parsed formula over the sheet's cells; undefined when it cannot be computed. */
export function evaluateFormula(expr: FormulaExpr, lookup: CellLookup): EvalValue | undefined {
  switch (expr.t) {
    case 'num':
      return { kind: 'number', value: expr.v };
    case 'str':
      return { kind: 'text', value: expr.v };
    case 'ref': {
      if (!expr.single) return undefined;
      const v = lookup(expr.rect.top, expr.rect.left);
      return v?.kind === 'error' ? undefined : v;
    }
    case 'neg': {
      const n = toNumber(evaluateFormula(expr.e, lookup));
      return n === undefined ? undefined : { kind: 'number', value: n.negated() };
    }
    case 'bin': {
      const a = toNumber(evaluateFormula(expr.a, lookup));
      const b = toNumber(evaluateFormula(expr.b, lookup));
      if (a === undefined || b === undefined) return undefined;
      return { kind: 'number', value: expr.op === '+' ? a.plus(b) : a.minus(b) };
    }
    case 'cmp': {
      const a = evaluateFormula(expr.a, lookup);
      const b = evaluateFormula(expr.b, lookup);
      return a && b ? compare(expr.op, a, b) : undefined;
    }
    case 'fn': {
      if (expr.name === 'IF') {
        const cond = evaluateFormula(expr.args[0] ?? { t: 'str', v: '' }, lookup);
        if (!cond || cond.kind === 'text' || cond.kind === 'error') return undefined;
        const truth = cond.kind === 'bool' ? cond.value : !(toNumber(cond) ?? ZERO).isZero();
        const branch = truth ? expr.args[1] : expr.args[2];
        if (!branch) return { kind: 'bool', value: false };
        const v = evaluateFormula(branch, lookup);
        // A reference to an empty cell gives 0 as a formula's result.
        return v?.kind === 'blank' ? { kind: 'number', value: ZERO } : v;
      }
      const agg = aggregate(expr.args, lookup, expr.name === 'COUNT');
      if (!agg) return undefined;
      return { kind: 'number', value: expr.name === 'SUM' ? agg.sum : new Dec(agg.count) };
    }
  }
}
