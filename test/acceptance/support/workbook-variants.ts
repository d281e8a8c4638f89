/**
 * A workbook built by `gnbv build`, changed as people change them in Excel (with exceljs, as a test
 * tool): the plan sheet renamed, moved to second position, with another sheet before it, or copied
 * by hand into a sheet without the add-in's names; and optionally one figure typed wrong.
 */
import { Workbook, type Worksheet } from 'exceljs';

/** The template's plan sheet, as `gnbv build` names it. */
export const BUILT_PLAN_SHEET = 'Kế hoạch kinh phí';

/** How the plan sheet was changed, and which sheet holds the plan afterwards. */
export interface Variant {
  readonly name: string;
  /** The sheet the plan is on after the change. */
  readonly planSheet: string;
  readonly change: (workbook: Workbook) => void;
}

const sheetOf = (workbook: Workbook, name: string): Worksheet => {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}"`);
  return ws;
};

/** Puts `name` at `position` (0-based) in the workbook's order of sheets. */
function moveTo(workbook: Workbook, name: string, position: number): void {
  const order = workbook.worksheets.map((w) => w.name).filter((n) => n !== name);
  order.splice(position, 0, name);
  order.forEach((n, i) => {
    // exceljs writes the sheets by `orderNo`, which its typings leave out.
    (sheetOf(workbook, n) as Worksheet & { orderNo: number }).orderNo = i;
  });
}

/** Renames a sheet and repoints the workbook names at it, as Excel does. */
function rename(workbook: Workbook, from: string, to: string): void {
  sheetOf(workbook, from).name = to;
  const quoted = (s: string) => `'${s.replace(/'/g, "''")}'!`;
  workbook.definedNames.model = workbook.definedNames.model.map((n) => ({
    ...n,
    ranges: n.ranges.map((r) => r.split(quoted(from)).join(quoted(to))),
  }));
}

/** A sheet of notes, as a user adds one. */
function addNotes(workbook: Workbook, name: string): void {
  const ws = workbook.addWorksheet(name);
  ws.getCell('A1').value = 'Ghi chú của Phòng Lao động - Thương binh và Xã hội';
  ws.getCell('A2').value = 'Số liệu đã đối chiếu với Quyết định giao dự toán ngày 08/02/2024.';
}

export const VARIANTS: readonly Variant[] = [
  {
    name: 'plan sheet renamed',
    planSheet: 'KH giảm nghèo 2024',
    change: (wb) => rename(wb, BUILT_PLAN_SHEET, 'KH giảm nghèo 2024'),
  },
  {
    name: 'plan sheet moved to second position',
    planSheet: BUILT_PLAN_SHEET,
    change: (wb) => moveTo(wb, BUILT_PLAN_SHEET, 1),
  },
  {
    name: 'another sheet inserted before the plan sheet',
    planSheet: BUILT_PLAN_SHEET,
    change: (wb) => {
      addNotes(wb, 'Ghi chú');
      moveTo(wb, 'Ghi chú', 0);
    },
  },
  {
    name: 'plan sheet renamed, second, without the add-in names (copied by hand)',
    planSheet: 'Bảng KH (bản chép)',
    change: (wb) => {
      rename(wb, BUILT_PLAN_SHEET, 'Bảng KH (bản chép)');
      wb.definedNames.model = [];
      addNotes(wb, 'Ghi chú');
      moveTo(wb, 'Ghi chú', 0);
    },
  },
];

/** The row of the plan sheet whose "Nội dung" starts with `content` (1-based), or throws. */
export function rowOf(ws: Worksheet, content: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    const text = ws.getCell(r, 2).text;
    if (text.startsWith(content)) return r;
  }
  throw new Error(`no row "${content}" on "${ws.name}"`);
}

/** A typed figure that replaces a cell (the wrong figure of a test). */
export interface WrongFigure {
  /** The start of the row's "Nội dung". */
  readonly row: string;
  /** The column letter. */
  readonly column: string;
  readonly value: number;
}

/** The built workbook changed by `variant`, with `wrong` typed in; returns the bytes and the wrong cell. */
export async function changed(
  built: Uint8Array,
  variant: Variant,
  wrong?: WrongFigure,
): Promise<{ bytes: Uint8Array; cell?: string }> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(built) as unknown as ArrayBuffer);
  variant.change(wb);
  let cell: string | undefined;
  if (wrong) {
    const ws = sheetOf(wb, variant.planSheet);
    cell = `${wrong.column}${rowOf(ws, wrong.row)}`;
    ws.getCell(cell).value = wrong.value;
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return cell === undefined ? { bytes } : { bytes, cell };
}
