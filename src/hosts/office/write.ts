/**
 * Queuing a checked patch as Excel API calls: contiguous cells go in one call per rectangle, each batch
 * starts by suspending calculation, and a sync is made whenever the next call would take the batch's
 * estimated size over the budget (Excel on the web refuses requests over 5 MB). Only cells, merges,
 * columns and names of the patch are addressed, so nothing else on the sheet is touched.
 */
import type { CellStyle, Patch } from '../../sheet/types';
import { absoluteReference, columnLetters, rangeAddress, type Rect } from '../../sheet/a1';
import type { PatchPlan, PlannedCell } from '../patch-plan';
import { groupRectangles, type Block } from '../rectangles';
import { formulaInput } from './cell-input';
import type { BorderEdge, ExcelContextSubset, RangeSubset, WorksheetSubset } from './excel-subset';
import { actionBytes } from './payload';
import { queuePageSetup, rowHeightRuns } from './page';
import { charsToPoints } from './widths';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Syncs as the payload grows; counts the syncs it made. */
class Batch {
  private used = 0;
  private suspended = false;
  syncs = 0;

  constructor(
    private readonly context: ExcelContextSubset,
    private readonly budget: number,
    queuedBytes: number,
  ) {
    this.used = queuedBytes;
  }

  /** Makes room for an action of `bytes`, syncing first if it would not fit, and suspends calculation. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) await this.flush();
    if (!this.suspended) {
      // Until the next sync only: every batch of writes must suspend again.
      this.context.workbook.application.suspendApiCalculationUntilNextSync();
      this.suspended = true;
    }
    this.used += bytes;
  }

  /** Whether anything is queued and not sent yet. */
  get pending(): boolean {
    return this.used > 0;
  }

  /** Sends what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    await this.context.sync();
    this.syncs++;
    this.used = 0;
    this.suspended = false;
  }
}

/** Splits a block into bands of whole rows, each within the budget (a single row may exceed it alone). */
function bands<T>(
  block: Block<T>,
  entry: (cell: T) => unknown,
  budget: number,
): { rect: Rect; rows: unknown[][]; bytes: number }[] {
  const out: { rect: Rect; rows: unknown[][]; bytes: number }[] = [];
  let rows: unknown[][] = [];
  let bytes = 0;
  let top = block.rect.top;
  block.items.forEach((items, i) => {
    const row = items.map(entry);
    const rowBytes = actionBytes(row);
    if (rows.length > 0 && bytes + rowBytes > budget) {
      out.push({ rect: { ...block.rect, top, bottom: block.rect.top + i - 1 }, rows, bytes });
      rows = [];
      bytes = 0;
      top = block.rect.top + i;
    }
    rows.push(row);
    bytes += rowBytes;
  });
  if (rows.length > 0) out.push({ rect: { ...block.rect, top }, rows, bytes });
  return out;
}

/** Queues the style properties a CellStyle sets on a rectangle; returns how many were queued. */
function queueStyle(range: RangeSubset, style: CellStyle, rect: Rect): number {
  const format = range.format;
  let n = 0;
  const set = (apply: () => void): void => {
    apply();
    n++;
  };
  if (style.fontName !== undefined) set(() => (format.font.name = style.fontName ?? ''));
  if (style.fontSize !== undefined) set(() => (format.font.size = style.fontSize ?? 11));
  if (style.bold !== undefined) set(() => (format.font.bold = style.bold === true));
  if (style.italic !== undefined) set(() => (format.font.italic = style.italic === true));
  if (style.color !== undefined) set(() => (format.font.color = style.color ?? ''));
  if (style.fill === null) set(() => format.fill.clear());
  else if (style.fill !== undefined) set(() => (format.fill.color = style.fill ?? ''));
  if (style.hAlign !== undefined) set(() => (format.horizontalAlignment = H_ALIGN[style.hAlign ?? 'left']));
  if (style.vAlign !== undefined) set(() => (format.verticalAlignment = V_ALIGN[style.vAlign ?? 'bottom']));
  if (style.wrap !== undefined) set(() => (format.wrapText = style.wrap === true));
  if (style.border !== undefined) {
    const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    // Inside edges exist only when the rectangle has more than one column / row.
    if (rect.right > rect.left) edges.push('InsideVertical');
    if (rect.bottom > rect.top) edges.push('InsideHorizontal');
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      if (style.border === 'thin') {
        set(() => (border.style = 'Continuous'));
        set(() => (border.weight = 'Thin'));
      } else set(() => (border.style = 'None'));
    }
  }
  return n;
}

