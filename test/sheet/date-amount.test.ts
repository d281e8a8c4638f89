/** A money cell whose number format is a date or time is a finding at that cell, never an amount. */
import { checkPlan } from '../../src/app/check';
import { isDateFormat, readPlanFromSnapshot } from '../../src/sheet';
import { builtExample, examplePlanValue, twoLeaves } from '../hosts/recalc-helpers';

describe('isDateFormat', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['d/m/yy', true],
    ['[$-vi-VN]d mmm yyyy', true],
    ['h:mm:ss', true],
    ['[h]:mm', true],
    ['mm:ss.0', true],
    ['yyyy-mm-dd hh:mm AM/PM', true],
    ['General', false],
    ['#,##0', false],
    ['#,##0.00', false],
    ['0.0##%', false],
    ['#,##0 "ngày"', false],
    ['[Red]#,##0.00;[Blue]-#,##0.00', false],
    ['0.00E+00', false],
    ['@', false],
  ])('%s → %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe('a date typed into an amount cell', () => {
  it('is an error at that cell and its serial number is not read as an amount', async () => {
    const { host, sheet, cells } = await builtExample();
    const { a } = twoLeaves(examplePlanValue(), cells);
    const address = cells.amounts[a]?.nsdp ?? '';
    // =DATE(2024;5;6) or 6/5/2024 typed: the serial 45418 under a date format.
    await host.applyPatch({ sheet, cells: [{ address, value: 45418, numberFormat: 'dd/mm/yyyy' }] });
    const snap = await host.readSheet(sheet);
    if (!snap) throw new Error('no sheet');
    const read = readPlanFromSnapshot(snap);
    const found = read.findings.filter((f) => f.code === 'SHEET_DATE_AMOUNT');
    expect(found).toHaveLength(1);
    expect(found[0]?.where).toMatchObject({ kind: 'cell', address, item: a });
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.text.vi).toMatch(/định dạng ngày giờ \("dd\/mm\/yyyy"\)/);
    const item = read.plan.items.find((i) => i.code === a);
    expect(item?.stated.nsdp?.toFixed()).not.toBe('45418');
    const all = checkPlan(read.plan, read.findings);
    expect(all.some((f) => f.code === 'SHEET_DATE_AMOUNT')).toBe(true);
  });
});
