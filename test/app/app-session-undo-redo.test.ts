/**
 * Undo and redo over the session, in the memory and .xlsx hosts: a stack of at least 20 steps, exact
 * for values, formulas, number formats and styles (whole-sheet states compared), and a new write
 * forgets what could be redone.
 */
import ExcelJS from 'exceljs';
import { UNDO_DEPTH, WorkbookSession } from '../../src/app/session';
import type { WorkbookHost } from '../../src/hosts';
import { MemoryHost } from '../../src/hosts';
import { XlsxHost } from '../../src/hosts/xlsx';
import { mergeStyle } from '../../src/hosts/styles';
import { styleOf } from '../../src/hosts/xlsx/style';
import type { CellStyle, Patch } from '../../src/sheet/types';

const SHEET = 'Kế hoạch kinh phí';

/** Five writes touching values, formulas, number formats and styles, overlapping one another. */
const WRITES: readonly Patch[] = [
  {
    sheet: SHEET,
    cells: [
      { address: 'A1', value: 'Nội dung' },
      { address: 'B2', value: 120.5, numberFormat: '#,##0.00' },
      { address: 'B3', value: 30 },
    ],
  },
  { sheet: SHEET, cells: [{ address: 'B4', formula: '=SUM(B2:B3)', value: 150.5 }] },
  {
    sheet: SHEET,
    cells: [
      { address: 'B2', value: 200, style: { bold: true, fill: '#FFC7CE' } },
      { address: 'B3', numberFormat: '0.000' },
    ],
  },
  {
    sheet: SHEET,
    cells: [
      { address: 'A1', value: 'Tổng', style: { italic: true, color: '#C00000' } },
      { address: 'C5', formula: '=B4*2', value: 460 },
    ],
  },
  {
    sheet: SHEET,
    cells: [
      { address: 'B2', value: null, style: { fill: null, border: 'thin' } },
      { address: 'B4', value: 7, numberFormat: '0%' },
      { address: 'C5', value: 'ghi chú', style: { wrap: true, fontName: 'Times New Roman', fontSize: 13 } },
    ],
  },
];

interface Subject {
  readonly host: WorkbookHost;
  /** The whole sheet: every cell's value, formula, number format and style. */
  readonly state: () => Promise<unknown>;
}

function memorySubject(): Subject {
  const host = new MemoryHost([SHEET]);
  return { host, state: () => Promise.resolve(JSON.parse(JSON.stringify(host.dump(SHEET)))) };
}

/**
 * The .xlsx host's sheet after a save and reload: what a read gives (values, cached results, formulas,
 * number formats) and each cell's style as the contract sees it (properties that differ from Excel's
 * defaults: an explicit "Calibri 11" is the same style as none).
 */
function xlsxSubject(): Subject {
  const host = XlsxHost.empty([SHEET]);
  return {
    host,
    state: async () => {
      const bytes = await host.toBytes();
      const reopened = await XlsxHost.fromBuffer(bytes);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      const styles: Record<string, CellStyle> = {};
      workbook.getWorksheet(SHEET)?.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const style = mergeStyle({}, styleOf(cell));
          if (Object.keys(style).length > 0) styles[cell.address] = style;
        }),
      );
      return { snapshot: await reopened.readSheet(SHEET), styles };
    },
  };
}

describe.each([
  ['memory', memorySubject],
  ['xlsx', xlsxSubject],
])('undo and redo in the %s host', (_name, make) => {
  it('5 writes, undo ×5, redo ×2 give back exactly the states they should', async () => {
    const { host, state } = make();
    const session = new WorkbookSession(host);
    const states = [await state()];
    for (const patch of WRITES) {
      expect((await session.write({ patch, confirmed: true })).kind).toBe('done');
      states.push(await state());
    }
    // Every write changed something.
    for (let i = 1; i < states.length; i++) expect(states[i]).not.toEqual(states[i - 1]);
    expect(session.canRedo()).toBe(false);
    for (let i = 4; i >= 0; i--) {
      expect((await session.undo()).kind).toBe('done');
      expect(await state()).toEqual(states[i]);
    }
    expect(session.canUndo()).toBe(false);
    expect((await session.undo()).kind).toBe('failed');
    for (let i = 1; i <= 2; i++) {
      const redone = await session.redo();
      expect(redone.kind).toBe('done');
      expect(redone.text.vi).toMatch(/^Đã làm lại: ghi lại \d+ ô trên trang "Kế hoạch kinh phí"\.$/);
      expect(await state()).toEqual(states[i]);
    }
    expect(session.canRedo()).toBe(true);
    expect(session.canUndo()).toBe(true);
  });

  it('a new write forgets what could be redone', async () => {
    const { host } = make();
    const session = new WorkbookSession(host);
    for (const patch of WRITES.slice(0, 3)) await session.write({ patch, confirmed: true });
    await session.undo();
    expect(session.canRedo()).toBe(true);
    await session.write({ patch: WRITES[3]!, confirmed: true });
    expect(session.canRedo()).toBe(false);
    const redo = await session.redo();
    expect(redo.kind).toBe('failed');
    expect(redo.text.vi).toBe('Không có thao tác nào để làm lại.');
  });
});

describe('the depth of undo', () => {
  it('undoes and redoes at least 20 writes exactly', async () => {
    expect(UNDO_DEPTH).toBeGreaterThanOrEqual(20);
    const host = new MemoryHost([SHEET]);
    const session = new WorkbookSession(host);
    const states = [host.dump(SHEET)];
    for (let i = 1; i <= 25; i++) {
      await session.write({
        patch: {
          sheet: SHEET,
          cells: [{ address: `B${(i % 4) + 1}`, value: i * 10, numberFormat: `0.${'0'.repeat(i % 3)}` }],
        },
        confirmed: true,
      });
      states.push(host.dump(SHEET));
    }
    for (let i = 24; i >= 0; i--) {
      expect((await session.undo()).kind).toBe('done');
      expect(host.dump(SHEET)).toEqual(states[i]);
    }
    for (let i = 1; i <= 25; i++) {
      expect((await session.redo()).kind).toBe('done');
      expect(host.dump(SHEET)).toEqual(states[i]);
    }
  });

  it(`forgets writes older than ${UNDO_DEPTH}`, async () => {
    const session = new WorkbookSession(new MemoryHost([SHEET]));
    for (let i = 0; i < UNDO_DEPTH + 3; i++) {
      await session.write({ patch: { sheet: SHEET, cells: [{ address: 'A1', value: i }] }, confirmed: true });
    }
    let undone = 0;
    while (session.canUndo()) {
      await session.undo();
      undone++;
    }
    expect(undone).toBe(UNDO_DEPTH);
  });
});
