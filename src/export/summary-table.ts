/**
 * The summary table as a Word table: a two-row header (repeated on every page, bold), the
 * TỔNG CỘNG row, then one row per plan item. Figures are written with formatVi exactly as the
 * plan holds them, never rounded, so the printed total is the sum of the printed parts.
 */
import {
  AlignmentType,
  type IXmlableObject,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { element, PlainXml, textRun } from './plain-xml';
import { formatVi } from '../domain/money/format';
import { CELL_PADDING, type ColumnLayout } from './column-widths';
import { halfPoints, TABLE_PT } from './page';
import { SUMMARY_COLUMNS, type RowAmounts, type SummaryRow, type SummaryTable } from './summary-rows';

/** The label of the totals row. */
export const TOTAL_ROW_LABEL = 'TỔNG CỘNG';

/** Said in the Nội dung cell of an item the locality is not concerned by. */
export const NOT_APPLICABLE_NOTE = '(không thuộc đối tượng)';

/** Small cell padding (twips) so figures get the width. */
const CELL_MARGIN = { top: 40, bottom: 40, left: CELL_PADDING, right: CELL_PADDING } as const;

interface CellText {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly align: 'left' | 'center' | 'right';
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(c: CellText, width: number, span: { rows?: number; columns?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(span.rows ? { rowSpan: span.rows } : {}),
    ...(span.columns ? { columnSpan: span.columns } : {}),
    children: [
      new Paragraph({
        alignment: ALIGN[c.align],
        children: [
          new TextRun({
            text: c.text,
            ...(c.bold === true ? { bold: true } : {}),
            ...(c.italics === true ? { italics: true } : {}),
            size: halfPoints(TABLE_PT),
          }),
        ],
      }),
    ],
  });
}

function headerRows(w: readonly number[]): TableRow[] {
  const at = (i: number) => w[i] ?? 0;
  const head = (text: string) => ({ text, bold: true, align: 'center' as const });
  const first = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(head('STT'), at(0), { rows: 2 }),
      cell(head('Nội dung'), at(1), { rows: 2 }),
      cell(head('Tổng cộng'), at(2), { rows: 2 }),
      cell(head('Ngân sách trung ương'), at(3) + at(4) + at(5), { columns: 3 }),
      cell(head('Ngân sách địa phương'), at(6), { rows: 2 }),
      cell(head('Nguồn vốn khác'), at(7), { rows: 2 }),
    ],
  });
  const second = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(head('Tổng số'), at(3)),
      cell(head('Trong đó: vốn sự nghiệp'), at(4)),
      cell(head('Vốn đầu tư phát triển'), at(5)),
    ],
  });
  return [first, second];
}

function moneyCells(amounts: RowAmounts, w: readonly number[], style: Partial<CellText>): TableCell[] {
  return SUMMARY_COLUMNS.map((key, i) => {
    const v = amounts[key];
    return cell({ ...style, text: v === undefined ? '' : formatVi(v), align: 'right' }, w[i + 2] ?? 0);
  });
}

/** Exactly what {@link cell} writes for a cell without spans, as docx's XML object. */
function plainCell(c: CellText, width: number): IXmlableObject {
  const run = textRun(c.text, {
    bold: c.bold ?? false,
    italics: c.italics ?? false,
    size: halfPoints(TABLE_PT),
  });
  return {
    'w:tc': [
      {
        'w:tcPr': [
          element('w:tcW', { 'w:type': 'dxa', 'w:w': width }),
          element('w:vAlign', { 'w:val': 'center' }),
        ],
      },
      { 'w:p': [{ 'w:pPr': [element('w:jc', { 'w:val': c.align })] }, run] },
    ],
  };
}

/** One body row, the same XML as a TableRow of {@link cell}s (see ./plain-xml for why). */
function itemRow(row: SummaryRow, w: readonly number[]): PlainXml {
  // Dự án rows bold, nội dung rows italic, as the template sheet sets them.
  const style: Partial<CellText> = { bold: row.level === 1, italics: row.kind === 'noi_dung' };
  const label = row.applicable ? row.label : `${row.label} ${NOT_APPLICABLE_NOTE}`;
  const money = SUMMARY_COLUMNS.map((key, i) => {
    const v = row.amounts[key];
    return plainCell({ ...style, text: v === undefined ? '' : formatVi(v), align: 'right' }, w[i + 2] ?? 0);
  });
  return new PlainXml({
    'w:tr': [
      { 'w:trPr': [{ 'w:cantSplit': {} }] },
      plainCell({ ...style, text: row.stt, align: 'center' }, w[0] ?? 0),
      plainCell({ ...style, text: label, align: 'left' }, w[1] ?? 0),
      ...money,
    ],
  });
}

/** The whole table, with the column widths of {@link columnLayout}. */
export function summaryDocxTable(table: SummaryTable, layout: ColumnLayout): Table {
  const w = layout.widths;
  const totalRow = new TableRow({
    cantSplit: true,
    children: [
      cell({ text: '', align: 'center' }, w[0] ?? 0),
      cell({ text: TOTAL_ROW_LABEL, bold: true, align: 'center' }, w[1] ?? 0),
      ...moneyCells(table.total, w, { bold: true }),
    ],
  });
  const docxTable = new Table({
    width: { size: w.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGIN,
    rows: [...headerRows(w), totalRow],
  });
  for (const row of table.rows) docxTable.addChildElement(itemRow(row, w));
  return docxTable;
}
