/**
 * The built workbook prints: each host carries a patch's page setup (A4, orientation, fit to one page
 * wide, margins of Nghị định 30/2020/NĐ-CP, header rows repeated) and row heights, and refuses a bad
 * one before writing anything.
 */
import { buildWorkbook } from '../../src/app/build';
import { MemoryHost } from '../../src/hosts/memory/memory-host';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { XlsxHost } from '../../src/hosts/xlsx';
import { DEFAULT_SECTION_SHEET, templatePatch } from '../../src/sheet';
import { OFFICIAL_MARGINS_CM } from '../../src/sheet/page-setup';
import type { Patch } from '../../src/sheet/types';
import { FakeExcel } from './fake-excel';
import { examplePlanValue } from './recalc-helpers';

const INCH = 2.54;

async function builtExample(draft: boolean): Promise<{ host: XlsxHost; sheet: string }> {
  const outcome = await buildWorkbook(
    examplePlanValue(),
    [],
    { year: 2025, locality: 'xã Thử' },
    { newWorkbook: (sheets = []) => Promise.resolve(XlsxHost.empty(sheets, { draft })) },
  );
  if (outcome.kind !== 'done') throw new Error(outcome.text.en);
  return { host: await XlsxHost.fromBuffer(outcome.value.bytes), sheet: outcome.value.sheet };
}

const small: Patch = {
  sheet: 'In',
  createSheet: true,
  cells: [{ address: 'A1', value: 'x' }],
  rowHeights: { 1: 30, 4: 45 },
  page: {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    repeatRows: [3, 4],
    marginsCm: OFFICIAL_MARGINS_CM,
  },
};

describe('the built workbook prints', () => {
  it.each([true, false])('with the page setup of each sheet (direct writer: %s)', async (draft) => {
    const { host, sheet } = await builtExample(draft);
    const plan = host.workbook.getWorksheet(sheet);
    const section = host.workbook.getWorksheet(DEFAULT_SECTION_SHEET);
    if (!plan || !section) throw new Error('sheets missing');
    expect(plan.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '10:11',
    });
    const m = plan.pageSetup.margins;
    expect([m?.top, m?.bottom, m?.left, m?.right].map((inches) => (inches ?? 0) * INCH)).toEqual([
      expect.closeTo(2, 3),
      expect.closeTo(2, 3),
      expect.closeTo(3, 3),
      expect.closeTo(1.5, 3),
    ]);
    expect(section.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    expect(section.pageSetup.printTitlesRow).toBeUndefined();
    // The "Kiểm tra" sheet prints like the plan table, its headings on every page.
    expect(host.workbook.getWorksheet('Kiểm tra')?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      printTitlesRow: '4:4',
    });
  });

  it('with rows tall enough for their wrapped text, the title included', async () => {
    const { host, sheet } = await builtExample(true);
    const ws = host.workbook.getWorksheet(sheet);
    if (!ws) throw new Error('no sheet');
    const height = (row: number) => ws.getRow(row).height ?? 15;
    // The title (13 pt bold) is taller than a default row.
    expect(height(1)).toBeGreaterThanOrEqual(20);
    // A row whose name wraps over three lines is at least three lines of 13 pt tall.
    let tallest = 0;
    ws.eachRow((row) => {
      const name = row.getCell(2).value;
      if (typeof name === 'string' && name.length > 120) tallest = Math.max(tallest, row.height ?? 0);
    });
    expect(tallest).toBeGreaterThanOrEqual(3 * 13);
    // The section's paragraphs too.
    const section = host.workbook.getWorksheet(DEFAULT_SECTION_SHEET);
    const heights: number[] = [];
    section?.eachRow((row) => heights.push(row.height ?? 15));
    expect(Math.min(...heights)).toBeGreaterThan(15);
  });
});

describe('the memory host', () => {
  it('keeps the page setup and row heights', async () => {
    const host = new MemoryHost([]);
    await host.applyPatch(small);
    expect(host.pageSetup('In')).toEqual(small.page);
    expect([host.rowHeight('In', 1), host.rowHeight('In', 2), host.rowHeight('In', 4)]).toEqual([
      30,
      undefined,
      45,
    ]);
  });

  it.each<[string, Partial<Patch>]>([
    ['repeated rows upside down', { page: { paper: 'A4', orientation: 'portrait', repeatRows: [4, 3] } }],
    ['row 0 repeated', { page: { paper: 'A4', orientation: 'portrait', repeatRows: [0, 1] } }],
    ['a fraction of a page', { page: { paper: 'A4', orientation: 'portrait', fitToWidth: 0.5 } }],
    [
      'a negative margin',
      {
        page: { paper: 'A4', orientation: 'portrait', marginsCm: { top: -1, bottom: 2, left: 3, right: 2 } },
      },
    ],
    ['a row too tall', { rowHeights: { 3: 500 } }],
    ['row 0', { rowHeights: { 0: 20 } }],
  ])('refuses %s, writing nothing', async (_label, bad) => {
    for (const host of [new MemoryHost([]), XlsxHost.empty([])]) {
      await expect(
        host.applyPatch({ ...small, page: undefined, rowHeights: undefined, ...bad }),
      ).rejects.toThrow(/không hợp lệ/);
      expect(await host.listSheets()).toEqual([]);
    }
  });
});

describe('the Office host', () => {
  it('sets the page layout, print titles and row heights through the API', async () => {
    const fake = new FakeExcel(['Sheet1']);
    const host = new OfficeHost(fake.run);
    await host.applyPatch(small);
    const sheet = fake.sheets.get('In');
    const points = (cm: number): unknown => expect.closeTo((cm / INCH) * 72, 1);
    expect(sheet?.page).toEqual({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      topMargin: points(2),
      bottomMargin: points(2),
      leftMargin: points(3),
      rightMargin: points(1.5),
      headerMargin: 21.6,
      footerMargin: 21.6,
      printTitleRows: '$3:$4',
    });
    expect([...(sheet?.heights ?? [])].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 30],
      [3, 45],
    ]);
  });

  it('writes the template with the plan sheet landscape and its heights in runs', async () => {
    const fake = new FakeExcel(['Sheet1']);
    const host = new OfficeHost(fake.run);
    const patch = templatePatch({ year: 2025, locality: 'xã Thử', plan: examplePlanValue() });
    await host.applyPatch(patch);
    const sheet = fake.sheets.get(patch.sheet);
    expect(sheet?.page['orientation']).toBe('Landscape');
    expect(sheet?.page['printTitleRows']).toBe('$10:$11');
    for (const [row, pts] of Object.entries(patch.rowHeights ?? {})) {
      expect([row, sheet?.heights.get(Number(row) - 1)]).toEqual([row, pts]);
    }
  });
});
