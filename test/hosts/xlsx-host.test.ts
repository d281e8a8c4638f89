import type { Cell } from 'exceljs';
import { XlsxHost } from '../../src/hosts/xlsx';
import { readZipEntry } from '../../src/import/zip-entry';
import { nodeInflateRaw } from '../../src/platform/node';
import type { CellValue } from '../../src/sheet/types';
import { describeHostBehaviour, SHEET, type GridCell, type Harness } from './host-suite';

/** The shared suite's texts are those of an en-US Excel ("466.25"), so the harness shows numbers en-US. */
function xlsxHarness(host: XlsxHost = XlsxHost.empty(['Sheet1'], { locale: 'en' })): Harness & {
  xlsx: XlsxHost;
} {
  const wb = host.workbook;
  const sheetOf = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  return {
    xlsx: host,
    host,
    addSheet: (name) => void wb.addWorksheet(name),
    seed: (sheet, address, cell) => {
      const c = sheetOf(sheet).getCell(address);
      c.value =
        cell.formula !== undefined
          ? { formula: cell.formula.slice(1), result: cell.value as number }
          : cell.value;
      if (cell.numberFormat !== undefined) c.numFmt = cell.numberFormat;
    },
    grid: (sheet) => {
      const out: Record<string, GridCell> = {};
      sheetOf(sheet).eachRow((row) =>
        row.eachCell({ includeEmpty: true }, (c: Cell) => {
          const numberFormat = c.numFmt ?? 'General';
          const v = c.value as unknown;
          const formula = typeof c.formula === 'string' && c.formula !== '' ? `=${c.formula}` : undefined;
          const value =
            formula !== undefined
              ? ((c.result as CellValue | undefined) ?? null)
              : ((v ?? null) as CellValue);
          if (value === null && formula === undefined && numberFormat === 'General') return;
          out[c.address] = { value, ...(formula !== undefined ? { formula } : {}), numberFormat };
        }),
      );
      return out;
    },
    merges: (sheet) =>
      Object.values(
        (sheetOf(sheet) as unknown as { _merges: Record<string, { range: string }> })._merges,
      ).map((m) => m.range),
    writtenCells: () => null,
  };
}

describeHostBehaviour('XlsxHost', () => xlsxHarness());

