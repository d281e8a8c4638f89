/**
 * A date in an amount cell: the spreadsheet's sums add its serial number, the reading does not, so
 * the row's total disagrees by exactly that number — told as the date's consequence, not as a second error.
 */
import { checkSheetRead } from '../../src/app/check';
import { itemOf } from '../../src/domain/findings';
import { readPlanFromSnapshot } from '../../src/sheet';
import { builtExample, examplePlanValue, twoLeaves } from '../hosts/recalc-helpers';

async function withDate(serial: number) {
  const { host, sheet, cells } = await builtExample();
  const { a } = twoLeaves(examplePlanValue(), cells);
  const address = cells.amounts[a]?.nsdp ?? '';
  // The host recalculates the template's sums after the write, as a spreadsheet would.
  await host.applyPatch({ sheet, cells: [{ address, value: serial, numberFormat: 'dd/mm/yyyy' }] });
  const snap = await host.readSheet(sheet);
  if (!snap) throw new Error('no sheet');
  return { read: readPlanFromSnapshot(snap), address, item: a };
}

describe('the consequences of a date in an amount cell', () => {
  it('carries the serial on the date finding and groups the total it spoils under its cell', async () => {
    // 31/12/2025: another date than the other tests use, so nothing matches by accident.
    const serial = (Date.UTC(2025, 11, 31) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const { read, address, item } = await withDate(serial);
    const findings = checkSheetRead(read);
    const date = findings.find((f) => f.code === 'SHEET_DATE_AMOUNT');
    expect(date).toMatchObject({ severity: 'error', where: { kind: 'cell', address } });
    expect(date?.actual?.toFixed()).toBe(String(serial));
    const total = findings.find((f) => f.code === 'ITEM_TOTAL' && itemOf(f.where) === item);
    expect(total?.difference?.abs().toFixed()).toBe(String(serial));
    expect(total?.severity).toBe('info');
    expect(total?.text.vi).toContain(`(do ô ${address}: ngày tháng trong ô số tiền`);
    expect(total?.text.en).toContain(`(caused by ${address}: a date in an amount cell`);
  });

  it('leaves a disagreement the date does not explain an error', async () => {
    const { read, item } = await withDate(45418);
    const stated = read.plan.items.find((i) => i.code === item)?.stated;
    if (!stated?.total) throw new Error('no total');
    // The row's total typed over with a figure that is off by something else than the serial.
    const plan = {
      ...read.plan,
      items: read.plan.items.map((i) =>
        i.code === item ? { ...i, stated: { ...i.stated, total: stated.total?.plus(7) } } : i,
      ),
    };
    const findings = checkSheetRead({ ...read, plan });
    const total = findings.find((f) => f.code === 'ITEM_TOTAL' && itemOf(f.where) === item);
    expect(total?.severity).toBe('error');
    expect(total?.text.vi).not.toContain('(do ô');
  });
});
