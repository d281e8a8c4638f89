/**
 * Everything a workbook shows a user, as exceljs reads it back from .xlsx bytes: each sheet's cells
 * (value, shown text, formula with its cached result, number format, full style), merges, column
 * widths, row heights, view and page setup (paper, orientation, fit, margins, print titles); the workbook's names, active sheet and recalculate-on-load flag. Two workbooks a
 * user cannot tell apart give equal read-backs.
 */
import { XlsxHost } from '../../src/hosts/xlsx';
import { mergesOf } from '../../src/hosts/xlsx/merges';
import { readZipEntry } from '../../src/import/zip-entry';
import { nodeInflateRaw } from '../../src/platform/node';

export interface ReadBack {
  readonly sheets: readonly string[];
  readonly activeSheet: string;
  readonly fullCalcOnLoad: boolean;
  readonly names: readonly { name: string; ranges: readonly string[] }[];
  readonly perSheet: Record<string, unknown>;
}

async function fullCalcOnLoad(bytes: Uint8Array): Promise<boolean> {
  const part = await readZipEntry(bytes, 'xl/workbook.xml', nodeInflateRaw);
  return part.ok && /<calcPr[^>]*fullCalcOnLoad="1"/.test(new TextDecoder().decode(part.data));
}

/** The read-back of .xlsx bytes. */
export async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const host = await XlsxHost.fromBuffer(bytes);
  const wb = host.workbook;
  const perSheet: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const styles: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        styles[cell.address] = JSON.parse(JSON.stringify(cell.style ?? {})) as unknown;
      }),
    );
    const widths: Record<number, number | undefined> = {};
    for (let c = 1; c <= Math.max(ws.columnCount, 12); c++) widths[c] = ws.getColumn(c).width;
    const heights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      if (row.height !== undefined) heights[row.number] = row.height;
    });
    const p = ws.pageSetup;
    perSheet[ws.name] = {
      heights,
      page: {
        paperSize: p.paperSize,
        orientation: p.orientation,
        fitToPage: p.fitToPage,
        fitToWidth: p.fitToWidth,
        fitToHeight: p.fitToHeight,
        margins: p.margins,
        printTitlesRow: p.printTitlesRow,
      },
      snapshot: await host.readSheet(ws.name),
      styles,
      merges: mergesOf(ws).sort((a, b) => a.top - b.top || a.left - b.left),
      widths,
      activeCell: (ws.views as typeof ws.views | null)?.[0]?.activeCell,
    };
  }
  return {
    sheets: await host.listSheets(),
    activeSheet: await host.activeSheet(),
    // exceljs does not read the flag back; the workbook part says it.
    fullCalcOnLoad: await fullCalcOnLoad(bytes),
    names: [...wb.definedNames.model]
      .map((n) => ({ name: n.name, ranges: [...n.ranges] }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    perSheet,
  };
}
