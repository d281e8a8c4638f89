/**
 * One exceljs cell as the host contract sees it. A formula reads as its cached result (what Excel or
 * LibreOffice computed when the file was last saved) or, when the file has none — a workbook written
 * by exceljs and never opened in a spreadsheet — as an empty value: exceljs does not calculate, and the
 * host does not pretend to. Error results read as null with the error's text, as in Office.js.
 */
import { ValueType, type Cell } from 'exceljs';
import type { CellSnapshot, CellValue } from '../../sheet/types';
import { GENERAL_FORMAT } from '../undo';
import { displayNumber, type DisplayLocale } from './display';

/** Excel's serial day 0 (1899-12-30) in Unix milliseconds, for dates exceljs hands back as Date. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A cell's value and shown text. */
interface Shown {
  readonly value: CellValue;
  readonly text: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/**
 * A plain (non-formula) value as the host contract holds it, with its shown text; with no locale the
 * text of a number is left empty (for readers that need the value alone).
 */
function plainValue(v: unknown, numberFormat: string | undefined, locale: DisplayLocale | null): Shown {
  if (v === null || v === undefined) return { value: null, text: '' };
  if (typeof v === 'number') {
    return { value: v, text: locale === null ? '' : displayNumber(v, numberFormat, locale) };
  }
  if (typeof v === 'string') return { value: v, text: v };
  if (typeof v === 'boolean') return { value: v, text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) {
    // exceljs turns numbers under a date format into Dates; the cell holds the serial number.
    const serial = (v.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
    return { value: serial, text: v.toISOString().slice(0, 10) };
  }
  if (isObject(v)) {
    if (typeof v['error'] === 'string') return { value: null, text: v['error'] };
    if (Array.isArray(v['richText'])) {
      const text = (v['richText'] as { text?: unknown }[])
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join('');
      return { value: text, text };
    }
    if (typeof v['text'] === 'string') return { value: v['text'], text: v['text'] };
  }
  return { value: null, text: '' };
}

/** The cell's number format, "General" when it has none. */
export function numberFormatOf(cell: Cell): string {
  const f = cell.numFmt;
  return typeof f === 'string' && f !== '' ? f : GENERAL_FORMAT;
}

/** Whether a cell is covered by a merge without being its top-left cell (it shows nothing). */
export function isMergeSlave(cell: Cell): boolean {
  return cell.type === ValueType.Merge;
}

/** The formula of a formula cell with its leading "=", or undefined for a constant. */
export function formulaOf(cell: Cell): string | undefined {
  if (cell.type !== ValueType.Formula) return undefined;
  // For a shared formula exceljs gives the formula translated to this cell.
  const f = cell.formula;
  return typeof f === 'string' && f !== '' ? `=${f}` : undefined;
}

/** The snapshot of one cell. */
export function snapshotCell(cell: Cell, locale: DisplayLocale): CellSnapshot {
  return readCell(cell, locale);
}

/** What a write puts back to restore the cell: its value or formula and its number format. */
export function cellContent(cell: Cell): Pick<CellSnapshot, 'value' | 'formula' | 'numberFormat'> {
  return readCell(cell, null);
}

function readCell(cell: Cell, locale: DisplayLocale | null): CellSnapshot {
  const numberFormat = numberFormatOf(cell);
  if (isMergeSlave(cell)) return { value: null, text: '', numberFormat };
  const formula = formulaOf(cell);
  if (formula !== undefined) {
    // Not `cell.value.result`: exceljs's value getter drops falsy results (a cached 0 or FALSE).
    const result = cell.result as unknown;
    return { ...plainValue(result, numberFormat, locale), formula, numberFormat };
  }
  return { ...plainValue(cell.value, numberFormat, locale), numberFormat };
}
