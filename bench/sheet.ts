/**
 * Times the sheet layer on a 10 000-row plan: building the template patch (target ≤ 200 ms on the
 * 2-core CI machine) and reading the resulting sheet back. Run with `npx tsx bench/sheet.ts`.
 */
import { QD90 } from '../src/domain/catalogue';
import { bigPlan } from '../test/fixtures/big-plan';
import { time } from './timing';
import { buildTemplate, readPlanFromSnapshot } from '../src/sheet';
import type { CellSnapshot, SheetSnapshot } from '../src/sheet/types';

/** The sheet as Excel would hand it over: formulas shown with placeholder values (the reader reads them like any number). */
function snapshotOf(patch: ReturnType<typeof buildTemplate>['patch']): SheetSnapshot {
  const grid: CellSnapshot[][] = [];
  const empty: CellSnapshot = { value: null, text: '' };
  for (const w of patch.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(w.address);
    if (!m) continue;
    const row = Number(m[2]) - 1;
    const col = (m[1] ?? 'A').charCodeAt(0) - 65;
    while (grid.length <= row) grid.push(Array.from({ length: 10 }, () => empty));
    const value = w.formula !== undefined ? 1 : (w.value ?? null);
    grid[row]![col] = {
      value,
      text: value === null ? '' : String(value),
      ...(w.formula ? { formula: w.formula } : {}),
    };
  }
  return { sheet: patch.sheet, originRow: 0, originCol: 0, rows: grid, names: { ...patch.names } };
}

/** Median times of the sheet layer's two heavy operations on a 10 000-row plan. */
export function benchSheet(): { label: string; medianMs: number }[] {
  const plan = bigPlan(10_000);
  const rows = plan.items.length;
  let patch = buildTemplate({ year: 2024, locality: 'bench', plan }).patch;
  const build = time(11, () => {
    patch = buildTemplate({ year: 2024, locality: 'bench', plan }).patch;
  });
  const snapshot = snapshotOf(patch);
  let read = 0;
  const readMs = time(11, () => {
    read = readPlanFromSnapshot(snapshot).plan.items.length;
  });
  if (read < rows - QD90.entries.length) throw new Error(`bench: read ${read} of ${rows} rows`);
  return [
    { label: `templatePatch, ${rows} rows (${patch.cells.length} cells)`, medianMs: build.median },
    { label: `readPlanFromSnapshot, ${rows} rows`, medianMs: readMs.median },
  ];
}

if (require.main === module) {
  for (const r of benchSheet()) console.log(`${r.label}: ${r.medianMs.toFixed(1)} ms (median)`);
}
