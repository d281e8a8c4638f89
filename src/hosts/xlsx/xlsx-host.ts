/**
 * The host over an .xlsx file, with exceljs: for the command line, for tests against real files, and
 * for the add-in's standalone mode. It has no round trips, so it reads what it needs itself (a
 * before-snapshot passed in is checked but not needed) and its undo is exact: each written cell's
 * content, number format and the style properties the write changed.
 *
 * exceljs does not calculate, so after each write the host recomputes, exactly, every formula of the
 * sheet the sheet layer's evaluator takes (the template's SUM/IF(COUNT…) sums, `+`, `-`) and stores the
 * results as the cached ones; a formula it cannot compute whose inputs changed is reported in
 * `notRecalculated`, and reads back with its old cached result (or none). The saved workbook also asks
 * Excel and LibreOffice for a full calculation on load.
 *
 * A new workbook ({@link XlsxHost.empty}) starts as a draft (draft-book.ts): plain data written
 * straight to .xlsx (draft-write.ts), as long as the writes are ones the draft takes — new sheets
 * filled by patches whose formulas carry their results, and style-only marks; anything else, and any
 * read, first turns it into the exceljs workbook those writes make.
 *
 * The host works on bytes only (`fromBuffer`, `toBytes`): reading and saving files is the platform's
 * job (src/platform), so the same module runs in node and in the task pane's standalone mode in the
 * browser, where bytes stay plain `Uint8Array`s when `Buffer` is absent.
 */
import { Workbook, type Worksheet } from 'exceljs';
import type { CellStyle, Patch, SheetSnapshot } from '../../sheet/types';
import { parseCell } from '../../sheet/a1';
import type { WorkbookHost, WriteResult } from '../contract';
import { hostError } from '../messages';
import { checkPageSetup, checkRowHeights, rowHeightEntries } from '../page-setup';
import { planPatch, type PatchPlan } from '../patch-plan';
import { priorStyle } from '../styles';
import { undoFromCells, type PriorCell } from '../undo';
import { cellContent } from './cell-read';
import { namesOnSheet } from './names';
import type { DisplayLocale } from './display';
import { DraftBook } from './draft-book';
import { draftBytes } from './draft-write';
import { applyPageSetup } from './page';
import { canDeflate } from './draft-zip';
import { readWorksheet } from './read';
import { recalculateWorksheet } from './recalc';
import { styleOf } from './style';
import { writePlan } from './write';

/** Options of an {@link XlsxHost}. */
export interface XlsxHostOptions {
  /**
   * Separators of the text snapshots show for numbers (default `vi`: 15.555,25). The file does not
   * say which region will display it; this is the region the host shows it for.
   */
  readonly locale?: DisplayLocale;
  /**
   * Keep a new workbook as a draft written directly (default true); false makes it an exceljs
   * workbook from the start (the reference the draft is tested against).
   */
  readonly draft?: boolean;
}

/** A cell the sheet does not have. */
const BLANK_CELL: PriorCell = { value: null };

/** A {@link WorkbookHost} over an exceljs workbook. */
export class XlsxHost implements WorkbookHost {
  private readonly locale: DisplayLocale;
  private book: Workbook | undefined;
  private draft: DraftBook | undefined;

  private constructor(book: Workbook | DraftBook, options: XlsxHostOptions) {
    this.locale = options.locale ?? 'vi';
    if (book instanceof DraftBook) this.draft = book;
    else this.book = book;
  }

  /** True while a new workbook is still a draft, written directly (no exceljs model yet). */
  get isDraft(): boolean {
    return this.draft !== undefined;
  }

  /**
   * The exceljs workbook underneath, for tests and for callers that need what the contract does not
   * carry (a draft becomes one on first use).
   */
  get workbook(): Workbook {
    if (!this.book) {
      const workbook = new Workbook();
      const draft = this.draft;
      for (const name of draft?.initialSheets ?? []) workbook.addWorksheet(name);
      for (const op of draft?.ops ?? []) {
        if (op.kind === 'patch') applyToWorkbook(workbook, planPatch(op.patch), op.patch);
        else selectIn(workbook, op.sheet, op.address);
      }
      this.book = workbook;
      this.draft = undefined;
    }
    return this.book;
  }

  /**
   * A new workbook.
   *
   * @param sheets - worksheets to start with (default one "Sheet1"); pass [] to add sheets by patches.
   */
  static empty(sheets: readonly string[] = ['Sheet1'], options: XlsxHostOptions = {}): XlsxHost {
    if (options.draft !== false) return new XlsxHost(new DraftBook(sheets), options);
    const workbook = new Workbook();
    for (const name of sheets) workbook.addWorksheet(name);
    return new XlsxHost(workbook, options);
  }

  /**
   * Opens an .xlsx held in memory.
   *
   * @throws the reader's error when the bytes are not an .xlsx workbook.
   */
  static async fromBuffer(buffer: Uint8Array, options: XlsxHostOptions = {}): Promise<XlsxHost> {
    const workbook = new Workbook();
    // exceljs declares its own Buffer type (an ArrayBuffer); in node it takes node's Buffer, in the
    // browser (its bundled build, no global Buffer) the bytes as they are.
    const bytes =
      typeof Buffer === 'undefined'
        ? buffer
        : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    return new XlsxHost(workbook, options);
  }

