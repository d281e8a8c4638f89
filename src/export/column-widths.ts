/**
 * Column widths of the summary table. A figure must never wrap inside its cell (Word would break
 * it between digits, and "1.469" over two lines is misread), so each money column is sized from
 * its longest figure and Nội dung takes what is left.
 */
import { formatVi } from '../domain/money/format';
import { TABLE_PT, textWidthTwips } from './page';
import { SUMMARY_COLUMNS, type RowAmounts, type SummaryTable } from './summary-rows';

/** Horizontal padding of a cell, each side, in twips. */
export const CELL_PADDING = 70;

/** STT holds "VII" or "a)" in bold. */
const STT_TWIPS = 650;
/** A money column is never narrower than its header's longest word ("nghiệp", "phương") needs. */
const MIN_MONEY_TWIPS = 1080;
/** Below this Nội dung becomes a column of single words. */
const MIN_LABEL_TWIPS = 1800;

/** Width of a figure in Times New Roman: digits are half an em, the separators a quarter. */
function figureTwips(text: string): number {
  const em = TABLE_PT * 20;
  let ems = 0;
  for (const ch of text) ems += /\d/.test(ch) ? 0.5 : ch === '-' ? 0.333 : 0.25;
  // 5 % slack for the bold totals row and the renderer's rounding.
  return Math.ceil(ems * em * 1.05) + 2 * CELL_PADDING;
}

export interface ColumnLayout {
  /** STT, Nội dung, then the six money columns, in twips; they add up to the text width. */
  readonly widths: number[];
  /** False when the figures cannot all fit on one line at this orientation (landscape would help). */
  readonly figuresFit: boolean;
}

/** Sizes the columns for a portrait or landscape page. */
export function columnLayout(table: SummaryTable, landscape: boolean): ColumnLayout {
  const width = textWidthTwips(landscape);
  const all: RowAmounts[] = [table.total, ...table.rows.map((r) => r.amounts)];
  const money = SUMMARY_COLUMNS.map((key) =>
    all.reduce((most, a) => {
      const v = a[key];
      return v === undefined ? most : Math.max(most, figureTwips(formatVi(v)));
    }, MIN_MONEY_TWIPS),
  );
  const needed = money.reduce((a, b) => a + b, 0);
  const room = width - STT_TWIPS - MIN_LABEL_TWIPS;
  const figuresFit = needed <= room;
  // When they cannot fit, shrink what each money column needs beyond its header's minimum, in
  // proportion: some figures then wrap, but the headers stay whole words.
  const floor = money.length * MIN_MONEY_TWIPS;
  const share = Math.max(0, room - floor) / Math.max(1, needed - floor);
  const scaled = figuresFit
    ? money
    : money.map((m) => MIN_MONEY_TWIPS + Math.floor((m - MIN_MONEY_TWIPS) * share));
  const label = width - STT_TWIPS - scaled.reduce((a, b) => a + b, 0);
  return { widths: [STT_TWIPS, label, ...scaled], figuresFit };
}
