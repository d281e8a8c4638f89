/**
 * An in-memory workbook behind the host contract, for tests and a browser-only mode. It has no round
 * trips, so it ignores a before-snapshot and builds the undo from its own cells, styles included.
 *
 * Snapshot text is the value written simply, with no locale and no number format applied: numbers via
 * `String` ("1469.5"), booleans as Excel shows them ("TRUE"/"FALSE"), empty cells as "".
 *
 * After a write that changes content, every formula of the sheet the sheet layer's evaluator takes is
 * recomputed exactly and its result stored (as the .xlsx host does); a formula it cannot compute keeps
 * the value given with it (none: it reads as empty) and, when its inputs changed, is reported in
 * `notRecalculated`. Cells put with `setCell` are not recalculated.
 */
import type { CellValue, CellWrite, PageSetup, Patch, SheetSnapshot, CellSnapshot } from '../../sheet/types';
import { cellAddress, extendRect, parseColumn, rangeAddress, type Rect } from '../../sheet/a1';
import type { WorkbookHost, WriteResult } from '../contract';
import { hostError } from '../messages';
import { checkPageSetup, checkRowHeights, rowHeightEntries } from '../page-setup';
import { planPatch, type PatchPlan } from '../patch-plan';
import { mergeStyle, priorStyle } from '../styles';
import { recalculateSheet } from './recalc';
import { BLANK_CELL, cellKey, isBlank, type MemoryCell, type MemorySheet, type NameTarget } from './workbook';

/** What a test may put into a cell directly. */
export type MemoryCellInput = Partial<MemoryCell>;

