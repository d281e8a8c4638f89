/**
 * Every message of the sheet layer, in Vietnamese and English, in one catalogue so wording and
 * terms are reviewed together. Each message names the cell (A1) it is about.
 */
import {
  kindsOf,
  kindStyle,
  labelNumber,
  ordinal,
  QD90,
  topKindWords,
  type Catalogue,
} from '../domain/catalogue';
import { TONG, type Text } from '../domain/findings';
import { formatEn, formatVi, type Dec } from '../domain/money';
import { SOURCE_LABEL_EN, SOURCE_LABEL_VI } from '../domain/plan';
import type { AmountCell } from './cell-map';

/** The codes of the sheet layer's findings. */
export type SheetCode =
  | 'TEMPLATE_AMOUNT_TEXT'
  | 'TEMPLATE_FORMULA_DIFFERS'
  | 'SHEET_NO_HEADER'
  | 'SHEET_NO_COLUMN'
  | 'SHEET_TEXT_NUMBER'
  | 'SHEET_BAD_NUMBER'
  | 'SHEET_ERROR_VALUE'
  | 'SHEET_UNPLACED_ROW'
  | 'SHEET_UNKNOWN_ITEM'
  | 'SHEET_DUPLICATE_ROW'
  | 'SHEET_TYPED_TOTAL'
  | 'SHEET_BAD_SETTING'
  | 'SHEET_ASSIGNED_DIFFERS'
  | 'SHEET_DATE_AMOUNT'
  | 'PATCH_NO_CELL';

/** What each message needs to be written. */
export interface SheetArgs {
  /** An amount Excel cannot hold exactly as a number, written as text. */
  readonly TEMPLATE_AMOUNT_TEXT: AmountCell & { readonly value: Dec };
  /** The plan states a figure the template computes by formula, and they differ. */
  readonly TEMPLATE_FORMULA_DIFFERS: AmountCell & { readonly stated: Dec; readonly computed: Dec };
  /** No row holds the "Nội dung" header. */
  readonly SHEET_NO_HEADER: { readonly sheet: string };
  /** A column the reader looks for by its header is not there. */
  readonly SHEET_NO_COLUMN: { readonly sheet: string; readonly header: string };
  /** An amount typed as text; read the Vietnamese way, but Excel's sums skip it. */
  readonly SHEET_TEXT_NUMBER: AmountCell & { readonly text: string; readonly value: Dec };
  /** A cell in an amount column that is not an amount (with why, when the number reader says). */
  readonly SHEET_BAD_NUMBER: AmountCell & { readonly text: string; readonly why?: Text };
  /** An error value (#VALUE!, #REF!) in an amount cell. */
  readonly SHEET_ERROR_VALUE: AmountCell & { readonly text: string };
  /** A row whose Nội dung matches no Dự án, Tiểu dự án or numbered row. */
  readonly SHEET_UNPLACED_ROW: {
    readonly address: string;
    readonly text: string;
    readonly hasMoney: boolean;
    /** How the catalogue's kinds are named (default: 2021–2025). */
    readonly scheme?: SheetScheme;
  };
  /** "Dự án 9" or "Tiểu dự án 4" of a Dự án that has none. */
  readonly SHEET_UNKNOWN_ITEM: {
    readonly address: string;
    readonly text: string;
    readonly scheme?: SheetScheme;
  };
  /** A second row for an item already read. */
  readonly SHEET_DUPLICATE_ROW: { readonly code: string; readonly address: string; readonly first: string };
  /** A figure typed by hand where the template sums other cells. */
  readonly SHEET_TYPED_TOTAL: AmountCell;
  /** A settings cell that cannot be read. */
  readonly SHEET_BAD_SETTING: { readonly address: string; readonly label: string; readonly text: string };
  /** An assigned total of the settings block (NSTW or NSĐP) that differs from the plan's total of that source. */
  readonly SHEET_ASSIGNED_DIFFERS: {
    readonly address: string;
    readonly source: 'nstw' | 'nsdp';
    readonly assigned: Dec;
    readonly planned: Dec;
  };
  /** An amount cell formatted as a date or time: the figure shown is a date, not an amount. */
  readonly SHEET_DATE_AMOUNT: AmountCell & { readonly text: string; readonly format: string };
  /** An allocation part for an item that has no row on the sheet. */
  readonly PATCH_NO_CELL: { readonly code: string };
}

