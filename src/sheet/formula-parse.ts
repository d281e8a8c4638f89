/**
 * Parses the small formula language the template writes — SUM and COUNT over ranges and cell lists,
 * IF with `=`/`<>` comparisons, `+`, `-`, numeric and text constants, references on the same sheet —
 * into a tree the exact evaluator ({@link evaluateFormula}) computes. Anything else (other functions,
 * `*`, `/`, references to other sheets, whole columns) is not parsed: such a formula is left to a
 * spreadsheet to calculate. Arguments may be separated by ',' or ';'; decimals are written with '.'.
 */
import { Dec } from '../domain/money';
import { parseCell, type Rect } from './a1';

/** A parsed formula. */
export type FormulaExpr =
  | { readonly t: 'num'; readonly v: Dec }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'ref'; readonly rect: Rect; readonly single: boolean }
  | { readonly t: 'neg'; readonly e: FormulaExpr }
  | { readonly t: 'bin'; readonly op: '+' | '-'; readonly a: FormulaExpr; readonly b: FormulaExpr }
  | { readonly t: 'cmp'; readonly op: '=' | '<>'; readonly a: FormulaExpr; readonly b: FormulaExpr }
  | { readonly t: 'fn'; readonly name: 'SUM' | 'COUNT' | 'IF'; readonly args: readonly FormulaExpr[] };

type Token =
  | { k: 'num'; v: string }
  | { k: 'str'; v: string }
  | { k: 'ref'; v: string }
  | { k: 'fn'; v: string }
  | { k: 'op'; v: string };

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]{1,7}`;
/** Each token's pattern, sticky: tried at the tokenizer's position, without slicing the text. */
const TOKENS: readonly [Token['k'], RegExp][] = [
  ['num', /(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y],
  ['str', /"(?:[^"]|"")*"/y],
  ['fn', /[A-Za-z][A-Za-z0-9.]*(?=\s*\()/y],
  [
    'ref',
    new RegExp(`(?:'(?:[^']|'')+'!|[A-Za-z_][A-Za-z0-9_.]*!)?${CELL}(?::${CELL})?(?![A-Za-z0-9_(])`, 'y'),
  ],
  ['op', /(?:<>|[-+(),;=])/y],
];
const SPACE = /\s*/y;

function tokenize(formula: string): Token[] | undefined {
  const out: Token[] = [];
  const text = formula.trim();
  let at = text.startsWith('=') ? 1 : 0;
  for (;;) {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
    if (at >= text.length) return out;
    let matched = false;
    for (const [k, re] of TOKENS) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      out.push({ k, v: m[0] });
      at += m[0].length;
      matched = true;
      break;
    }
    if (!matched) return undefined;
  }
}

