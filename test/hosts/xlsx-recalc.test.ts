/**
 * The xlsx host recomputes the template's formulas exactly after a write, so what it reads back (and
 * what a check sees) is true without a spreadsheet having opened the file.
 */
import { checkPlan } from '../../src/app/check';
import { dec } from '../../src/domain/money';
import { XlsxHost } from '../../src/hosts/xlsx';
import { readPlanFromSnapshot } from '../../src/sheet';
import { builtExample, examplePlanValue, twoLeaves, valueAt } from './recalc-helpers';

describe('XlsxHost recalculation after a write', () => {
  it('gives every template sum its exact result, and a check of the sheet finds no error', async () => {
    const { host, sheet, cells } = await builtExample();
    const plan = examplePlanValue();
    const { parent, a, b } = twoLeaves(plan, cells);
    const at = (code: string) => cells.amounts[code]?.nsdp ?? '';
    const before = await host.readSheet(sheet);
    if (!before) throw new Error('no sheet');
    const others = plan.items
      .filter((i) => i.parent === parent && i.code !== a && i.code !== b)
      .map((i) => valueAt(before, at(i.code))?.value)
      .filter((v): v is number => typeof v === 'number')
      .reduce((s, v) => s.plus(dec(String(v))), dec(0));

    const written = await host.applyPatch({
      sheet,
      cells: [
        { address: at(a), value: 0.1 },
        { address: at(b), value: 0.2 },
      ],
    });
    expect(written.notRecalculated).toBeUndefined();
    const after = await host.readSheet(sheet);
    if (!after) throw new Error('no sheet');
    const parentValue = valueAt(after, at(parent))?.value;
    expect(typeof parentValue).toBe('number');
    expect(dec(String(parentValue)).equals(others.plus(dec('0.3')))).toBe(true);
    // The leaf's row total is exact too: no 0.30000000000000004 anywhere.
    for (const row of after.rows) {
      for (const c of row) {
        if (c.formula === undefined || typeof c.value !== 'number') continue;
        expect(String(c.value)).not.toMatch(/0000000|9999999/);
      }
    }
    const read = readPlanFromSnapshot(after);
    const errors = checkPlan(read.plan, read.findings).filter((f) => f.severity === 'error');
    // Every sum adds up; only the assigned NSĐP (the settings block) no longer matches the plan.
    expect(errors.map((f) => f.code)).toEqual(['SHEET_ASSIGNED_DIFFERS']);
    expect(errors[0]?.where).toMatchObject({ kind: 'cell', address: read.cells.settings.nsdpGiao });
  });

  it('keeps a formula it cannot compute, and reports it only when its inputs changed', async () => {
    const host = XlsxHost.empty(['S']);
    await host.applyPatch({
      sheet: 'S',
      cells: [
        { address: 'A1', value: 2 },
        { address: 'A2', value: 3 },
        { address: 'B1', formula: '=A1*10', value: 20 },
        { address: 'B2', formula: '=SUM(A1:A2)' },
        { address: 'B3', formula: '=B1+1' },
        { address: 'C1', formula: '=C2+1' },
        { address: 'C2', formula: '=C1+1' },
      ],
    });
    const w = await host.applyPatch({ sheet: 'S', cells: [{ address: 'A2', value: 4.5 }] });
    expect(w.notRecalculated).toBeUndefined();
    const w2 = await host.applyPatch({ sheet: 'S', cells: [{ address: 'A1', value: 7 }] });
    expect(w2.notRecalculated).toEqual(['B1', 'B3']);
    const snap = await host.readSheet('S');
    const cell = (a: string) => (snap ? valueAt(snap, a)?.value : undefined);
    expect(cell('B2')).toBe(11.5);
    // Never invented: the multiplication keeps its last result until a spreadsheet computes it.
    expect(cell('B1')).toBe(20);
    expect(cell('B3')).toBe(21);
    // The cycle is not computed (no result) and, its inputs unchanged, not reported.
    expect(cell('C1')).toBeNull();
  });
});