/** The row a message is about: the item's code, or the TỔNG CỘNG row. */
function who(code: string): Text {
  return code === TONG ? { vi: 'Dòng TỔNG CỘNG', en: 'The TỔNG CỘNG (total) row' } : { vi: code, en: code };
}

/** "Ô E16 (DA3.1, Vốn sự nghiệp)" / "Cell E16 (DA3.1, Central recurrent)". */
function cellOf(a: AmountCell): Text {
  return {
    vi: `Ô ${a.address} (${who(a.code).vi}, ${SOURCE_LABEL_VI[a.key]})`,
    en: `Cell ${a.address} (${who(a.code).en}, ${SOURCE_LABEL_EN[a.key]})`,
  };
}

/** How messages name a catalogue's kinds and its legal basis. */
export interface SheetScheme {
  readonly kindsVi: string;
  readonly kindsEn: string;
  readonly hintVi: string;
  readonly hintEn: string;
  readonly basisVi: string;
  readonly basisEn: string;
}

/** The 2021–2025 wording (Quyết định 90/QĐ-TTg), which messages use when given no other. */
export const QD90_SCHEME: SheetScheme = sheetScheme(QD90);

/** How messages name a catalogue's kinds ("Dự án, Tiểu dự án") and its legal basis. */
export function sheetScheme(catalogue: Catalogue): SheetScheme {
  const words = topKindWords(catalogue);
  const hint = kindsOf(catalogue)
    .map((k) => {
      const style = kindStyle(catalogue, k);
      if (style.label === 'title') return `"${style.word} ${ordinal(1)}"`;
      return `"${style.word} ${style.digits ? labelNumber(style, 1) : 'n'}: …"`;
    })
    .join(', ');
  const basis = catalogue.basis ?? { vi: catalogue.name, en: catalogue.name };
  return { kindsVi: words, kindsEn: words, hintVi: hint, hintEn: hint, basisVi: basis.vi, basisEn: basis.en };
}