/** A reference token on `sheet` (or with no sheet) → its rectangle; undefined for another sheet. */
function refOf(text: string, sheet: string | undefined): { rect: Rect; single: boolean } | undefined {
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    let name = text.slice(0, bang);
    if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    if (sheet === undefined || name.toLowerCase() !== sheet.toLowerCase()) return undefined;
  }
  const [from, to] = text.slice(bang + 1).split(':');
  const a = parseCell(from ?? '');
  const b = to === undefined ? a : parseCell(to);
  if (!a || !b) return undefined;
  const rect = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  return { rect, single: to === undefined };
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly sheet: string | undefined,
  ) {}

  done(): boolean {
    return this.i === this.tokens.length;
  }

  private peek(v: string): boolean {
    const t = this.tokens[this.i];
    return t !== undefined && t.k === 'op' && t.v === v;
  }

  private take(v: string): boolean {
    if (!this.peek(v)) return false;
    this.i++;
    return true;
  }

  comparison(): FormulaExpr | undefined {
    const a = this.sum();
    if (!a) return undefined;
    for (const op of ['=', '<>'] as const) {
      if (!this.take(op)) continue;
      const b = this.sum();
      return b ? { t: 'cmp', op, a, b } : undefined;
    }
    return a;
  }

  private sum(): FormulaExpr | undefined {
    let a = this.unary();
    while (a) {
      const op = this.peek('+') ? '+' : this.peek('-') ? '-' : undefined;
      if (!op) return a;
      this.i++;
      const b = this.unary();
      a = b ? { t: 'bin', op, a, b } : undefined;
    }
    return undefined;
  }

  private unary(): FormulaExpr | undefined {
    if (this.take('-')) {
      const e = this.unary();
      return e ? { t: 'neg', e } : undefined;
    }
    if (this.take('+')) return this.unary();
    return this.primary();
  }

  private primary(): FormulaExpr | undefined {
    const t = this.tokens[this.i++];
    if (!t) return undefined;
    if (t.k === 'num') return { t: 'num', v: new Dec(t.v) };
    if (t.k === 'str') return { t: 'str', v: t.v.slice(1, -1).replace(/""/g, '"') };
    if (t.k === 'ref') {
      const ref = refOf(t.v, this.sheet);
      return ref ? { t: 'ref', ...ref } : undefined;
    }
    if (t.k === 'fn') return this.call(t.v.toUpperCase());
    if (t.v === '(') {
      const e = this.comparison();
      return e && this.take(')') ? e : undefined;
    }
    return undefined;
  }

  private call(name: string): FormulaExpr | undefined {
    if (name !== 'SUM' && name !== 'COUNT' && name !== 'IF') return undefined;
    if (!this.take('(')) return undefined;
    const args: FormulaExpr[] = [];
    if (!this.take(')')) {
      for (;;) {
        const a = this.comparison();
        if (!a) return undefined;
        args.push(a);
        if (this.take(')')) break;
        if (!this.take(',') && !this.take(';')) return undefined;
      }
    }
    if (name === 'IF' && (args.length < 2 || args.length > 3)) return undefined;
    if (args.length === 0) return undefined;
    return { t: 'fn', name, args };
  }
}

/**
 * Formulas already parsed, by sheet and text (a tree is never changed once built): a sheet is
 * recalculated after every write and its preview read, with the same formulas each time.
 */
const parsed = new Map<string, FormulaExpr | null>();
const PARSED_LIMIT = 200_000;

/**
 * Parses a formula ("=IF(COUNT(C8:C9)=0,\"\",SUM(C8:C9))") of the supported language; undefined for
 * anything else. References naming a sheet are accepted only when it is `sheet`.
 */
export function parseFormula(text: string, sheet?: string): FormulaExpr | undefined {
  const key = `${sheet ?? ''}\u0000${text}`;
  const known = parsed.get(key);
  if (known !== undefined) return known ?? undefined;
  const tokens = tokenize(text);
  let expr: FormulaExpr | undefined;
  if (tokens && tokens.length > 0) {
    const parser = new Parser(tokens, sheet);
    const e = parser.comparison();
    expr = e && parser.done() ? e : undefined;
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(key, expr ?? null);
  return expr;
}

/** The rectangles a parsed formula reads. */
export function formulaRects(expr: FormulaExpr): Rect[] {
  switch (expr.t) {
    case 'ref':
      return [expr.rect];
    case 'neg':
      return formulaRects(expr.e);
    case 'bin':
    case 'cmp':
      return [...formulaRects(expr.a), ...formulaRects(expr.b)];
    case 'fn':
      return expr.args.flatMap(formulaRects);
    default:
      return [];
  }
}

/**
 * The same-sheet rectangles any formula text mentions, found by pattern (for formulas the parser does
 * not take, to know whether their inputs changed). References to other sheets are left out.
 */
export function mentionedRects(text: string): Rect[] {
  const re = new RegExp(
    `(?<![A-Za-z0-9_$.])('(?:[^']|'')+'!|[A-Za-z_][A-Za-z0-9_.]*!)?(${CELL}(?::${CELL})?)(?![A-Za-z0-9_(])`,
    'g',
  );
  const out: Rect[] = [];
  for (const m of text.replace(/"(?:[^"]|"")*"/g, '""').matchAll(re)) {
    if (m[1] !== undefined) continue;
    const ref = refOf(m[2] ?? '', undefined);
    if (ref) out.push(ref.rect);
  }
  return out;
}
