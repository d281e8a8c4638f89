/**
 * checkWorkbook compares what the workbook states: the assigned totals of the settings block against
 * the plan's totals, and the settings block's step and counterpart ratio when no option overrides them.
 */
import { checkWorkbook } from '../../src/app/check';
import { dec } from '../../src/domain/money';
import { planAmount } from '../../src/domain/plan';
import { readPlanFromSnapshot } from '../../src/sheet';
import { builtExample, examplePlanValue, twoLeaves } from '../hosts/recalc-helpers';

async function checked(host: Awaited<ReturnType<typeof builtExample>>['host'], options = {}) {
  const o = await checkWorkbook(host, options);
  if (o.kind !== 'done') throw new Error(o.text.en);
  return o.value;
}

describe('checkWorkbook and the settings block', () => {
  it('reports an assigned total the plan no longer adds up to, at the setting’s cell, with both figures', async () => {
    const { host, sheet, cells } = await builtExample();
    expect((await checked(host)).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const plan = examplePlanValue();
    const { a } = twoLeaves(plan, cells);
    const address = cells.amounts[a]?.nstw_su_nghiep ?? '';
    const snap = await host.readSheet(sheet);
    const before = snap ? readPlanFromSnapshot(snap).plan : plan;
    const item = before.items.find((i) => i.code === a);
    const old = item?.stated.nstw_su_nghiep ?? dec(0);
    await host.applyPatch({ sheet, cells: [{ address, value: old.plus('12.5').toNumber() }] });

    const check = await checked(host);
    const errors = check.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toEqual(['SHEET_ASSIGNED_DIFFERS']);
    const f = errors[0];
    const assigned = planAmount(plan, 'nstw');
    expect(f?.expected?.equals(assigned ?? dec(-1))).toBe(true);
    expect(f?.actual?.equals(assigned?.plus('12.5') ?? dec(-1))).toBe(true);
    expect(f?.difference?.toFixed()).toBe('12.5');
    expect(check.cells[check.findings.indexOf(f ?? errors[0]!)]).toBe(cells.settings.nstwGiao);
    expect(f?.text.vi).toMatch(/NSTW được giao là .* chênh lệch 12,5/);
  });

  it('takes the counterpart ratio and the step from the settings block unless options say otherwise', async () => {
    const { host, sheet, cells } = await builtExample();
    await host.applyPatch({
      sheet,
      cells: [
        { address: cells.settings.ratio ?? '', value: 5 },
        { address: cells.settings.step ?? '', value: 7 },
      ],
    });
    const codes = async (options = {}) => new Set((await checked(host, options)).findings.map((f) => f.code));
    const fromSheet = await codes();
    expect(fromSheet.has('COUNTERPART_RATIO')).toBe(true);
    expect(fromSheet.has('STEP_DECIMALS')).toBe(true);
    const overridden = await codes({ ratio: dec('0.01'), step: dec('0.01') });
    expect(overridden.has('COUNTERPART_RATIO')).toBe(false);
    expect(overridden.has('STEP_DECIMALS')).toBe(false);
  });
});
