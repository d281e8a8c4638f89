/**
 * Formulas a write changed the inputs of but the host could not recalculate (outside Excel: a formula
 * the .xlsx host cannot evaluate, such as GNBV.PHANBO): a warning after the write naming them, and in
 * the next checks their figures are not compared — a finding that rests on such a cell says the figure
 * was not recalculated instead of reporting a discrepancy.
 */
import { at, finding, itemOf, TONG, type Finding } from '../domain/findings';
import { cellsOf, type ReadResult } from '../sheet';
import { APP_MESSAGES } from './messages';

/** The warning after a write that left `cells` of `sheet` not recalculated (at the first of them). */
export function notRecalculatedFinding(sheet: string, cells: readonly string[]): Finding {
  return finding({
    severity: 'warning',
    code: 'APP_NOT_RECALCULATED',
    where: at.cell(sheet, cells[0] ?? 'A1'),
    text: APP_MESSAGES.APP_NOT_RECALCULATED({ sheet, cells }),
  });
}

/** A finding that compares figures (it carries them), so a stale figure would make it false. */
function comparesFigures(f: Finding): boolean {
  return (
    f.severity !== 'info' &&
    (f.expected !== undefined || f.actual !== undefined || f.difference !== undefined)
  );
}

/**
 * The cells a comparing finding rests on: the cells it points at, the amounts of its row and of the
 * rows directly below it; for the plan's totals or a settings cell, the TỔNG CỘNG row and the top rows.
 */
function cellsBehind(f: Finding, read: ReadResult): string[] {
  const { cells, plan } = read;
  const out = new Set(cellsOf(f, cells));
  const amounts = (code: string): void => {
    for (const address of Object.values(cells.amounts[code] ?? {})) out.add(address);
  };
  const settingCell =
    f.where.kind === 'cell' && Object.values(cells.settings).includes(f.where.address) && !itemOf(f.where);
  const code = f.where.kind === 'plan' || settingCell ? TONG : itemOf(f.where);
  if (code === undefined) return [...out];
  amounts(code);
  const parent = code === TONG ? null : code;
  for (const item of plan.items) if (item.parent === parent) amounts(item.code);
  return [...out];
}

/** Sheet order of A1 addresses: by row, then column. */
function bySheetOrder(a: string, b: string): number {
  const row = (s: string) => Number(/\d+/.exec(s)?.[0] ?? 0);
  const col = (s: string) => /^[A-Z]+/i.exec(s)?.[0].toUpperCase() ?? '';
  return row(a) - row(b) || col(a).length - col(b).length || col(a).localeCompare(col(b));
}

/**
 * The check's findings with every comparison that rests on a not-recalculated cell replaced by one
 * APP_STALE_FIGURE warning naming those cells (once per set of cells, where the first of them was).
 */
export function withStaleFigures(
  findings: readonly Finding[],
  read: ReadResult,
  stale: ReadonlySet<string>,
): Finding[] {
  if (stale.size === 0) return [...findings];
  const sheet = read.cells.sheet;
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const behind = comparesFigures(f) ? cellsBehind(f, read).filter((c) => stale.has(c)) : [];
    if (behind.length === 0) {
      out.push(f);
      continue;
    }
    const cells = behind.sort(bySheetOrder);
    const key = cells.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    const item = itemOf(f.where);
    out.push(
      finding({
        severity: 'warning',
        code: 'APP_STALE_FIGURE',
        where: at.cell(sheet, cells[0] ?? '', item === TONG ? undefined : item),
        text: APP_MESSAGES.APP_STALE_FIGURE({ sheet, cells }),
      }),
    );
  }
  return out;
}
