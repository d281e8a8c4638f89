/**
 * Groups a workbook check's findings under the text numbers that cause them. A text number in an
 * amount cell is a warning at its cell (SHEET_TEXT_NUMBER); the sums that disagree only because the
 * spreadsheet did not add that text — the row's, its parents', the plan's — are told as its
 * consequences ("do ô C15" / "caused by C15") and lowered to information, not repeated as
 * independent errors. (Where each finding points is {@link cellsOf}'s job.)
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

interface TextFigure {
  readonly address: string;
  readonly code: string;
  readonly value: Dec;
}

/** The text numbers the reader found, with the figure each was read as. */
function textFigures(findings: readonly Finding[], cells: CellMap, plan: Plan): TextFigure[] {
  const out: TextFigure[] = [];
  for (const f of findings) {
    if (f.code !== 'SHEET_TEXT_NUMBER' || f.where.kind !== 'cell' || f.where.item === undefined) continue;
    const { address, item: code } = f.where;
    const key = AMOUNT_KEYS.find((k) => cells.amounts[code]?.[k] === address);
    const stated = statedOf(plan, code);
    const value = key === undefined || !stated ? undefined : amountOf(stated, key);
    if (value !== undefined) out.push({ address, code, value });
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

/** The text cells a disagreement of `difference` about `code` comes from, or [] when it is not theirs. */
function causesOf(
  code: string,
  difference: Dec,
  texts: readonly TextFigure[],
  parents: ReadonlyMap<string, string | null>,
): string[] {
  const inside = texts.filter((t) => under(t.code, code, parents));
  if (inside.length === 0) return [];
  const d = difference.abs();
  const one = inside.find((t) => t.value.abs().equals(d));
  if (one) return [one.address];
  const all = inside.reduce((s, t) => s.plus(t.value), d.minus(d));
  return all.abs().equals(d) ? inside.map((t) => t.address) : [];
}

/** Findings caused by text numbers, told as their consequences and lowered to information. */
export function groupTextCauses(findings: readonly Finding[], cells: CellMap, plan: Plan): Finding[] {
  const texts = textFigures(findings, cells, plan);
  if (texts.length === 0) return [...findings];
  const parents = new Map(plan.items.map((i) => [i.code, i.parent]));
  return findings.map((f) => {
    if (f.severity === 'info' || f.difference === undefined || f.code.startsWith('SHEET_')) return f;
    const code = codeOf(f);
    const causes = code === undefined ? [] : causesOf(code, f.difference, texts, parents);
    if (causes.length === 0) return f;
    const list = causes.join(', ');
    return {
      ...f,
      severity: 'info',
      text: {
        vi: `${f.text.vi} (do ô ${list}: số dạng văn bản không được cộng vào công thức tổng)`,
        en: `${f.text.en} (caused by ${list}: a text figure the total formulas do not add)`,
      },
    };
  });
}
