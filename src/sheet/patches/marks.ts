/**
 * Colours the cells findings are about: light red (#F8D7DA) for errors, light yellow (#FFF3CD)
 * for warnings (information findings are not marked). A finding located at a cell marks that cell;
 * a finding about an item (or the plan's totals) marks the amount its rule is about when the rule
 * has one (ITEM_TOTAL the total, NSTW_SPLIT the NSTW total…), else the amount whose figure the finding
 * reports (its `actual`, when the cell map carries the figures read), else the item's whole row.
 */
import { itemOf, TONG, type Finding } from '../../domain/findings';
import { AMOUNT_KEYS, type AmountKey } from '../../domain/plan';
import { cellAddress, parseRange } from '../a1';
import type { CellMap } from '../cell-map';
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

/**
 * Addresses a finding points at on the sheet `cells` describes (none when it is not on it): a cell
 * finding gives its address; an item (or the plan's totals, the `TONG` row) maps through the cell map.
 */
export function cellsOf(finding: Finding, cells: CellMap): string[] {
  const { where } = finding;
  if (where.kind === 'cell') return where.sheet === cells.sheet ? [where.address] : [];
  const code = where.kind === 'plan' ? TONG : itemOf(where);
  if (code === undefined) return [];
  const key = RULE_KEY[finding.code] ?? figureKey(finding, cells.figures?.[code]);
  const cell = key === undefined ? undefined : cells.amounts[code]?.[key];
  if (cell !== undefined) return [cell];
  const span = cells.rows[code];
  return span === undefined ? [] : expand(span);
}

/** The amount of a row whose figure is the one the finding reports (`actual`), in column order. */
function figureKey(
  finding: Finding,
  figures: Partial<Record<AmountKey, string>> | undefined,
): AmountKey | undefined {
  const actual = finding.actual?.toFixed();
  if (actual === undefined || !figures) return undefined;
  return AMOUNT_KEYS.find((k) => figures[k] === actual);
}

function expand(range: string): string[] {
  const r = parseRange(range);
  if (!r) return [];
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(cellAddress(row, col));
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
