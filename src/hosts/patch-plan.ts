/**
 * Checks a patch completely and resolves its addresses before any host writes a cell, so a bad patch
 * is refused as a whole (the rule: bad input gets a clear message and nothing is written).
 */
import type { CellStyle, CellWrite, Patch, SheetSnapshot } from '../sheet/types';
import { parseCell, parseColumn, parseRange, type Rect } from '../sheet/a1';
import { hostError, MAX_CELL_TEXT } from './messages';

/** One cell of the patch, with its position resolved. */
export interface PlannedCell {
  readonly row: number;
  readonly col: number;
  /** The address normalised ("c7" and "$C$7" become "C7"). */
  readonly address: string;
  readonly write: CellWrite;
  /** True when the write sets the cell's content (a formula, or a value including null to clear). */
  readonly writesContent: boolean;
}

/** A patch whose every address, width and name has been checked. */
export interface PatchPlan {
  readonly sheet: string;
  readonly createSheet: boolean;
  /** In the patch's order. */
  readonly cells: readonly PlannedCell[];
  readonly merges: readonly Rect[];
  /** 0-based column → width in characters. */
  readonly columnWidths: ReadonlyMap<number, number>;
  /** Name → rectangle on this sheet. */
  readonly names: ReadonlyMap<string, Rect>;
}

const COLOR_RE = /^#[0-9A-Fa-f]{6}$/;
const NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

/** A cell's content key: does the write set content, and is it a formula? */
function writesContent(write: CellWrite): boolean {
  return write.formula !== undefined || write.value !== undefined;
}

function checkStyle(address: string, style: CellStyle | undefined): void {
  if (!style) return;
  for (const color of [style.color, style.fill]) {
    if (typeof color === 'string' && !COLOR_RE.test(color)) {
      throw hostError('badColor', address, { address, color });
    }
  }
}

function checkContent(address: string, write: CellWrite): void {
  if (write.formula !== undefined) {
    if (!write.formula.startsWith('=')) {
      throw hostError('badFormula', address, { address, formula: write.formula });
    }
    return;
  }
  const value = write.value;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw hostError('badNumber', address, { address, value });
  }
  if (typeof value === 'string' && value.length > MAX_CELL_TEXT) {
    throw hostError('textTooLong', address, { address, length: value.length });
  }
}

/** Whether a workbook name is acceptable to Excel: identifier-like and not itself a cell address. */
export function isValidName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || !NAME_RE.test(name)) return false;
  // "C7", "R1C1"-like names and the single letters R/C are taken by references.
  return parseCell(name) === undefined && !/^[RrCc]$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
}

/** Whether Excel accepts a worksheet name. */
export function isValidSheetName(sheet: string): boolean {
  return (
    sheet.length >= 1 &&
    sheet.length <= 31 &&
    !BAD_SHEET_CHARS.test(sheet) &&
    !sheet.startsWith("'") &&
    !sheet.endsWith("'")
  );
}

/** An address already written as "C7" (upper case, no "$", no spaces) needs no normalising. */
const CANONICAL_ADDRESS = /^[A-Z]{1,3}[1-9][0-9]*$/;
/** Columns per row in a position key (Excel's 16 384 columns fit). */
const KEY_COLUMNS = 16_384;

function planCells(patch: Patch): PlannedCell[] {
  // Positions as numbers: a template writes over a million cells, and a Set of strings costs seconds.
  const seen = new Set<number>();
  const cells = new Array<PlannedCell>(patch.cells.length);
  patch.cells.forEach((write, i) => {
    const pos = parseCell(write.address);
    if (!pos) throw hostError('badAddress', write.address, { address: write.address });
    const address = CANONICAL_ADDRESS.test(write.address)
      ? write.address
      : write.address.replace(/\$/g, '').trim().toUpperCase();
    const key = pos.row * KEY_COLUMNS + pos.col;
    if (seen.has(key)) throw hostError('duplicateCell', address, { address });
    seen.add(key);
    checkContent(address, write);
    checkStyle(address, write.style);
    cells[i] = { row: pos.row, col: pos.col, address, write, writesContent: writesContent(write) };
  });
  return cells;
}

function planWidths(patch: Patch): Map<number, number> {
  const widths = new Map<number, number>();
  for (const [letters, width] of Object.entries(patch.columnWidths ?? {})) {
    const col = parseColumn(letters);
    if (col === undefined) throw hostError('badColumn', letters, { column: letters });
    if (!Number.isFinite(width) || width < 0 || width > 255) {
      throw hostError('badWidth', letters, { column: letters, width });
    }
    widths.set(col, width);
  }
  return widths;
}

function planNames(patch: Patch): Map<string, Rect> {
  const names = new Map<string, Rect>();
  for (const [name, range] of Object.entries(patch.names ?? {})) {
    if (!isValidName(name)) throw hostError('badName', name, { name });
    const rect = parseRange(range);
    const purpose = { vi: `tên ${name}`, en: `name ${name}` };
    if (!rect) throw hostError('badRange', range, { range, purpose });
    names.set(name, rect);
  }
  return names;
}

/**
 * Checks the patch (and the before-snapshot, when given) and resolves it.
 *
 * @throws {@link HostError} naming the first bad cell, range, column, name or sheet.
 */
export function planPatch(patch: Patch, before?: SheetSnapshot): PatchPlan {
  if (!isValidSheetName(patch.sheet)) {
    throw hostError('badSheetName', patch.sheet, { sheet: patch.sheet });
  }
  if (before && before.sheet !== patch.sheet) {
    throw hostError('snapshotMismatch', before.sheet, { snapshotSheet: before.sheet, sheet: patch.sheet });
  }
  const merges = (patch.merges ?? []).map((range) => {
    const rect = parseRange(range);
    const purpose = { vi: 'gộp ô', en: 'merge' };
    if (!rect) throw hostError('badRange', range, { range, purpose });
    return rect;
  });
  return {
    sheet: patch.sheet,
    createSheet: patch.createSheet === true,
    cells: planCells(patch),
    merges,
    columnWidths: planWidths(patch),
    names: planNames(patch),
  };
}