/** The sheet layer's catalogue: every code, both languages. */
export const SHEET_MESSAGES: { readonly [C in SheetCode]: (args: SheetArgs[C]) => Text } = {
  TEMPLATE_AMOUNT_TEXT: (a) => ({
    vi: `${who(a.code).vi}: ${SOURCE_LABEL_VI[a.key]} ${formatVi(a.value)} có quá 15 chữ số nên Excel không giữ được chính xác; ô ${a.address} được ghi dạng văn bản và các công thức tổng sẽ không cộng ô này.`,
    en: `${who(a.code).en}: ${SOURCE_LABEL_EN[a.key]} ${formatEn(a.value)} has more than 15 digits, which Excel cannot hold exactly; cell ${a.address} is written as text and the total formulas will not add it.`,
  }),
  TEMPLATE_FORMULA_DIFFERS: (a) => ({
    vi: `${who(a.code).vi}: kế hoạch ghi ${SOURCE_LABEL_VI[a.key]} ${formatVi(a.stated)} nhưng tổng các phần là ${formatVi(a.computed)}; ô ${a.address} là công thức nên sẽ hiện ${formatVi(a.computed)}.`,
    en: `${who(a.code).en}: the plan states ${SOURCE_LABEL_EN[a.key]} ${formatEn(a.stated)} but its parts sum to ${formatEn(a.computed)}; cell ${a.address} holds a formula and will show ${formatEn(a.computed)}.`,
  }),
  SHEET_NO_HEADER: ({ sheet }) => ({
    vi: `Trang "${sheet}" không có dòng tiêu đề bảng (ô "Nội dung" và ô "Tổng cộng" hoặc "Ngân sách trung ương"); không đọc được kế hoạch.`,
    en: `Sheet "${sheet}" has no table header row (a "Nội dung" cell with "Tổng cộng" or "Ngân sách trung ương"); no plan could be read.`,
  }),
  SHEET_NO_COLUMN: ({ sheet, header }) => ({
    vi: `Bảng trên trang "${sheet}" không có cột "${header}"; cột này được coi là để trống.`,
    en: `The table on sheet "${sheet}" has no "${header}" column; it is read as empty.`,
  }),
  SHEET_TEXT_NUMBER: (a) => ({
    vi: `${cellOf(a).vi} chứa văn bản "${a.text}", được đọc là ${formatVi(a.value)} theo kiểu số Việt Nam; Excel không cộng ô văn bản vào các công thức tổng, hãy nhập lại thành số.`,
    en: `${cellOf(a).en} holds the text "${a.text}", read Vietnamese-style as ${formatEn(a.value)}; Excel's total formulas skip text cells, so re-enter it as a number.`,
  }),
  SHEET_BAD_NUMBER: (a) => ({
    vi: `${cellOf(a).vi} chứa "${a.text}", không đọc được thành số tiền${a.why ? `: ${a.why.vi}` : '.'}`,
    en: `${cellOf(a).en} holds "${a.text}", which is not an amount${a.why ? `: ${a.why.en}` : '.'}`,
  }),
  SHEET_ERROR_VALUE: (a) => ({
    vi: `${cellOf(a).vi} báo lỗi ${a.text}; hãy sửa công thức hoặc số liệu của ô này (hoặc của các ô nó cộng).`,
    en: `${cellOf(a).en} shows the error ${a.text}; fix the formula or the figures of this cell (or of the cells it adds up).`,
  }),
  SHEET_UNPLACED_ROW: ({ address, text, hasMoney, scheme = QD90_SCHEME }) => ({
    vi: `Không xác định được dòng của ô ${address} ("${text}") thuộc ${scheme.kindsVi} hay nội dung nào (hãy ghi ${scheme.hintVi}, hoặc đánh số a), b)… hay - ở cột STT)${hasMoney ? '; số tiền của dòng này không được tính' : ''}.`,
    en: `The row of cell ${address} ("${text}") matches no ${scheme.kindsEn} or content row (write ${scheme.hintEn}, or number it a), b)… or - in the STT column)${hasMoney ? '; its amounts are not counted' : ''}.`,
  }),
  SHEET_UNKNOWN_ITEM: ({ address, text, scheme = QD90_SCHEME }) => ({
    vi: `Ô ${address}: "${text}" không có trong danh mục Chương trình (${scheme.basisVi}); số tiền của dòng này không được tính.`,
    en: `Cell ${address}: "${text}" is not in the programme's catalogue (${scheme.basisEn}); its amounts are not counted.`,
  }),
  SHEET_DUPLICATE_ROW: ({ code, address, first }) => ({
    vi: `Ô ${address} lặp lại dòng ${code} đã có ở ô ${first}; dòng lặp không được tính.`,
    en: `Cell ${address} repeats row ${code}, already at ${first}; the repeated row is not counted.`,
  }),
  SHEET_TYPED_TOTAL: (a) => ({
    vi: `${cellOf(a).vi} là số nhập tay ở chỗ lẽ ra là công thức cộng các ô thành phần; số này không tự cập nhật khi các ô thành phần thay đổi.`,
    en: `${cellOf(a).en} holds a typed figure where a formula adding its parts belongs; it will not follow changes to the parts.`,
  }),
  SHEET_BAD_SETTING: ({ address, label, text }) => ({
    vi: `Ô ${address} ("${label}") chứa "${text}", không phải là số hợp lệ (phải là số không âm; bước làm tròn phải lớn hơn 0).`,
    en: `Cell ${address} ("${label}") holds "${text}", which is not a valid number (it must not be negative; the rounding step must be above 0).`,
  }),
  SHEET_ASSIGNED_DIFFERS: ({ address, source, assigned, planned }) => ({
    vi: `Ô ${address}: ${source === 'nstw' ? 'NSTW' : 'NSĐP'} được giao là ${formatVi(assigned)} triệu đồng nhưng kế hoạch ghi tổng ${SOURCE_LABEL_VI[source]} ${formatVi(planned)} triệu đồng; chênh lệch ${formatVi(planned.minus(assigned))} triệu đồng.`,
    en: `Cell ${address}: the assigned ${SOURCE_LABEL_EN[source]} is ${formatEn(assigned)} million đồng but the plan's items add up to ${formatEn(planned)} million đồng; the difference is ${formatEn(planned.minus(assigned))} million đồng.`,
  }),
  SHEET_DATE_AMOUNT: (a) => ({
    vi: `${cellOf(a).vi} có định dạng ngày giờ ("${a.format}") và hiện "${a.text}"; đây không phải là số tiền nên không được tính — hãy nhập lại số tiền và đổi định dạng ô thành số.`,
    en: `${cellOf(a).en} is formatted as a date or time ("${a.format}") and shows "${a.text}"; that is not an amount, so it is not counted — re-enter the amount and format the cell as a number.`,
  }),
  PATCH_NO_CELL: ({ code }) => ({
    vi: `Bảng không có dòng cho ${code} nên không ghi được số phân bổ; hãy thêm dòng hoặc tạo lại bảng.`,
    en: `The table has no row for ${code}, so its allocation cannot be written; add the row or rebuild the table.`,
  }),
};
