/**
 * A new workbook kept as plain data until something needs exceljs: the fast path of `gnbv build`,
 * which writes a few large patches into new sheets and saves. exceljs's in-memory model costs about
 * a kilobyte and a style object per cell and is written out through a model copy of every row; here a
 * cell is one small object whose style is the patch's own (shared) style object.
 *
 * The draft takes two kinds of write, each applied exactly as the exceljs path would apply it:
 * - a patch into a sheet that holds nothing yet (a new sheet, or one of the empty starting sheets),
 *   every formula written with its result (the caller computed it: the template knows every figure;
 *   such a formula keeps that result and is not reported as not recalculated), merges that do not
 *   overlap;
 * - a style-only patch (finding marks) on any sheet of the draft.
 * Any other write returns undefined and the host turns the draft into an exceljs workbook by replaying
 * the writes it took ({@link DraftBook.ops}), so nothing else in the host changes.
 */
import type { Rect } from '../../sheet/a1';
import { absoluteReference, parseSheetRange } from '../../sheet/a1';
import type { CellSnapshot, CellStyle, CellValue, PageSetup, Patch, SheetSnapshot } from '../../sheet/types';
import type { WriteResult } from '../contract';
import { hostError } from '../messages';
import { rowHeightEntries } from '../page-setup';
import type { PatchPlan } from '../patch-plan';
import { priorStyle } from '../styles';
import { GENERAL_FORMAT, undoFromSnapshot } from '../undo';

/**
 * One cell of a draft sheet: the patch's own write object while nothing changed it (no copy per
 * cell), else a new object of the same shape.
 */
export interface DraftCell {
  /** The constant, or a formula's cached result; absent or null for none. */
  readonly value?: CellValue;
  /** The formula with its "=". */
  readonly formula?: string;
  /** The number format, when one was written. */
  readonly numberFormat?: string;
  /** The style as written (the patch's own object, shared), changes merged in. */
  readonly style?: CellStyle;
  /** Covered by a merge without being its top-left cell. */
  readonly merged?: boolean;
}

/** One sheet of the draft: rows of cells by 0-based row and column. */
export interface DraftSheet {
  readonly name: string;
  readonly rows: (DraftCell | undefined)[][];
  readonly merges: Rect[];
  readonly widths: Map<number, number>;
  /** Row heights in points by 0-based row. */
  readonly heights: Map<number, number>;
  /** The active cell a selection set ("E14"). */
  activeCell?: string;
  /** How the sheet prints, as the last patch that set it gave it. */
  page?: PageSetup;
}

/** A workbook name: its text as written ("Sheet1!$A$1:$B$2", no "="). */
export interface DraftName {
  readonly name: string;
  readonly ref: string;
}

/** What the draft took, in order, to replay into exceljs (patches as given: their plans are not kept). */
export type DraftOp =
  | { readonly kind: 'patch'; readonly patch: Patch }
  | { readonly kind: 'select'; readonly sheet: string; readonly address: string };

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** The style as exceljs reads it back: colours upper-case, no border reads as "none". */
function storedStyle(s: CellStyle | undefined): CellStyle {
  const out: Record<string, unknown> = { border: 'none', ...s };
  if (typeof out['color'] === 'string') out['color'] = out['color'].toUpperCase();
  if (typeof out['fill'] === 'string') out['fill'] = out['fill'].toUpperCase();
  return out;
}

/** A new workbook as plain data; see the module's comment. */
export class DraftBook {
  readonly sheets: DraftSheet[] = [];
  names: DraftName[] = [];
  /** The sheet the file opens on, once selected. */
  activeTab: number | undefined;
  readonly ops: DraftOp[] = [];

  constructor(readonly initialSheets: readonly string[]) {
    for (const name of initialSheets) this.sheets.push(newSheet(name));
  }

  sheet(name: string): DraftSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /**
   * Applies a checked patch when the draft takes it (see the module's comment), returning what the
   * exceljs path would return; undefined when the draft does not take it (nothing changed).
   *
   * @throws the host's error for a patch on a sheet that does not exist and may not be created.
   */
  apply(plan: PatchPlan, patch: Patch): WriteResult | undefined {
    const existing = this.sheet(plan.sheet);
    if (!existing && !plan.createSheet) throw hostError('noSheet', plan.sheet, { sheet: plan.sheet });
    const empty = !existing || (existing.rows.length === 0 && existing.merges.length === 0);
    let undo: Patch | undefined;
    if (empty && takesFresh(plan)) {
      const sheet = existing ?? this.addSheet(plan.sheet);
      // Nothing was there: the undo depends on the patch and the names alone, so it is made when read.
      const names = this.namesOn(plan.sheet);
      undo = lazyUndo(() => this.undoOf(plan, null, names), plan.sheet);
      writeFresh(sheet, plan);
    } else if (existing && takesStyles(plan)) {
      undo = this.undoOf(plan, existing, this.namesOn(plan.sheet));
      writeStyles(existing, plan);
    } else return undefined;
    const target = this.sheet(plan.sheet);
    for (const [col, width] of plan.columnWidths) target?.widths.set(col, width);
    if (target && patch.page) target.page = patch.page;
    for (const [row, points] of rowHeightEntries(patch.rowHeights)) target?.heights.set(row - 1, points);
    this.setNames(plan.sheet, plan.names);
    this.ops.push({ kind: 'patch', patch });
    return { undo, cellCount: plan.cells.length };
  }

  /** Records the sheet the file opens on and its active cell (both checked by the caller). */
  select(sheet: string, address: string): void {
    const index = this.sheets.findIndex((s) => s.name === sheet);
    const target = this.sheets[index];
    if (!target) throw hostError('noSheet', sheet, { sheet });
    this.activeTab = index;
    target.activeCell = address.replace(/\$/g, '').toUpperCase();
    this.ops.push({ kind: 'select', sheet, address });
  }

