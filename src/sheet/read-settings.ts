/**
 * Reads the settings block: each value by its workbook name (GNBV_NSTW_GIAO, …) so it is found
 * after the user moved it, else by its label in the block, else not at all (a setting is optional).
 */
import { fromCellNumber, parseAmount, type Dec } from '../domain/money';
import { parseCell } from './a1';
import { SETTINGS, type SettingKey } from './layout';
import { badSetting, type SheetFinding } from './sheet-findings';
import { norm, type Grid } from './read-grid';

export interface SettingsRead {
  readonly values: Partial<Record<SettingKey, Dec>>;
  readonly cells: Partial<Record<SettingKey, string>>;
}

function findByLabel(grid: Grid, label: string): { row: number; col: number } | undefined {
  const wanted = norm(label);
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      if (norm(grid.text(r, c)) !== wanted) continue;
      for (let v = c + 1; v <= grid.right; v++) {
        if (grid.text(r, v) !== '') return { row: r, col: v };
      }
      return { row: r, col: c + 1 };
    }
  }
  return undefined;
}

function readValue(grid: Grid, row: number, col: number, ratio: boolean): Dec | undefined | 'bad' {
  const cell = grid.cell(row, col);
  if (typeof cell.value === 'number') return fromCellNumber(cell.value) ?? 'bad';
  const text = (typeof cell.value === 'string' ? cell.value : cell.text).trim();
  if (text === '') return undefined;
  const percent = ratio && text.endsWith('%');
  const parsed = parseAmount(percent ? text.slice(0, -1) : text, 'vi');
  if (!parsed.ok) return 'bad';
  return percent ? parsed.value.value.dividedBy(100) : parsed.value.value;
}

export function readSettings(grid: Grid, findings: SheetFinding[]): SettingsRead {
  const values: Partial<Record<SettingKey, Dec>> = {};
  const cells: Partial<Record<SettingKey, string>> = {};
  for (const s of SETTINGS) {
    // Its name as any catalogue tags it (GNBV_BUOC, GNBV_BUOC_2026): only this sheet's names are listed.
    const names = grid.snapshot.names ?? {};
    const tagged = Object.keys(names).find((n) => n.startsWith(`${s.name}_`));
    const target = names[s.name] ?? (tagged === undefined ? undefined : names[tagged]);
    const pos =
      (target !== undefined ? parseCell(target.split(':')[0] ?? '') : undefined) ??
      findByLabel(grid, s.label);
    if (!pos) continue;
    const address = grid.address(pos.row, pos.col);
    cells[s.key] = address;
    const v = readValue(grid, pos.row, pos.col, s.key === 'ratio');
    if (v === undefined) continue;
    if (v === 'bad' || v.isNegative() || (s.key === 'step' && v.isZero())) {
      findings.push(badSetting(grid.snapshot.sheet, address, s.label, grid.text(pos.row, pos.col)));
      continue;
    }
    values[s.key] = v;
  }
  return { values, cells };
}
