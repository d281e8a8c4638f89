/**
 * The state of a downloaded workbook, cell by cell, read with the .xlsx host: for every sheet, every
 * non-empty cell's value, shown text, formula and number format (the host's snapshot) and its style
 * (font, fill, alignment, borders, as exceljs holds it). Two states compare as plain data, and a
 * difference is listed cell by cell.
 */
import { XlsxHost } from '../../src/hosts/xlsx';
import { cellAddress } from '../../src/sheet/a1';

/** One cell as the workbook holds it. */
export interface CellState {
  readonly value: unknown;
  readonly text: string;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style: string;
}

/** Sheet name → A1 address → cell (cells holding nothing, with no style, left out). */
export type WorkbookState = Readonly<Record<string, Readonly<Record<string, CellState>>>>;

/** Reads every sheet of the .xlsx `bytes`. */
export async function workbookState(bytes: Uint8Array): Promise<WorkbookState> {
  const host = await XlsxHost.fromBuffer(bytes);
  const out: Record<string, Record<string, CellState>> = {};
  for (const sheet of await host.listSheets()) {
    const snap = await host.readSheet(sheet);
    const ws = host.workbook.getWorksheet(sheet);
    const cells: Record<string, CellState> = {};
    snap?.rows.forEach((row, r) =>
      row.forEach((c, k) => {
        const address = cellAddress(snap.originRow + r, snap.originCol + k);
        const style = JSON.stringify(ws?.getCell(address).style ?? {});
        if (c.value === null && c.text === '' && c.formula === undefined && style === '{}') return;
        cells[address] = {
          value: c.value,
          text: c.text,
          ...(c.formula !== undefined ? { formula: c.formula } : {}),
          ...(c.numberFormat !== undefined ? { numberFormat: c.numberFormat } : {}),
          style,
        };
      }),
    );
    out[sheet] = cells;
  }
  return out;
}

/** The cells where two states differ ("Sheet!C12 value 8123.45 ≠ 7538"), empty when they are the same. */
export function stateDifferences(actual: WorkbookState, expected: WorkbookState): string[] {
  const out: string[] = [];
  const sheets = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  for (const sheet of sheets) {
    const a = actual[sheet];
    const e = expected[sheet];
    if (a === undefined || e === undefined) {
      out.push(`${sheet}: sheet ${a === undefined ? 'missing' : 'not expected'}`);
      continue;
    }
    for (const address of new Set([...Object.keys(a), ...Object.keys(e)])) {
      const x = a[address];
      const y = e[address];
      const fields = (['value', 'text', 'formula', 'numberFormat', 'style'] as const).filter(
        (f) => JSON.stringify(x?.[f]) !== JSON.stringify(y?.[f]),
      );
      const show = (c: CellState | undefined, f: (typeof fields)[number]): string =>
        c === undefined ? 'empty' : f === 'style' ? c.style : JSON.stringify(c[f]);
      if (fields.length > 0) {
        out.push(`${sheet}!${address} ${fields.map((f) => `${f} ${show(x, f)} ≠ ${show(y, f)}`).join('; ')}`);
      }
    }
  }
  return out;
}
