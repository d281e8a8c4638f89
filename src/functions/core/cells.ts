import { fromCellNumber } from '../../domain/money/cell';
import type { Dec } from '../../domain/money/decimal';
import * as msg from './failures';
import type { Place } from './place';
import { isFnError, type FnError } from './result';
import { parseCellText } from './text-number';

/** The error values Excel shows in a cell; a text equal to one of them is read as that error. */
const EXCEL_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BUSY!',
  '#CONNECT!',
  '#BLOCKED!',
  '#UNKNOWN!',
]);

export interface ReadOptions {
  /** Accept a trailing `%` in a text (`10%` = 0,1), for ratios. A number cell formatted as % already arrives as 0,1. */
  readonly percent?: boolean;
}

/**
 * Reads one value as Excel passes it to a custom function: a number (read as the cell shows it, 15
 * significant digits, see `fromCellNumber`), a text (see `textLocale` for the rule), an empty cell
 * (`null`, `undefined` or `""`, read as `undefined`), a boolean or an error value (both refused).
 */
export function readCell(raw: unknown, place: Place, options: ReadOptions = {}): Dec | undefined | FnError {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'number') return fromCellNumber(raw) ?? msg.notFinite(place);
  if (typeof raw === 'boolean') return msg.logical(place, raw);
  if (typeof raw === 'string') return readText(raw, place, options);
  const code = errorCode(raw);
  return code !== undefined ? msg.errorValue(place, code) : msg.notNumber(place);
}

function readText(raw: string, place: Place, options: ReadOptions): Dec | undefined | FnError {
  const text = raw.trim();
  if (text === '') return undefined;
  if (EXCEL_ERRORS.has(text.toUpperCase())) return msg.errorValue(place, text.toUpperCase());
  const percent = options.percent === true && text.endsWith('%');
  const figure = percent ? text.slice(0, -1).trim() : text;
  const r = parseCellText(figure);
  if (r.ok) return percent ? r.value.dividedBy(100) : r.value;
  if (r.error.code === 'AMOUNT_AMBIGUOUS') return msg.ambiguous(place, text);
  return msg.notNumber(place, r.error.text);
}

/** The code of an error value passed as an object (`CustomFunctions.Error` has `code: "#N/A"`). */
function errorCode(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('code' in raw)) return undefined;
  const code = raw.code;
  return typeof code === 'string' ? code : undefined;
}

/** A required single amount. */
export function readRequired(raw: unknown, arg: string, options: ReadOptions = {}): Dec | FnError {
  const v = readOptional(raw, arg, options);
  return v === undefined ? msg.empty({ arg }) : v;
}

/** An optional single amount: `undefined` when the argument is left out or its cell is empty. */
export function readOptional(
  raw: unknown,
  arg: string,
  options: ReadOptions = {},
): Dec | undefined | FnError {
  // A scalar may still arrive as a 1×1 range (a JavaScript caller); a larger range is a mistake.
  let v = raw;
  while (Array.isArray(v) && v.length === 1) v = (v as unknown[])[0];
  if (Array.isArray(v)) return msg.notSingle(arg);
  return readCell(v, { arg }, options);
}

/** A range read cell by cell. */
export interface RangeValues {
  /** The values, row by row, trailing empty cells dropped; `undefined` for an empty cell inside. */
  readonly cells: readonly (Dec | undefined)[];
  /** How many cells the range had, before trailing empty cells were dropped. */
  readonly size: number;
}

/**
 * Reads a range (`any[][]`: rows of cells) row by row; a single value or a 1-D array is accepted as a
 * range of one row. Stops at the first cell that cannot be read, naming it ("trong_so: ô thứ 3 …").
 * Trailing empty cells are dropped: users select a whole column with room to spare.
 */
export function readRange(raw: unknown, arg: string, options: ReadOptions = {}): RangeValues | FnError {
  const flat: unknown[] = [];
  const rows: unknown[] = Array.isArray(raw) ? raw : [raw];
  for (const row of rows) {
    if (Array.isArray(row)) flat.push(...(row as unknown[]));
    else flat.push(row);
  }
  const cells: (Dec | undefined)[] = [];
  for (let i = 0; i < flat.length; i++) {
    const v = readCell(flat[i], { arg, cell: i + 1 }, options);
    if (isFnError(v)) return v;
    cells.push(v);
  }
  let end = cells.length;
  while (end > 0 && cells[end - 1] === undefined) end--;
  return { cells: cells.slice(0, end), size: flat.length };
}

/**
 * A range in which every cell up to the last filled one must hold a number (weights): a blank inside is
 * refused rather than read as 0, since a forgotten figure would silently take the line out.
 */
export function readFilledRange(raw: unknown, arg: string): FilledRange | FnError {
  const r = readRange(raw, arg);
  if (isFnError(r)) return r;
  if (r.cells.length === 0) return msg.noValues(arg);
  const values: Dec[] = [];
  for (let i = 0; i < r.cells.length; i++) {
    const v = r.cells[i];
    if (v === undefined) return msg.blankInside(arg, i + 1);
    values.push(v);
  }
  return { values, size: r.size };
}

/** A range with a number in every cell up to the last; `size` counts the trailing empty cells too. */
export interface FilledRange {
  readonly values: readonly Dec[];
  readonly size: number;
}