  /** The workbook as .xlsx bytes (any environment); Excel recalculates every formula when it opens them. */
  async toBytes(): Promise<Uint8Array> {
    if (this.draft && canDeflate()) return draftBytes(this.draft);
    this.workbook.calcProperties.fullCalcOnLoad = true;
    const out = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(out as unknown as Uint8Array);
  }

  listSheets(): Promise<string[]> {
    if (this.draft) return Promise.resolve(this.draft.sheets.map((s) => s.name));
    return Promise.resolve(this.workbook.worksheets.map((w) => w.name));
  }

  activeSheet(): Promise<string> {
    if (this.draft) {
      const sheets = this.draft.sheets;
      return Promise.resolve((sheets[this.draft.activeTab ?? 0] ?? sheets[0])?.name ?? '');
    }
    const sheets = this.workbook.worksheets;
    const tab = this.workbook.views[0]?.activeTab ?? 0;
    return Promise.resolve((sheets[tab] ?? sheets[0])?.name ?? '');
  }

  readSheet(sheet: string): Promise<SheetSnapshot | null> {
    const worksheet = this.workbook.getWorksheet(sheet);
    return Promise.resolve(worksheet ? readWorksheet(this.workbook, worksheet, this.locale) : null);
  }

  private version = 0;

  /** Changes with every patch applied: every change of this workbook goes through {@link applyPatch}. */
  contentVersion(): number {
    return this.version;
  }

  applyPatch(patch: Patch, before?: SheetSnapshot): Promise<WriteResult> {
    this.version++;
    try {
      // Checked in full first: a bad patch throws before any cell changes.
      const plan = planPatch(patch, before);
      checkPageSetup(plan.sheet, patch.page);
      checkRowHeights(plan.sheet, patch.rowHeights);
      const drafted = this.draft?.apply(plan, patch);
      if (drafted) return Promise.resolve(drafted);
      const worksheet = worksheetFor(this.workbook, plan);
      const undo = this.undoOf(plan, worksheet);
      const notRecalculated = applyToWorkbook(this.workbook, plan, patch, worksheet);
      return Promise.resolve({
        undo,
        cellCount: plan.cells.length,
        ...(notRecalculated.length > 0 ? { notRecalculated } : {}),
      });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Makes the sheet the one the file opens on, with the cell as its active cell. */
  select(sheet: string, address: string): Promise<void> {
    if (!parseCell(address)) {
      return Promise.reject(hostError('badAddress', address, { address }));
    }
    try {
      if (this.draft) this.draft.select(sheet, address);
      else selectIn(this.workbook, sheet, address);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * The exact undo, from the written cells as they are now (a sheet the patch creates reads as
   * empty): only those cells are read, not the whole sheet.
   */
  private undoOf(plan: PatchPlan, worksheet: Worksheet): Patch {
    const styles = new Map<string, CellStyle>();
    for (const c of plan.cells) {
      if (!c.write.style) continue;
      const cell = worksheet.findCell(c.row + 1, c.col + 1);
      styles.set(c.address, priorStyle(cell ? styleOf(cell) : {}, c.write.style));
    }
    const prior = (row: number, col: number): PriorCell => {
      const cell = worksheet.findCell(row + 1, col + 1);
      return cell ? cellContent(cell) : BLANK_CELL;
    };
    return undoFromCells(plan, prior, namesOnSheet(this.workbook, worksheet.name), styles);
  }
}

/** The patch's worksheet, added when the patch creates it. */
function worksheetFor(workbook: Workbook, plan: PatchPlan): Worksheet {
  const worksheet = workbook.getWorksheet(plan.sheet);
  if (worksheet) return worksheet;
  if (!plan.createSheet) throw hostError('noSheet', plan.sheet, { sheet: plan.sheet });
  return workbook.addWorksheet(plan.sheet);
}

/**
 * Writes a checked patch into the exceljs workbook and recalculates its sheet.
 *
 * @returns the formulas whose inputs changed but that could not be recalculated.
 */
function applyToWorkbook(
  workbook: Workbook,
  plan: PatchPlan,
  layout: Pick<Patch, 'page' | 'rowHeights'>,
  sheet?: Worksheet,
): string[] {
  const worksheet = sheet ?? worksheetFor(workbook, plan);
  writePlan(workbook, worksheet, plan);
  for (const [row, points] of rowHeightEntries(layout.rowHeights)) worksheet.getRow(row).height = points;
  if (layout.page) applyPageSetup(worksheet, layout.page);
  const changed = plan.cells.filter((c) => c.write.formula !== undefined || c.write.value !== undefined);
  // A write of formats or styles only changes no result.
  return changed.length > 0 ? recalculateWorksheet(worksheet, changed) : [];
}

/** Makes the sheet the one the file opens on, with the cell (checked) as its active cell. */
function selectIn(workbook: Workbook, sheet: string, address: string): void {
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) throw hostError('noSheet', sheet, { sheet });
  const tab = workbook.worksheets.indexOf(worksheet);
  const view = workbook.views[0];
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 10000,
      height: 20000,
      firstSheet: 0,
      visibility: 'visible',
      ...view,
      activeTab: tab,
    },
  ];
  const active = address.replace(/\$/g, '').toUpperCase();
  // exceljs saves the active cell only with a view state.
  // A sheet loaded without a view has none (null, whatever the types say).
  const views = worksheet.views as typeof worksheet.views | null;
  worksheet.views = [{ state: 'normal', ...(views?.[0] ?? {}), activeCell: active }];
}