  private addSheet(name: string): DraftSheet {
    const sheet = newSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  private setNames(sheet: string, names: ReadonlyMap<string, Rect>): void {
    if (names.size === 0) return;
    const replaced = new Set([...names.keys()].map((n) => n.toLowerCase()));
    const kept = this.names.filter((n) => !replaced.has(n.name.toLowerCase()));
    const added = [...names].map(([name, rect]) => ({ name, ref: absoluteReference(sheet, rect).slice(1) }));
    this.names = [...kept, ...added];
  }

  /** Names referring to one rectangle of the sheet, name → local range, as the exceljs host reads them. */
  private namesOn(sheet: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const { name, ref } of this.names) {
      const target = parseSheetRange(ref);
      if (target?.sheet === sheet) out[name] = target.range;
    }
    return out;
  }

  /** The exact undo, as the exceljs path builds it from the cells before the write. */
  private undoOf(plan: PatchPlan, sheet: DraftSheet | null, names: Record<string, string>): Patch {
    const styles = new Map<string, CellStyle>();
    for (const c of plan.cells) {
      const cell = sheet?.rows[c.row]?.[c.col];
      if (c.write.style)
        styles.set(c.address, priorStyle(cell ? storedStyle(cell.style) : {}, c.write.style));
    }
    const before: SheetSnapshot = { sheet: plan.sheet, originRow: 0, originCol: 0, rows: [], names };
    const undo = undoFromSnapshot(plan, before, styles);
    if (!sheet) return undo;
    // Cells that held something: their content and number format, read as the exceljs host reads them.
    const restored = undo.cells.map((w, i) => {
      const c = plan.cells[i];
      const cell = c ? sheet.rows[c.row]?.[c.col] : undefined;
      if (!cell) return w;
      const prior = snapshotOf(cell);
      const content =
        prior.formula !== undefined ? { formula: prior.formula, value: prior.value } : { value: prior.value };
      return { ...w, ...content, numberFormat: prior.numberFormat ?? GENERAL_FORMAT };
    });
    return { ...undo, cells: restored };
  }
}

/** A patch whose cells and names are made on first read, once. */
function lazyUndo(make: () => Patch, sheet: string): Patch {
  let made: Patch | undefined;
  const get = () => (made ??= make());
  return {
    sheet,
    get cells() {
      return get().cells;
    },
    get names() {
      return get().names;
    },
  };
}

function newSheet(name: string): DraftSheet {
  return { name, rows: [], merges: [], widths: new Map(), heights: new Map() };
}

/** A draft cell as a snapshot holds it (content and number format; no shown text). */
function snapshotOf(cell: DraftCell): CellSnapshot {
  const numberFormat = cell.numberFormat ?? GENERAL_FORMAT;
  if (cell.merged) return { value: null, text: '', numberFormat };
  const value = cell.value ?? null;
  if (cell.formula !== undefined) return { value, text: '', formula: cell.formula, numberFormat };
  return { value, text: '', numberFormat };
}

/** Whether a patch into an empty sheet is one the draft writes itself. */
function takesFresh(plan: PatchPlan): boolean {
  for (const c of plan.cells) {
    const w = c.write;
    if (w.formula !== undefined && (w.value === undefined || w.value === null)) return false;
  }
  const merges = plan.merges;
  if (merges.length > 256) return false;
  for (let i = 0; i < merges.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = merges[i] as Rect;
      const b = merges[j] as Rect;
      if (overlaps(a, b) && !sameRect(a, b)) return false;
    }
  }
  return true;
}

/** Whether a patch only changes styles (no content, number format or merge). */
function takesStyles(plan: PatchPlan): boolean {
  return (
    plan.merges.length === 0 &&
    plan.cells.every((c) => !c.writesContent && c.write.numberFormat === undefined)
  );
}

function rowOf(sheet: DraftSheet, row: number): (DraftCell | undefined)[] {
  let cells = sheet.rows[row];
  if (!cells) {
    cells = [];
    sheet.rows[row] = cells;
  }
  return cells;
}

function writeFresh(sheet: DraftSheet, plan: PatchPlan): void {
  for (const c of plan.cells) rowOf(sheet, c.row)[c.col] = c.write;
  for (const rect of plan.merges) {
    if (sheet.merges.some((m) => sameRect(m, rect))) continue;
    if (rect.top === rect.bottom && rect.left === rect.right) continue;
    for (let r = rect.top; r <= rect.bottom; r++) {
      const cells = rowOf(sheet, r);
      for (let col = rect.left; col <= rect.right; col++) {
        const cell = cells[col];
        if (r === rect.top && col === rect.left) {
          if (!cell) cells[col] = {};
          continue;
        }
        // A covered cell keeps its number format and style; its content is gone.
        cells[col] = { numberFormat: cell?.numberFormat, style: cell?.style, merged: true };
      }
    }
    sheet.merges.push(rect);
  }
}

function writeStyles(sheet: DraftSheet, plan: PatchPlan): void {
  for (const c of plan.cells) {
    const style = c.write.style;
    const cells = rowOf(sheet, c.row);
    const cell = cells[c.col];
    if (!style) {
      if (!cell) cells[c.col] = {};
      continue;
    }
    cells[c.col] = {
      value: cell?.value,
      formula: cell?.formula,
      numberFormat: cell?.numberFormat,
      style: cell?.style ? { ...cell.style, ...style } : style,
      merged: cell?.merged,
    };
  }
}
