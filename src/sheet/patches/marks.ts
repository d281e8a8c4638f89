/**
 * Colours the cells findings are about: light red (#F8D7DA) for errors, light yellow (#FFF3CD)
 * for warnings (information findings are not marked). A finding that knows its cell
 * ({@link CellFinding}) marks that cell; a validation finding marks the amount its rule is about
 * when the rule has one (ITEM_TOTAL the total, NSTW_SPLIT the NSTW total…), else its whole row.
 */
import { TONG, type Finding } from '../../domain/findings';
import type { AmountKey } from '../../domain/plan';
import { parseCell, parseRange, a1 } from '../a1';
import type { CellFinding, CellMap } from '../cell-map';
import type { CellWrite, Patch } from '../types';

export const ERROR_FILL = '#F8D7DA';
export const WARNING_FILL = '#FFF3CD';

/** The amount a validation rule's finding is about, for the rules that concern one amount. */
const RULE_KEY: Readonly<Record<string, AmountKey>> = {
  ITEM_TOTAL: 'total',
  NSTW_SPLIT: 'nstw',
  COUNTERPART_RATIO: 'nsdp',
  INVESTMENT_NOT_ALLOWED: 'nstw_dau_tu',
};

/** Addresses a finding points at on the sheet `cells` describes (none when it is not on it). */
export function cellsOf(finding: Finding, cells: CellMap): string[] {
  const f = finding as CellFinding;
  if (f.cell !== undefined) return [f.cell];
  const row = cells.amounts[f.where];
  const key = f.key ?? RULE_KEY[f.code];
  if (row && key !== undefined && row[key] !== undefined) return [row[key]];
  const span = cells.rows[f.where];
  if (span !== undefined) return expand(span);
  if (f.where !== TONG && parseCell(f.where)) return [f.where];
  return [];
}

function expand(range: string): string[] {
  const r = parseRange(range);
  if (!r) return [];
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
  return out;
}

/** Fills for the findings' cells; an error wins over a warning on the same cell. */
export function markFindingsPatch(findings: readonly Finding[], cells: CellMap): Patch {
  const fill = new Map<string, string>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const colour = f.severity === 'error' ? ERROR_FILL : WARNING_FILL;
    for (const address of cellsOf(f, cells)) {
      if (fill.get(address) !== ERROR_FILL) fill.set(address, colour);
    }
  }
  const writes: CellWrite[] = [...fill].map(([address, colour]) => ({ address, style: { fill: colour } }));
  return { sheet: cells.sheet, cells: writes };
}

/**
 * Clears the fills {@link markFindingsPatch} set: give it that patch (or the addresses it marked).
 * Only those cells are cleared, so fills the user set elsewhere stay.
 */
export function clearMarksPatch(marked: Patch | readonly string[], sheet?: string): Patch {
  const addresses = Array.isArray(marked)
    ? (marked as readonly string[])
    : (marked as Patch).cells.map((c) => c.address);
  const target = Array.isArray(marked) ? (sheet ?? '') : (marked as Patch).sheet;
  return { sheet: target, cells: addresses.map((address) => ({ address, style: { fill: null } })) };
}
