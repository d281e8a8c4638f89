/**
 * Every message of the sheet layer, in Vietnamese and English, in one place so wording and
 * terms are reviewed together. Each message names the cell (A1) it is about.
 */
import { TONG, type Severity } from '../domain/findings';
import { formatEn, formatVi, type Dec } from '../domain/money';
import { SOURCE_LABEL_EN, SOURCE_LABEL_VI, type AmountKey, type PlanItem } from '../domain/plan';
import type { CellFinding } from './cell-map';

function who(code: string): { vi: string; en: string } {
  return code === TONG ? { vi: 'Dòng TỔNG CỘNG', en: 'The TỔNG CỘNG (total) row' } : { vi: code, en: code };
}

function finding(args: {
  severity: Severity;
  code: string;
  where: string;
  vi: string;
  en: string;
  cell?: string;
  key?: AmountKey;
  expected?: Dec;
  actual?: Dec;
}): CellFinding {
  const { severity, code, where, vi, en, cell, key, expected, actual } = args;
  return {
    severity,
    code,
    where,
    message_vi: vi,
    message_en: en,
    ...(cell !== undefined ? { cell } : {}),
    ...(key !== undefined ? { key } : {}),
    ...(expected !== undefined ? { expected } : {}),
    ...(actual !== undefined ? { actual } : {}),
    ...(expected !== undefined && actual !== undefined ? { difference: actual.minus(expected) } : {}),
  };
}

/** TEMPLATE_UNPLACED: a plan item whose parent the template has no row for. */
export function unplacedItem(item: PlanItem): CellFinding {
  return finding({
    severity: 'error',
    code: 'TEMPLATE_UNPLACED',
    where: item.code,
    vi: `Không đặt được dòng ${item.code} ("${item.name}") vào mẫu: không có mục cha ${item.parent ?? '(không có)'}.`,
    en: `Row ${item.code} ("${item.name}") has no place in the template: its parent ${item.parent ?? '(none)'} has no row.`,
  });
}

/** TEMPLATE_AMOUNT_TEXT: an amount Excel cannot hold exactly as a number, written as text. */
export function amountAsText(code: string, key: AmountKey, cell: string, value: Dec): CellFinding {
  return finding({
    severity: 'warning',
    code: 'TEMPLATE_AMOUNT_TEXT',
    where: code,
    cell,
    key,
    vi: `${who(code).vi}: ${SOURCE_LABEL_VI[key]} ${formatVi(value)} có quá 15 chữ số nên Excel không giữ được chính xác; ô ${cell} được ghi dạng văn bản và các công thức tổng sẽ không cộng ô này.`,
    en: `${who(code).en}: ${SOURCE_LABEL_EN[key]} ${formatEn(value)} has more than 15 digits, which Excel cannot hold exactly; cell ${cell} is written as text and the total formulas will not add it.`,
  });
}

/** TEMPLATE_FORMULA_DIFFERS: the plan states a figure the template computes by formula, and they differ. */
export function formulaDiffers(
  code: string,
  key: AmountKey,
  cell: string,
  stated: Dec,
  computed: Dec,
): CellFinding {
  return finding({
    severity: 'warning',
    code: 'TEMPLATE_FORMULA_DIFFERS',
    where: code,
    cell,
    key,
    expected: computed,
    actual: stated,
    vi: `${who(code).vi}: kế hoạch ghi ${SOURCE_LABEL_VI[key]} ${formatVi(stated)} nhưng tổng các phần là ${formatVi(computed)}; ô ${cell} là công thức nên sẽ hiện ${formatVi(computed)}.`,
    en: `${who(code).en}: the plan states ${SOURCE_LABEL_EN[key]} ${formatEn(stated)} but its parts sum to ${formatEn(computed)}; cell ${cell} holds a formula and will show ${formatEn(computed)}.`,
  });
}

/** SHEET_NO_HEADER: no row holds the "Nội dung" header. */
export function noHeader(sheet: string): CellFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_NO_HEADER',
    where: sheet,
    vi: `Trang "${sheet}" không có dòng tiêu đề bảng (ô "Nội dung" và ô "Tổng cộng" hoặc "Ngân sách trung ương"); không đọc được kế hoạch.`,
    en: `Sheet "${sheet}" has no table header row (a "Nội dung" cell with "Tổng cộng" or "Ngân sách trung ương"); no plan could be read.`,
  });
}

/** SHEET_NO_COLUMN: a column the reader looks for by its header is not there. */
export function missingColumn(sheet: string, header: string, severity: Severity): CellFinding {
  return finding({
    severity,
    code: 'SHEET_NO_COLUMN',
    where: sheet,
    vi: `Bảng trên trang "${sheet}" không có cột "${header}"; cột này được coi là để trống.`,
    en: `The table on sheet "${sheet}" has no "${header}" column; it is read as empty.`,
  });
}

/** SHEET_TEXT_NUMBER: an amount typed as text; read the Vietnamese way, but Excel's sums skip it. */
export function textNumber(
  where: string,
  key: AmountKey,
  cell: string,
  text: string,
  value: Dec,
): CellFinding {
  return finding({
    severity: 'info',
    code: 'SHEET_TEXT_NUMBER',
    where,
    cell,
    key,
    vi: `Ô ${cell} (${who(where).vi}, ${SOURCE_LABEL_VI[key]}) chứa văn bản "${text}", được đọc là ${formatVi(value)} theo kiểu số Việt Nam; Excel không cộng ô văn bản vào các công thức tổng, hãy nhập lại thành số.`,
    en: `Cell ${cell} (${who(where).en}, ${SOURCE_LABEL_EN[key]}) holds the text "${text}", read Vietnamese-style as ${formatEn(value)}; Excel's total formulas skip text cells, so re-enter it as a number.`,
  });
}