/** A stable key for grouping cells of the same style. */
function styleKey(style: CellStyle): string {
  return JSON.stringify(Object.entries(style).sort(([a], [b]) => a.localeCompare(b)));
}

/** What queueing the patch needs to know. */
export interface WriteTarget {
  readonly context: ExcelContextSubset;
  readonly worksheet: WorksheetSubset;
  readonly plan: PatchPlan;
  /** Names that exist in the workbook already (updated rather than added). */
  readonly existingNames: ReadonlySet<string>;
  readonly budget: number;
  /** Bytes the caller already queued in this batch (e.g. adding the sheet), so they are sent too. */
  readonly queuedBytes?: number;
  /** Row heights and page setup to queue after the cells (the patch's own). */
  readonly layout?: Pick<Patch, 'page' | 'rowHeights'>;
  /** Queues reads that ride on the last sync of the writes (no sync of their own); not called when nothing is sent. */
  readonly withLastSync?: () => void;
}

/**
 * Queues and sends the whole patch. Number formats go before contents so text typed into a text-formatted
 * cell stays text. Returns the number of syncs made (at least one when there is anything to send).
 */
export async function writePatch(target: WriteTarget): Promise<number> {
  const { context, worksheet, plan, budget } = target;
  const batch = new Batch(context, budget, target.queuedBytes ?? 0);
  const formatted = plan.cells.filter((c) => c.write.numberFormat !== undefined);
  for (const block of groupRectangles(formatted, () => '')) {
    for (const band of bands(block, (c: PlannedCell) => c.write.numberFormat, budget)) {
      await batch.reserve(band.bytes);
      worksheet.getRange(rangeAddress(band.rect)).numberFormat = band.rows;
    }
  }
  const withContent = plan.cells.filter((c) => c.writesContent);
  for (const block of groupRectangles(withContent, () => '')) {
    for (const band of bands(block, (c: PlannedCell) => formulaInput(c.write), budget)) {
      await batch.reserve(band.bytes);
      worksheet.getRange(rangeAddress(band.rect)).formulas = band.rows;
    }
  }
  const styled = plan.cells.filter(
    (c) => c.write.style !== undefined && Object.keys(c.write.style).length > 0,
  );
  for (const block of groupRectangles(styled, (c) => styleKey(c.write.style ?? {}))) {
    const style = block.items[0]?.[0]?.write.style ?? {};
    // Each property is its own action; size the batch for the worst case (all properties and edges).
    await batch.reserve(actionBytes(style) * 20);
    queueStyle(worksheet.getRange(rangeAddress(block.rect)), style, block.rect);
  }
  for (const rect of plan.merges) {
    await batch.reserve(actionBytes(rangeAddress(rect)));
    worksheet.getRange(rangeAddress(rect)).merge(false);
  }
  for (const [col, chars] of plan.columnWidths) {
    const letters = columnLetters(col);
    await batch.reserve(actionBytes(letters));
    worksheet.getRange(`${letters}:${letters}`).format.columnWidth = charsToPoints(chars);
  }
  const layout = target.layout;
  for (const run of rowHeightRuns(layout?.rowHeights)) {
    await batch.reserve(actionBytes(run));
    worksheet.getRange(run.rows).format.rowHeight = run.points;
  }
  if (layout?.page) {
    await batch.reserve(actionBytes(layout.page) * 4);
    queuePageSetup(worksheet, layout.page);
  }
  for (const [name, rect] of plan.names) {
    const reference = absoluteReference(plan.sheet, rect);
    await batch.reserve(actionBytes([name, reference]));
    if (target.existingNames.has(name)) context.workbook.names.getItemOrNullObject(name).formula = reference;
    else context.workbook.names.add(name, reference);
  }
  if (batch.pending) target.withLastSync?.();
  await batch.flush();
  return batch.syncs;
}
