/**
 * Groups a workbook check's findings under the cells that cause them. A text number in an amount
 * cell is a warning at its cell (SHEET_TEXT_NUMBER); the sums that disagree only because the
 * spreadsheet did not add that text — the row's, its parents', the plan's — are told as its
 * consequences ("do ô C15" / "caused by C15") and lowered to information, not repeated as
 * independent errors. A date in an amount cell (SHEET_DATE_AMOUNT, an error at its cell) is the
 * other way round: the spreadsheet's sums add its serial number (45418 for 06/05/2024), the reading
 * does not, and the sums that disagree by that number are its consequences. (Where each finding
 * points is {@link cellsOf}'s job.)
 */
import { itemOf, TONG, type Finding } from '../domain/findings';
import type { Dec } from '../domain/money';
import { AMOUNT_KEYS, amountOf, type Plan, type StatedAmounts } from '../domain/plan';
import type { CellMap } from './cell-map';

/** The item code a finding is about (`TONG` for the plan's totals), if any. */
function codeOf(f: Finding): string | undefined {
  if (f.where.kind === 'plan') return TONG;
  return itemOf(f.where);
}

function statedOf(plan: Plan, code: string): StatedAmounts | undefined {
  if (code === TONG) return plan.statedTotals ?? undefined;
  return plan.items.find((i) => i.code === code)?.stated;
}

/** Why the spreadsheet's sums and the reading disagree about a cell. */
type Cause = 'text' | 'date';

interface CauseFigure {
  readonly address: string;
  readonly code: string;
  /** The figure the sums and the reading disagree by. */
  readonly value: Dec;
  readonly cause: Cause;
}

const BECAUSE: Readonly<Record<Cause, { readonly vi: string; readonly en: string }>> = {
  text: {
    vi: 'số dạng văn bản không được cộng vào công thức tổng',
    en: 'a text figure the total formulas do not add',
  },
  date: {
    vi: 'ngày tháng trong ô số tiền, công thức tổng cộng vào như một số',
    en: 'a date in an amount cell, which the total formulas add as a number',
  },
};

/**
 * The cells whose figure the spreadsheet's sums and the reading disagree about: each text number
 * with the figure it was read as, each date with its serial number.
 */
function causeFigures(findings: readonly Finding[], cells: CellMap, plan: Plan): CauseFigure[] {
  const out: CauseFigure[] = [];
  for (const f of findings) {
    if (f.where.kind !== 'cell' || f.where.item === undefined) continue;
    const { address, item: code } = f.where;
    if (f.code === 'SHEET_DATE_AMOUNT') {
      if (f.actual !== undefined) out.push({ address, code, value: f.actual, cause: 'date' });
      continue;
    }
    if (f.code !== 'SHEET_TEXT_NUMBER') continue;
    const key = AMOUNT_KEYS.find((k) => cells.amounts[code]?.[k] === address);
    const stated = statedOf(plan, code);
    const value = key === undefined || !stated ? undefined : amountOf(stated, key);
    if (value !== undefined) out.push({ address, code, value, cause: 'text' });
  }
  return out;
}

/** True when `code` is `root` or below it (everything is below `TONG`). */
function under(code: string, root: string, parents: ReadonlyMap<string, string | null>): boolean {
  if (root === TONG) return true;
  for (let c: string | null | undefined = code, n = 0; c && n < 64; c = parents.get(c), n++) {
    if (c === root) return true;
  }
  return false;
}

/** The cells a disagreement of `difference` about `code` comes from, or [] when it is not theirs. */
function causesOf(
  code: string,
  difference: Dec,
  figures: readonly CauseFigure[],
  parents: ReadonlyMap<string, string | null>,
): CauseFigure[] {
  const inside = figures.filter((t) => under(t.code, code, parents));
  if (inside.length === 0) return [];
  const d = difference.abs();
  const one = inside.find((t) => t.value.abs().equals(d));
  if (one) return [one];
  const all = inside.reduce((s, t) => s.plus(t.value), d.minus(d));
  return all.abs().equals(d) ? inside : [];
}

/** "(do ô E16: …)": the cells and, once per kind, why they make the sums disagree. */
function causedBy(causes: readonly CauseFigure[]): { vi: string; en: string } {
  const list = causes.map((c) => c.address).join(', ');
  const kinds = [...new Set(causes.map((c) => c.cause))];
  return {
    vi: `(do ô ${list}: ${kinds.map((k) => BECAUSE[k].vi).join('; ')})`,
    en: `(caused by ${list}: ${kinds.map((k) => BECAUSE[k].en).join('; ')})`,
  };
}

/**
 * Findings caused by text numbers or dates in amount cells, told as their consequences and lowered
 * to information.
 */
export function groupTextCauses(findings: readonly Finding[], cells: CellMap, plan: Plan): Finding[] {
  const figures = causeFigures(findings, cells, plan);
  if (figures.length === 0) return [...findings];
  const parents = new Map(plan.items.map((i) => [i.code, i.parent]));
  return findings.map((f) => {
    if (f.severity === 'info' || f.difference === undefined || f.code.startsWith('SHEET_')) return f;
    const code = codeOf(f);
    const causes = code === undefined ? [] : causesOf(code, f.difference, figures, parents);
    if (causes.length === 0) return f;
    const why = causedBy(causes);
    return {
      ...f,
      severity: 'info',
      text: { vi: `${f.text.vi} ${why.vi}`, en: `${f.text.en} ${why.en}` },
      causes: causes.map((c) => c.address),
    };
  });
}
