/** Helpers of the recalculation tests: the example built into an xlsx host, and cells of it. */
import { examplePlan } from '../../src/app/example';
import type { Plan } from '../../src/domain/plan';
import { XlsxHost } from '../../src/hosts/xlsx';
import { parseCell, readPlanFromSnapshot, templatePatch, type CellMap } from '../../src/sheet';
import type { SheetSnapshot } from '../../src/sheet/types';

export function examplePlanValue(): Plan {
  const o = examplePlan();
  if (o.kind !== 'done') throw new Error('no example');
  return o.value.plan;
}

/** Two leaf items under one parent, with their rows on the sheet. */
export function twoLeaves(plan: Plan, cells: CellMap): { parent: string; a: string; b: string } {
  const hasKids = new Set(plan.items.map((i) => i.parent));
  for (const p of plan.items) {
    const kids = plan.items.filter(
      (i) => i.parent === p.code && !hasKids.has(i.code) && cells.amounts[i.code]?.nsdp !== undefined,
    );
    if (kids.length >= 2 && cells.amounts[p.code]?.nsdp !== undefined) {
      return { parent: p.code, a: kids[0]?.code ?? '', b: kids[1]?.code ?? '' };
    }
  }
  throw new Error('no parent with two leaves');
}

export function valueAt(snap: SheetSnapshot, address: string) {
  const pos = parseCell(address);
  if (!pos) throw new Error(address);
  return snap.rows[pos.row - snap.originRow]?.[pos.col - snap.originCol];
}

/** The example built into a new xlsx host, and its cell map. */
export async function builtExample() {
  const plan = examplePlanValue();
  const host = XlsxHost.empty([]);
  const patch = templatePatch({
    plan,
    year: plan.year ?? 2024,
    locality: plan.locality ?? 'thị xã Mường Lay',
  });
  await host.applyPatch(patch);
  const snap = await host.readSheet(patch.sheet);
  if (!snap) throw new Error('no sheet');
  return { host, sheet: patch.sheet, cells: readPlanFromSnapshot(snap).cells };
}
