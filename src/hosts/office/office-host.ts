/**
 * The host inside Excel, over the Excel JavaScript API. It depends only on an injected `run` (in
 * production `excelRun()`, i.e. `Excel.run`), so it is tested on a fake of exactly the API it uses.
 *
 * Round trips: readSheet is one sync. applyPatch is one sync for the writes (one more per ~4 MB of payload)
 * when the caller passes the before-snapshot, and one extra read sync before the writes when it does not.
 * With a before-snapshot, a name the patch sets that the snapshot does not list costs one extra sync (to
 * learn whether it exists elsewhere in the workbook, since adding an existing name fails).
 *
 * Undo restores every written cell's value or formula and number format, and points names back. It does
 * not restore styles: neither the snapshot nor one batched read carries cell formats cheaply.
 *
 * Excel calculates the formulas itself: the host never reports `notRecalculated`. When the user set
 * calculation to manual, the host asks Excel to recalculate after writing and before reading, so a
 * check never reads stale results. The calculation mode is loaded in the same sync as the read (or the
 * last sync of the writes); only in manual mode does the recalculation cost one more sync.
 */
import type { Patch, SheetSnapshot } from '../../sheet/types';
import { parseCell } from '../../sheet/a1';
import type { WorkbookHost, WriteResult } from '../contract';
import { hostError } from '../messages';
import { checkPageSetup, checkRowHeights } from '../page-setup';
import { planPatch, type PatchPlan } from '../patch-plan';
import { undoFromSnapshot } from '../undo';
import type { ApplicationSubset, ExcelContextSubset, ExcelRun } from './excel-subset';
import { actionBytes, DEFAULT_SYNC_BUDGET } from './payload';
import { queueSheetRead } from './read';
import { writePatch } from './write';

/** `Excel.CalculationType.recalculate`: the cells Excel marked dirty (the global is absent in tests). */
const RECALCULATE = 'Recalculate';

/** Whether the user set calculation to manual (`Excel.CalculationMode.manual`). */
function isManual(mode: string): boolean {
  return mode === 'Manual';
}

/** Options of {@link OfficeHost}. */
export interface OfficeHostOptions {
  /** Estimated request bytes per sync before the host syncs and starts a new batch (default 4 MB). */
  readonly syncBudgetBytes?: number;
}

/** What the host knows before writing. */
interface Prior {
  /** The sheet before the write; null when it does not exist yet. */
  readonly before: SheetSnapshot | null;
  readonly existingNames: ReadonlySet<string>;
}

/** A {@link WorkbookHost} over Office.js. */
export class OfficeHost implements WorkbookHost {
  private readonly budget: number;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeHostOptions = {},
  ) {
    this.budget = options.syncBudgetBytes ?? DEFAULT_SYNC_BUDGET;
  }

  listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  activeSheet(): Promise<string> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return sheet.name;
    });
  }

  readSheet(sheet: string): Promise<SheetSnapshot | null> {
    return this.run(async (context) => {
      const application = context.workbook.application.load('calculationMode');
      const read = queueSheetRead(context, sheet);
      await context.sync();
      if (!isManual(application.calculationMode)) return read.snapshot();
      // Manual calculation: the results read may be stale; recalculate, then read them again.
      application.calculate(RECALCULATE);
      const recalculated = queueSheetRead(context, sheet);
      await context.sync();
      return recalculated.snapshot();
    });
  }

  applyPatch(patch: Patch, before?: SheetSnapshot): Promise<WriteResult> {
    return this.run(async (context) => {
      // Checked in full first: a bad patch throws before anything is queued.
      const plan = planPatch(patch, before);
      checkPageSetup(plan.sheet, patch.page);
      checkRowHeights(plan.sheet, patch.rowHeights);
      const prior = before
        ? await this.priorFromSnapshot(context, plan, before)
        : await this.readPrior(context, plan);
      if (prior.before === null && !plan.createSheet) {
        throw hostError('noSheet', plan.sheet, { sheet: plan.sheet });
      }
      const sheets = context.workbook.worksheets;
      const creating = prior.before === null;
      const worksheet = creating ? sheets.add(plan.sheet) : sheets.getItemOrNullObject(plan.sheet);
      let application: ApplicationSubset | undefined;
      await writePatch({
        context,
        worksheet,
        plan,
        existingNames: prior.existingNames,
        layout: patch,
        budget: this.budget,
        queuedBytes: creating ? actionBytes(plan.sheet) : 0,
        withLastSync: () => {
          application = context.workbook.application.load('calculationMode');
        },
      });
      // Calculation was suspended while writing; in manual mode nothing recalculates unless asked.
      if (application !== undefined && isManual(application.calculationMode)) {
        application.calculate(RECALCULATE);
        await context.sync();
      }
      return { undo: undoFromSnapshot(plan, prior.before), cellCount: plan.cells.length };
    });
  }

  select(sheet: string, address: string): Promise<void> {
    if (!parseCell(address)) return Promise.reject(hostError('badAddress', address, { address }));
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (worksheet.isNullObject) throw hostError('noSheet', sheet, { sheet });
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  /** The selected range's address, one sync; null when the selection is not a range (a chart, a shape). */
  selectedRange(): Promise<string | null> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange().load('address');
      try {
        await context.sync();
      } catch {
        return null;
      }
      return range.address;
    });
  }

  /** The extra read sync: the sheet's cells and every workbook name. */
  private async readPrior(context: ExcelContextSubset, plan: PatchPlan): Promise<Prior> {
    const read = queueSheetRead(context, plan.sheet);
    await context.sync();
    return { before: read.snapshot(), existingNames: read.workbookNames() };
  }

  /** Uses the caller's snapshot; asks the workbook only about names the snapshot cannot vouch for. */
  private async priorFromSnapshot(
    context: ExcelContextSubset,
    plan: PatchPlan,
    before: SheetSnapshot,
  ): Promise<Prior> {
    const listed = new Set(Object.keys(before.names ?? {}));
    if ([...plan.names.keys()].every((name) => listed.has(name))) return { before, existingNames: listed };
    const names = context.workbook.names.load('items/name');
    await context.sync();
    return { before, existingNames: new Set(names.items.map((item) => item.name)) };
  }
}
