/**
 * Times the sheet layer on a 10 000-row plan: building the template patch (target ≤ 200 ms on the
 * 2-core CI machine) and reading the resulting sheet back. Run with `npx tsx bench/sheet.ts`.
 */
import { dec, type Dec } from '../src/domain/money';
import type { Plan, PlanItem } from '../src/domain/plan';
import { QD90 } from '../src/domain/catalogue';
import { buildTemplate, readPlanFromSnapshot } from '../src/sheet';
import type { CellSnapshot, SheetSnapshot } from '../src/sheet/types';

/** A plan with nội dung and nội dung thành phần under every leaf of the catalogue, ~10 000 rows. */
function bigPlan(rows: number): Plan {
  const leaves = QD90.entries.filter((e) => !QD90.entries.some((c) => c.parent === e.code));
  const perLeaf = Math.ceil(rows / leaves.length / 11);
  const items: PlanItem[] = QD90.entries.map((e) => ({
    code: e.code,
    name: e.title,
    level: e.level,
    parent: e.parent,
    applicable: true,
    stated: {},
  }));
  let n = 0;
  for (const leaf of leaves) {
    for (let i = 1; i <= perLeaf; i++) {
      const nd = `${leaf.code}.n${i}`;
      items.push({
        code: nd,
        name: `Nội dung ${i}`,
        level: leaf.level + 1,
        parent: leaf.code,
        applicable: true,
        stated: {},
      });
      for (let k = 1; k <= 10; k++) {
        const amount: Dec = dec(((n * 7919) % 100000) + 1).dividedBy(100);
        n++;
        items.push({
          code: `${nd}.${k}`,
          name: `Nội dung thành phần ${k}`,
          level: leaf.level + 2,
          parent: nd,
          applicable: true,
          stated: { nstw_su_nghiep: amount, nsdp: dec(k) },
        });
      }
    }
  }
  return { catalogueId: QD90.id, unit: 'trieu_dong', year: 2024, items, statedTotals: null };
}

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

function median(runs: number, f: () => void): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Median times of the sheet layer's two heavy operations on a 10 000-row plan. */
export function benchSheet(): { label: string; medianMs: number }[] {
  const plan = bigPlan(10_000);
  const rows = plan.items.length;
  let patch = buildTemplate({ year: 2024, locality: 'bench', plan }).patch;
  const build = median(11, () => {
    patch = buildTemplate({ year: 2024, locality: 'bench', plan }).patch;
  });
  const snapshot = snapshotOf(patch);
  let read = 0;
  const readMs = median(11, () => {
    read = readPlanFromSnapshot(snapshot).plan.items.length;
  });
  if (read < rows - QD90.entries.length) throw new Error(`bench: read ${read} of ${rows} rows`);
  return [
    { label: `templatePatch, ${rows} rows (${patch.cells.length} cells)`, medianMs: build },
    { label: `readPlanFromSnapshot, ${rows} rows`, medianMs: readMs },
  ];
}

if (require.main === module) {
  for (const r of benchSheet()) console.log(`${r.label}: ${r.medianMs.toFixed(1)} ms (median)`);
}
