import type { ExcelContextSubset } from '../../src/hosts/office/excel-subset';
import { FakeExcel } from './fake-excel';

describe('the fake Excel enforces what Office.js enforces', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const fake = new FakeExcel(['Sheet1']);
    fake.seed('Sheet1', 'A1', { value: 7645 });
    await fake.run(async (context: ExcelContextSubset) => {
      const range = context.workbook.worksheets.getItemOrNullObject('Sheet1').getRange('A1');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([[7645]]);
      expect(() => range.text).toThrow(/PropertyNotLoaded/);
    });
  });

  it('knows isNullObject only after a sync', async () => {
    const fake = new FakeExcel(['Sheet1']);
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Không có');
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('runs writes only at sync, counts syncs and writes per cell', async () => {
    const fake = new FakeExcel(['Sheet1']);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject('Sheet1').getRange('A1:B1').formulas = [[1, '=A1']];
      expect(fake.cell('Sheet1', 'A1').value).toBeNull();
      await context.sync();
    });
    expect(fake.cell('Sheet1', 'A1').value).toBe(1);
    expect(fake.cell('Sheet1', 'B1').formula).toBe('=A1');
    expect(fake.syncCount).toBe(1);
    expect([...fake.cellWrites.entries()]).toEqual([
      ['Sheet1!A1', 1],
      ['Sheet1!B1', 1],
    ]);
    expect(fake.writesWhileCalculating).toBe(1);
  });

  it('coerces numeric-looking text as Excel does, unless it starts with an apostrophe', async () => {
    const fake = new FakeExcel(['Sheet1']);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject('Sheet1').getRange('A1:B1').values = [
        ['1469', "'1469"],
      ];
      await context.sync();
    });
    expect([fake.cell('Sheet1', 'A1').value, fake.cell('Sheet1', 'B1').value]).toEqual([1469, '1469']);
  });

  it('refuses a request over 5 MB as a whole', async () => {
    const fake = new FakeExcel(['Sheet1']);
    const big = 'x'.repeat(3 * 1024 * 1024);
    const error: unknown = await fake
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject('Sheet1');
        sheet.getRange('A1').values = [[big]];
        sheet.getRange('A2').values = [[big]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(/RequestPayloadSizeLimitExceeded/);
    expect(fake.grid('Sheet1')).toEqual({});
  });

  it('refuses an array whose shape does not match the range', async () => {
    const fake = new FakeExcel(['Sheet1']);
    const run = fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject('Sheet1').getRange('A1:B2').values = [[1, 2]];
      await context.sync();
    });
    await expect(run).rejects.toThrow(/does not match/);
  });
});

describe('the fake Excel models the calculation mode', () => {
  it('gives the calculation mode only after load and sync', async () => {
    const fake = new FakeExcel(['Sheet1']);
    fake.calculationMode = 'Manual';
    await fake.run(async (context) => {
      const application = context.workbook.application;
      expect(() => application.calculationMode).toThrow(/PropertyNotLoaded/);
      application.load('calculationMode');
      expect(() => application.calculationMode).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(application.calculationMode).toBe('Manual');
      expect(() => application.load('calculationState')).toThrow(/does not model/);
    });
  });

  it('leaves a manual workbook uncalculated after a write, and reads its results as stale until calculated', async () => {
    const fake = new FakeExcel(['Sheet1']);
    fake.calculationMode = 'Manual';
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Sheet1');
      sheet.getRange('A1').values = [[5]];
      await context.sync();
      expect(fake.uncalculated).toBe(true);
      sheet.getRange('A1').load('values');
      await context.sync();
      expect([fake.staleReads, fake.lastReadStale]).toEqual([1, true]);
      context.workbook.application.calculate('Recalculate');
      sheet.getRange('A1').load('values');
      await context.sync();
    });
    expect([fake.uncalculated, fake.recalculations, fake.staleReads, fake.lastReadStale]).toEqual([
      false,
      1,
      1,
      false,
    ]);
  });

  it('recalculates by itself in automatic mode', async () => {
    const fake = new FakeExcel(['Sheet1']);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject('Sheet1').getRange('A1').values = [[5]];
      await context.sync();
    });
    expect(fake.uncalculated).toBe(false);
  });

  it('refuses a recalculation queued in a batch whose calculation is suspended', async () => {
    const fake = new FakeExcel(['Sheet1']);
    fake.calculationMode = 'Manual';
    const run = fake.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItemOrNullObject('Sheet1').getRange('A1').values = [[5]];
      context.workbook.application.calculate('Recalculate');
      await context.sync();
    });
    await expect(run).rejects.toThrow(/calculation suspended/);
    expect(fake.recalculations).toBe(0);
  });
});