describe('XlsxHost specifics', () => {
  it('saves and reopens: values, formulas with their results, formats, styles, merges, widths and names', async () => {
    const host = XlsxHost.empty(['Sheet1']);
    await host.applyPatch({
      sheet: SHEET,
      createSheet: true,
      cells: [
        { address: 'A1', value: 'Đơn vị tính: Triệu đồng', style: { italic: true, hAlign: 'right' } },
        { address: 'B2', value: 15089, numberFormat: '#,##0.00', style: { border: 'thin', fill: '#FFF3CD' } },
        {
          address: 'C2',
          value: 466.25,
          numberFormat: '#,##0.00',
          style: { fontName: 'Times New Roman', fontSize: 13 },
        },
        {
          address: 'D2',
          formula: '=SUM(B2:C2)',
          value: 15555.25,
          numberFormat: '#,##0.00',
          style: { bold: true },
        },
        { address: 'E2', formula: '=B2*2', numberFormat: '#,##0' },
        { address: 'F2', value: '1.469', numberFormat: '@' },
      ],
      merges: ['A1:D1'],
      columnWidths: { B: 42, C: 12.5 },
      names: { GNBV_BANG: 'A1:F2' },
    });
    const reopened = await XlsxHost.fromBuffer(await host.toBytes());
    expect(await reopened.listSheets()).toEqual(['Sheet1', SHEET]);
    const snap = await reopened.readSheet(SHEET);
    expect(snap?.names).toEqual({ GNBV_BANG: 'A1:F2' });
    const row = snap?.rows[1] ?? [];
    expect(row.map((c) => c.text)).toEqual(['', '15.089,00', '466,25', '15.555,25', '', '1.469']);
    expect(row[3]).toMatchObject({ value: 15555.25, formula: '=SUM(B2:C2)', numberFormat: '#,##0.00' });
    // Written without a result, never opened in a spreadsheet: no value to show, not a made-up zero.
    expect(row[4]).toMatchObject({ value: null, text: '', formula: '=B2*2' });
    expect(row[5]).toMatchObject({ value: '1.469', numberFormat: '@' });
    const ws = reopened.workbook.getWorksheet(SHEET);
    expect(ws?.getColumn('B').width).toBe(42);
    expect(ws?.getColumn('C').width).toBe(12.5);
    expect(ws?.getCell('B1').isMerged).toBe(true);
    expect(ws?.getCell('B2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFF3CD' } });
    expect(ws?.getCell('B2').border?.left?.style).toBe('thin');
    expect(ws?.getCell('C2').font).toMatchObject({ name: 'Times New Roman', size: 13 });
    expect(ws?.getCell('D2').font?.bold).toBe(true);
    expect(ws?.getCell('A1').alignment?.horizontal).toBe('right');
    const workbookXml = await readZipEntry(await host.toBytes(), 'xl/workbook.xml', nodeInflateRaw);
    expect(workbookXml.ok && new TextDecoder().decode(workbookXml.data)).toMatch(
      /<calcPr[^>]*fullCalcOnLoad="1"/,
    );
  });

  it('reads a merged range as its top-left content only, and clearing a covered cell keeps the merge', async () => {
    const host = XlsxHost.empty([SHEET]);
    await host.applyPatch({
      sheet: SHEET,
      cells: [
        { address: 'A1', value: 'STT' },
        { address: 'A2', value: null },
      ],
      merges: ['A1:A2'],
    });
    expect((await host.readSheet(SHEET))?.rows.map((r) => r[0]?.value)).toEqual(['STT', null]);
    // The template writes null into covered header cells every time it is inserted.
    await host.applyPatch({ sheet: SHEET, cells: [{ address: 'A2', value: null }], merges: ['A1:A2'] });
    expect((await host.readSheet(SHEET))?.rows[0]?.[0]?.value).toBe('STT');
    expect(host.workbook.getWorksheet(SHEET)?.getCell('A2').isMerged).toBe(true);
    // Content written into a covered cell must be visible: the merge is undone first.
    await host.applyPatch({ sheet: SHEET, cells: [{ address: 'A2', value: 'Ghi chú' }] });
    expect((await host.readSheet(SHEET))?.rows.map((r) => r[0]?.value)).toEqual(['STT', 'Ghi chú']);
  });

  it('changes the style of one cell of a loaded file without touching cells that shared it', async () => {
    const host = XlsxHost.empty([SHEET]);
    await host.applyPatch({
      sheet: SHEET,
      cells: ['A1', 'A2', 'A3'].map((address) => ({
        address,
        value: 1,
        numberFormat: '#,##0',
        style: { bold: true },
      })),
    });
    const loaded = await XlsxHost.fromBuffer(await host.toBytes());
    const ws = loaded.workbook.getWorksheet(SHEET);
    // exceljs hands the three cells one shared style object.
    expect(ws?.getCell('A1').style).toBe(ws?.getCell('A2').style);
    const { undo } = await loaded.applyPatch({
      sheet: SHEET,
      cells: [{ address: 'A2', numberFormat: '#,##0.00', style: { fill: '#F8D7DA', bold: false } }],
    });
    expect([ws?.getCell('A1').numFmt, ws?.getCell('A2').numFmt, ws?.getCell('A3').numFmt]).toEqual([
      '#,##0',
      '#,##0.00',
      '#,##0',
    ]);
    expect(ws?.getCell('A1').font?.bold).toBe(true);
    expect(ws?.getCell('A1').fill).not.toMatchObject({ pattern: 'solid' });
    expect(undo.cells).toEqual([
      { address: 'A2', value: 1, numberFormat: '#,##0', style: { fill: null, bold: true } },
    ]);
    await loaded.applyPatch(undo);
    expect(ws?.getCell('A2').font?.bold).toBe(true);
    expect(ws?.getCell('A2').fill).toMatchObject({ pattern: 'none' });
    expect(ws?.getCell('A2').numFmt).toBe('#,##0');
  });

  it('reads cached results a spreadsheet saved, error results as their text', async () => {
    const host = XlsxHost.empty([SHEET]);
    const ws = host.workbook.getWorksheet(SHEET);
    if (!ws) throw new Error('no sheet');
    ws.getCell('A1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('B1').value = { formula: 'SUM(C1:D1)', result: 7133.25 };
    ws.getCell('B1').numFmt = '#,##0.00;(#,##0.00);"-"';
    ws.getCell('C1').value = { formula: 'B1-B1', result: 0 };
    ws.getCell('C1').numFmt = '#,##0.00;(#,##0.00);"-"';
    ws.getCell('D1').value = -466.25;
    ws.getCell('D1').numFmt = '#,##0.00;(#,##0.00)';
    ws.getCell('E1').value = 0.05;
    ws.getCell('E1').numFmt = '0.0##%';
    ws.getCell('F1').value = { richText: [{ text: 'Dự án ' }, { text: '4' }] };
    const row = (await host.readSheet(SHEET))?.rows[0] ?? [];
    expect(row.map((c) => [c.value, c.text])).toEqual([
      [null, '#DIV/0!'],
      [7133.25, '7.133,25'],
      [0, '-'],
      [-466.25, '(466,25)'],
      [0.05, '5,0%'],
      ['Dự án 4', 'Dự án 4'],
    ]);
  });

  it('refuses to open bytes that are not a workbook', async () => {
    await expect(XlsxHost.fromBuffer(new TextEncoder().encode('không phải xlsx'))).rejects.toThrow();
  });

  it('opens on the sheet last selected, with the cell active', async () => {
    const host = XlsxHost.empty(['Sheet1', SHEET]);
    await host.select(SHEET, '$E$14');
    const reopened = await XlsxHost.fromBuffer(await host.toBytes());
    expect(await reopened.activeSheet()).toBe(SHEET);
    expect(reopened.workbook.getWorksheet(SHEET)?.views[0]?.activeCell).toBe('E14');
    await expect(host.select('Không có', 'A1')).rejects.toMatchObject({ code: 'noSheet' });
  });
});