function textOf(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function snapshotCell(cell: MemoryCell): CellSnapshot {
  return {
    value: cell.value,
    text: textOf(cell.value),
    ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
    numberFormat: cell.numberFormat,
  };
}

/** The bounding rectangle of the sheet's non-blank cells, or undefined for an empty sheet. */
function usedRect(sheet: MemorySheet): Rect | undefined {
  let rect: Rect | undefined;
  for (const [key, cell] of sheet.cells) {
    if (isBlank(cell)) continue;
    const [row, col] = key.split(',').map(Number) as [number, number];
    rect = extendRect(rect, row, col);
  }
  return rect;
}

/** The cell after a write: content, number format and style each change only when the write sets them. */
function applyWrite(cell: MemoryCell, write: CellWrite): MemoryCell {
  let next: MemoryCell = cell;
  if (write.formula !== undefined) {
    next = {
      numberFormat: next.numberFormat,
      style: next.style,
      value: write.value ?? null,
      formula: write.formula,
    };
  } else if (write.value !== undefined) {
    next = { numberFormat: next.numberFormat, style: next.style, value: write.value };
  }
  if (write.numberFormat !== undefined) next = { ...next, numberFormat: write.numberFormat };
  if (write.style) next = { ...next, style: mergeStyle(next.style, write.style) };
  return next;
}

/** An in-memory {@link WorkbookHost}. */
export class MemoryHost implements WorkbookHost {
  private readonly sheets = new Map<string, MemorySheet>();
  private readonly workbookNames = new Map<string, NameTarget>();
  private active: string | undefined;
  private selected: { sheet: string; address: string } | null = null;

  /** @param sheetNames - worksheets to start with, in order; the first is active. */
  constructor(sheetNames: readonly string[] = ['Sheet1']) {
    for (const name of sheetNames) this.addSheet(name);
  }

  /** Adds an empty worksheet (no-op when it exists). */
  addSheet(name: string): void {
    this.version++;
    if (this.sheets.has(name)) return;
    this.sheets.set(name, { cells: new Map(), merges: [], widths: new Map(), heights: new Map() });
    this.active ??= name;
  }

  /** Puts a cell directly (for tests), bypassing patches. */
  setCell(sheet: string, address: string, input: MemoryCellInput): void {
    this.version++;
    const plan = planPatch({ sheet, cells: [{ address }] });
    const pos = plan.cells[0];
    if (!pos) return;
    const target = this.sheetOrThrow(sheet);
    const prior = target.cells.get(cellKey(pos.row, pos.col)) ?? BLANK_CELL;
    target.cells.set(cellKey(pos.row, pos.col), { ...prior, ...input });
  }

  /** A cell as stored (blank when never written). */
  getCell(sheet: string, address: string): MemoryCell {
    const pos = planPatch({ sheet, cells: [{ address }] }).cells[0];
    if (!pos) return BLANK_CELL;
    return this.sheetOrThrow(sheet).cells.get(cellKey(pos.row, pos.col)) ?? BLANK_CELL;
  }

  /** Every non-blank cell of a sheet by address, for comparing whole grids in tests. */
  dump(sheet: string): Record<string, MemoryCell> {
    const out: Record<string, MemoryCell> = {};
    for (const [key, cell] of this.sheetOrThrow(sheet).cells) {
      if (isBlank(cell)) continue;
      const [row, col] = key.split(',').map(Number) as [number, number];
      out[cellAddress(row, col)] = cell;
    }
    return out;
  }

  /** Merged ranges of a sheet. */
  merges(sheet: string): readonly string[] {
    return this.sheetOrThrow(sheet).merges;
  }

  /** A column's width in characters, or undefined when never set. */
  columnWidth(sheet: string, letters: string): number | undefined {
    const col = parseColumn(letters);
    return col === undefined ? undefined : this.sheetOrThrow(sheet).widths.get(col);
  }

  /** A row's height in points (1-based row), or undefined when never set. */
  rowHeight(sheet: string, row: number): number | undefined {
    return this.sheetOrThrow(sheet).heights.get(row);
  }

  /** How the sheet prints, or undefined when no patch set it. */
  pageSetup(sheet: string): PageSetup | undefined {
    return this.sheetOrThrow(sheet).page;
  }

  /** All workbook names. */
  names(): ReadonlyMap<string, NameTarget> {
    return this.workbookNames;
  }

  /** The last cell selected through {@link MemoryHost.select}. */
  selection(): { sheet: string; address: string } | null {
    return this.selected;
  }

  listSheets(): Promise<string[]> {
    return Promise.resolve([...this.sheets.keys()]);
  }

  activeSheet(): Promise<string> {
    return Promise.resolve(this.active ?? '');
  }

  readSheet(sheet: string): Promise<SheetSnapshot | null> {
    const target = this.sheets.get(sheet);
    if (!target) return Promise.resolve(null);
    return Promise.resolve(this.snapshot(sheet, target));
  }

  private version = 0;

  /** Changes with every patch applied and every cell or sheet put directly (setCell, addSheet). */
  contentVersion(): number {
    return this.version;
  }

  applyPatch(patch: Patch, before?: SheetSnapshot): Promise<WriteResult> {
    this.version++;
    try {
      const plan = planPatch(patch, before);
      checkPageSetup(plan.sheet, patch.page);
      checkRowHeights(plan.sheet, patch.rowHeights);
      if (!this.sheets.has(plan.sheet)) {
        if (!plan.createSheet) throw hostError('noSheet', plan.sheet, { sheet: plan.sheet });
        this.addSheet(plan.sheet);
      }
      const undo = this.undoOf(plan);
      this.write(plan);
      const target = this.sheetOrThrow(plan.sheet);
      for (const [row, points] of rowHeightEntries(patch.rowHeights)) target.heights.set(row, points);
      if (patch.page) target.page = patch.page;
      // A write of formats or styles only changes no result.
      const changed = plan.cells.filter((c) => c.write.formula !== undefined || c.write.value !== undefined);
      const { recalculated, notRecalculated } = recalculateSheet(
        plan.sheet,
        this.sheetOrThrow(plan.sheet),
        changed,
      );
      return Promise.resolve({
        undo,
        cellCount: plan.cells.length,
        ...(notRecalculated.length > 0 ? { notRecalculated } : {}),
        ...(recalculated.length > 0 ? { recalculated } : {}),
      });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  select(sheet: string, address: string): Promise<void> {
    if (!this.sheets.has(sheet)) {
      return Promise.reject(hostError('noSheet', sheet, { sheet }));
    }
    this.active = sheet;
    this.selected = { sheet, address };
    return Promise.resolve();
  }

  private sheetOrThrow(sheet: string): MemorySheet {
    const target = this.sheets.get(sheet);
    if (!target) throw hostError('noSheet', sheet, { sheet });
    return target;
  }

  private snapshot(sheet: string, target: MemorySheet): SheetSnapshot {
    const names: Record<string, string> = {};
    for (const [name, ref] of this.workbookNames) if (ref.sheet === sheet) names[name] = ref.range;
    const rect = usedRect(target);
    const rows: CellSnapshot[][] = [];
    if (rect) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: CellSnapshot[] = [];
        for (let c = rect.left; c <= rect.right; c++) {
          row.push(snapshotCell(target.cells.get(cellKey(r, c)) ?? BLANK_CELL));
        }
        rows.push(row);
      }
    }
    return { sheet, originRow: rect?.top ?? 0, originCol: rect?.left ?? 0, rows, names };
  }

  /** The exact undo: each cell's prior content and format, and the prior value of each style property set. */
  private undoOf(plan: PatchPlan): Patch {
    const target = this.sheetOrThrow(plan.sheet);
    const cells: CellWrite[] = plan.cells.map((c) => {
      const prior = target.cells.get(cellKey(c.row, c.col)) ?? BLANK_CELL;
      const content =
        prior.formula !== undefined ? { formula: prior.formula, value: prior.value } : { value: prior.value };
      const style = c.write.style ? { style: priorStyle(prior.style, c.write.style) } : {};
      return { address: c.address, ...content, numberFormat: prior.numberFormat, ...style };
    });
    const names: Record<string, string> = {};
    for (const name of plan.names.keys()) {
      const prior = this.workbookNames.get(name);
      if (prior?.sheet === plan.sheet) names[name] = prior.range;
    }
    return { sheet: plan.sheet, cells, ...(Object.keys(names).length > 0 ? { names } : {}) };
  }

  private write(plan: PatchPlan): void {
    const target = this.sheetOrThrow(plan.sheet);
    for (const c of plan.cells) {
      const key = cellKey(c.row, c.col);
      target.cells.set(key, applyWrite(target.cells.get(key) ?? BLANK_CELL, c.write));
    }
    for (const rect of plan.merges) {
      const range = rangeAddress(rect);
      if (!target.merges.includes(range)) target.merges.push(range);
    }
    for (const [col, width] of plan.columnWidths) target.widths.set(col, width);
    for (const [name, rect] of plan.names)
      this.workbookNames.set(name, { sheet: plan.sheet, range: rangeAddress(rect) });
  }
}