/** SHEET_BAD_NUMBER: a cell in an amount column that is not an amount. */
export function badNumber(
  where: string,
  key: AmountKey,
  cell: string,
  text: string,
  why?: { vi: string; en: string },
): CellFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_BAD_NUMBER',
    where,
    cell,
    key,
    vi: `Ô ${cell} (${who(where).vi}, ${SOURCE_LABEL_VI[key]}) chứa "${text}", không đọc được thành số tiền${why ? `: ${why.vi}` : '.'}`,
    en: `Cell ${cell} (${who(where).en}, ${SOURCE_LABEL_EN[key]}) holds "${text}", which is not an amount${why ? `: ${why.en}` : '.'}`,
  });
}

/** SHEET_ERROR_VALUE: an error value (#VALUE!, #REF!) in an amount cell. */
export function errorValue(where: string, key: AmountKey, cell: string, text: string): CellFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_ERROR_VALUE',
    where,
    cell,
    key,
    vi: `Ô ${cell} (${who(where).vi}, ${SOURCE_LABEL_VI[key]}) báo lỗi ${text}; hãy sửa công thức hoặc số liệu của ô này (hoặc của các ô nó cộng).`,
    en: `Cell ${cell} (${who(where).en}, ${SOURCE_LABEL_EN[key]}) shows the error ${text}; fix the formula or the figures of this cell (or of the cells it adds up).`,
  });
}

/** SHEET_UNPLACED_ROW: a row whose Nội dung matches no Dự án, Tiểu dự án or numbered row. */
export function unplacedRow(cell: string, text: string, hasMoney: boolean): CellFinding {
  return finding({
    severity: hasMoney ? 'error' : 'warning',
    code: 'SHEET_UNPLACED_ROW',
    where: cell,
    cell,
    vi: `Không xác định được dòng của ô ${cell} ("${text}") thuộc Dự án, Tiểu dự án hay nội dung nào (hãy ghi "Dự án n: …", "Tiểu dự án n: …", hoặc đánh số a), b)… hay - ở cột STT)${hasMoney ? '; số tiền của dòng này không được tính' : ''}.`,
    en: `The row of cell ${cell} ("${text}") matches no Dự án, Tiểu dự án or content row (write "Dự án n: …", "Tiểu dự án n: …", or number it a), b)… or - in the STT column)${hasMoney ? '; its amounts are not counted' : ''}.`,
  });
}

/** SHEET_UNKNOWN_ITEM: "Dự án 9" or "Tiểu dự án 4" of a Dự án that has none. */
export function unknownItem(cell: string, text: string): CellFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_UNKNOWN_ITEM',
    where: cell,
    cell,
    vi: `Ô ${cell}: "${text}" không có trong danh mục Chương trình (Quyết định 90/QĐ-TTg); số tiền của dòng này không được tính.`,
    en: `Cell ${cell}: "${text}" is not in the programme's catalogue (Decision 90/QĐ-TTg); its amounts are not counted.`,
  });
}

/** SHEET_DUPLICATE_ROW: a second row for an item already read. */
export function duplicateRow(code: string, cell: string, first: string): CellFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_DUPLICATE_ROW',
    where: code,
    cell,
    vi: `Ô ${cell} lặp lại dòng ${code} đã có ở ô ${first}; dòng lặp không được tính.`,
    en: `Cell ${cell} repeats row ${code}, already at ${first}; the repeated row is not counted.`,
  });
}

/** SHEET_TYPED_TOTAL: a figure typed by hand where the template sums other cells. */
export function typedTotal(where: string, key: AmountKey, cell: string): CellFinding {
  return finding({
    severity: 'warning',
    code: 'SHEET_TYPED_TOTAL',
    where,
    cell,
    key,
    vi: `Ô ${cell} (${who(where).vi}, ${SOURCE_LABEL_VI[key]}) là số nhập tay ở chỗ lẽ ra là công thức cộng các ô thành phần; số này không tự cập nhật khi các ô thành phần thay đổi.`,
    en: `Cell ${cell} (${who(where).en}, ${SOURCE_LABEL_EN[key]}) holds a typed figure where a formula adding its parts belongs; it will not follow changes to the parts.`,
  });
}

/** SHEET_BAD_SETTING: a settings cell that cannot be read. */
export function badSetting(cell: string, label: string, text: string): CellFinding {
  return finding({
    severity: 'error',
    code: 'SHEET_BAD_SETTING',
    where: cell,
    cell,
    vi: `Ô ${cell} ("${label}") chứa "${text}", không phải là số hợp lệ (phải là số không âm; bước làm tròn phải lớn hơn 0).`,
    en: `Cell ${cell} ("${label}") holds "${text}", which is not a valid number (it must not be negative; the rounding step must be above 0).`,
  });
}

/** PATCH_NO_CELL: an allocation part for an item that has no row on the sheet. */
export function noCellFor(code: string): CellFinding {
  return finding({
    severity: 'error',
    code: 'PATCH_NO_CELL',
    where: code,
    vi: `Bảng không có dòng cho ${code} nên không ghi được số phân bổ; hãy thêm dòng hoặc tạo lại bảng.`,
    en: `The table has no row for ${code}, so its allocation cannot be written; add the row or rebuild the table.`,
  });
}
