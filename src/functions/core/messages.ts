/**
 * Every failure message of the GNBV functions, Vietnamese first (shown in the cell's error tooltip)
 * with English alongside. Each names the argument, and for a range the cell, so a user knows what to fix.
 */
import type { MessageCatalogue, Text } from '../../domain/findings';
import type { Dec } from '../../domain/money/decimal';
import { formatEn, formatVi } from '../../domain/money/format';
import { UNIT_LABEL_VI, type MoneyUnit } from '../../domain/money/units';
import { placeEn, placeVi, type Place } from './place';

/** Why a GNBV function gives no value. */
export type FunctionCode =
  | 'FN_EMPTY'
  | 'FN_LOGICAL'
  | 'FN_ERROR_VALUE'
  | 'FN_NOT_A_NUMBER'
  | 'FN_NOT_FINITE'
  | 'FN_AMBIGUOUS'
  | 'FN_TEXT_WITH_UNIT'
  | 'FN_NOT_SINGLE'
  | 'FN_NEGATIVE'
  | 'FN_STEP_NOT_POSITIVE'
  | 'FN_NO_VALUES'
  | 'FN_BLANK_INSIDE'
  | 'FN_SIZE_MISMATCH'
  | 'FN_BOUND_WITHOUT_WEIGHT'
  | 'FN_NOT_CELL_EXACT'
  | 'FN_ALLOCATION'
  | 'FN_BAD_UNIT'
  | 'FN_WORDS'
  | 'FN_ALL_EMPTY'
  | 'FN_BAD_STYLE'
  | 'FN_TOTAL_MISMATCH'
  | 'FN_BAD_DECIMALS'
  | 'FN_WOULD_ROUND'
  | 'FN_CRITERIA'
  | 'FN_CRITERIA_COLUMNS';

const vi = (x: Dec): string => formatVi(x);
const en = (x: Dec): string => formatEn(x);

/** What a user passed, as a message shows it: `"abc"`, `3`, or "this value" for anything else. */
export type Shown = string | number | boolean | undefined;

function shownText(v: Shown): Text {
  if (typeof v === 'string') return { vi: `"${v}"`, en: `"${v}"` };
  if (typeof v === 'number' || typeof v === 'boolean') return { vi: String(v), en: String(v) };
  return { vi: 'giá trị này', en: 'this value' };
}

/** The texts of {@link FunctionCode}, by code. */
export const FUNCTION_MESSAGES = {
  FN_EMPTY: ({ place }: { place: Place }): Text => ({
    vi: `${placeVi(place)} bị bỏ trống.`,
    en: `${placeEn(place)} is empty.`,
  }),
  FN_LOGICAL: ({ place, value }: { place: Place; value: boolean }): Text => {
    const shown = value ? 'TRUE' : 'FALSE';
    return {
      vi: `${placeVi(place)} không phải là số (đang là giá trị logic ${shown}).`,
      en: `${placeEn(place)} is not a number (it is the logical value ${shown}).`,
    };
  },
  /** `code` is the Excel error the input cell shows (`#REF!`). */
  FN_ERROR_VALUE: ({ place, code }: { place: Place; code: string }): Text => ({
    vi: `${placeVi(place)} không phải là số (ô đang báo lỗi ${code}).`,
    en: `${placeEn(place)} is not a number (the cell shows the error ${code}).`,
  }),
  /** `detail` says why the text cannot be read, when it is known. */
  FN_NOT_A_NUMBER: ({ place, detail }: { place: Place; detail?: Text }): Text => ({
    vi: `${placeVi(place)} không phải là số${detail ? `: ${detail.vi}` : '.'}`,
    en: `${placeEn(place)} is not a number${detail ? `: ${detail.en}` : '.'}`,
  }),
  FN_NOT_FINITE: ({ place }: { place: Place }): Text => ({
    vi: `${placeVi(place)} không phải là số hữu hạn.`,
    en: `${placeEn(place)} is not a finite number.`,
  }),
  FN_AMBIGUOUS: ({ place, text }: { place: Place; text: string }): Text => ({
    vi: `${placeVi(place)} ghi "${text}", đọc được hai cách (số nguyên hoặc số thập phân); nếu là số nguyên hãy viết không có dấu phẩy, nếu là số thập phân hãy nhập vào ô dạng số.`,
    en: `${placeEn(place)} holds "${text}", which reads two ways (a whole number or a decimal); write a whole number without the comma, or enter a decimal as a number cell.`,
  }),
  /** A cell's text written with its unit (`466,25 triệu đồng`). */
  FN_TEXT_WITH_UNIT: ({ text, unit }: { text: string; unit: MoneyUnit }): Text => ({
    vi: `"${text.trim()}" ghi kèm đơn vị (${UNIT_LABEL_VI[unit]}); hãy chỉ ghi số, các hàm GNBV tính theo đơn vị của bảng`,
    en: `"${text.trim()}" carries a unit; write the figure only, the GNBV functions work in the sheet's unit`,
  }),
  FN_NOT_SINGLE: ({ arg }: { arg: string }): Text => ({
    vi: `${arg}: phải là một ô, không phải một vùng.`,
    en: `${arg}: must be one cell, not a range.`,
  }),
  FN_NEGATIVE: ({ place, value }: { place: Place; value: Dec }): Text => ({
    vi: `${placeVi(place)} là số âm (${vi(value)}); số tiền và tỷ lệ phải không âm.`,
    en: `${placeEn(place)} is negative (${en(value)}); amounts and ratios must not be negative.`,
  }),
  FN_STEP_NOT_POSITIVE: ({ arg, step }: { arg: string; step: Dec }): Text => ({
    vi: `${arg}: bước làm tròn phải lớn hơn 0 (đang là ${vi(step)}).`,
    en: `${arg}: the rounding step must be greater than 0 (it is ${en(step)}).`,
  }),
  FN_NO_VALUES: ({ arg }: { arg: string }): Text => ({
    vi: `${arg}: không có ô nào có số.`,
    en: `${arg}: no cell holds a number.`,
  }),
  FN_BLANK_INSIDE: ({ arg, cell }: { arg: string; cell: number }): Text => ({
    vi: `${arg}: ô thứ ${cell} bị bỏ trống; hãy ghi 0 nếu dòng này không nhận kinh phí.`,
    en: `${arg}: cell ${cell} is empty; write 0 if this line receives nothing.`,
  }),
  /** Two ranges that must line up do not; `oneAllowed` adds that a single cell applies to every line. */
  FN_SIZE_MISMATCH: (a: {
    arg: string;
    size: number;
    other: string;
    otherSize: number;
    oneAllowed: boolean;
  }): Text => {
    const hintVi = a.oneAllowed ? ` (hoặc chỉ một ô, dùng chung cho mọi dòng)` : '';
    const hintEn = a.oneAllowed ? ` (or a single cell, used for every line)` : '';
    return {
      vi: `${a.arg} có ${a.size} ô, trong khi ${a.other} có ${a.otherSize} ô; hai vùng phải có cùng số ô${hintVi}.`,
      en: `${a.arg} has ${a.size} cells while ${a.other} has ${a.otherSize}; both ranges must have as many cells${hintEn}.`,
    };
  },
  FN_BOUND_WITHOUT_WEIGHT: ({
    arg,
    cell,
    weights,
  }: {
    arg: string;
    cell: number;
    weights: string;
  }): Text => ({
    vi: `${arg}: ô thứ ${cell} có số nhưng ô thứ ${cell} của ${weights} bị bỏ trống.`,
    en: `${arg}: cell ${cell} holds a number but cell ${cell} of ${weights} is empty.`,
  }),
  /** A result that a cell, holding a double shown with 15 significant digits, could not show exactly. */
  FN_NOT_CELL_EXACT: ({ what, value }: { what: Text; value: Dec }): Text => ({
    vi: `${what.vi} = ${vi(value)} có quá 15 chữ số có nghĩa nên ô Excel không ghi được chính xác; hãy dùng đơn vị tính lớn hơn hoặc bước làm tròn lớn hơn.`,
    en: `${what.en} = ${en(value)} has more than 15 significant digits, so an Excel cell cannot hold it exactly; use a larger unit or a larger rounding step.`,
  }),
  /** An allocation that cannot be made: each reason after the argument to fix. */
  FN_ALLOCATION: ({ reasons }: { reasons: readonly { arg: string; text: Text }[] }): Text => ({
    vi: reasons.map((r) => `${r.arg}: ${r.text.vi}`).join(' '),
    en: reasons.map((r) => `${r.arg}: ${r.text.en}`).join(' '),
  }),
  FN_BAD_UNIT: ({ shown }: { shown: Shown }): Text => {
    const s = shownText(shown);
    return {
      vi: `don_vi: ${s.vi} không phải là đơn vị tính; hãy ghi "triệu", "tỷ" hoặc "đồng".`,
      en: `don_vi: ${s.en} is not a unit; write "triệu", "tỷ" or "đồng".`,
    };
  },
  /** The amount `so` cannot be written in words; `reason` says why. */
  FN_WORDS: ({ reason }: { reason: Text }): Text => ({ vi: `so: ${reason.vi}`, en: `so: ${reason.en}` }),
  FN_ALL_EMPTY: (): Text => ({
    vi: 'tong, nstw, nsdp, khac: đều bị bỏ trống; hãy ghi ít nhất một số tiền.',
    en: 'tong, nstw, nsdp, khac: all empty; give at least one amount.',
  }),
  FN_BAD_STYLE: ({ shown }: { shown: Shown }): Text => {
    const s = shownText(shown);
    return {
      vi: `kieu: ${s.vi} không phải là kiểu văn phong; hãy ghi 1 ("b) Kinh phí thực hiện: …") hoặc 2 ("Nguồn vốn giao: …").`,
      en: `kieu: ${s.en} is not a wording style; use 1 ("b) Kinh phí thực hiện: …") or 2 ("Nguồn vốn giao: …").`,
    };
  },
  FN_TOTAL_MISMATCH: ({ total, sources }: { total: Dec; sources: Dec }): Text => {
    const off = total.minus(sources).abs();
    return {
      vi: `tong: ${vi(total)} khác tổng các nguồn nstw + nsdp + khac = ${vi(sources)} (lệch ${vi(off)}); hãy sửa số liệu hoặc để trống tong.`,
      en: `tong: ${en(total)} differs from the sources nstw + nsdp + khac = ${en(sources)} (off by ${en(off)}); fix the figures or leave tong empty.`,
    };
  },
  FN_BAD_DECIMALS: ({ decimals, max }: { decimals: Dec; max: number }): Text => ({
    vi: `so_le: phải là số nguyên từ 0 đến ${max} (đang là ${vi(decimals)}).`,
    en: `so_le: must be a whole number from 0 to ${max} (it is ${decimals.toFixed()}).`,
  }),
  /** SO asked for fewer decimals (`wanted`) than the amount has (`has`). */
  FN_WOULD_ROUND: ({ amount, has, wanted }: { amount: Dec; has: number; wanted: number }): Text => ({
    vi: `so_le: ${vi(amount)} có ${has} chữ số thập phân; hiện ${wanted} chữ số thì phải làm tròn, mà số đã làm tròn không còn cộng khớp với các số khác. Hãy để so_le từ ${has} trở lên, hoặc làm tròn số trước bằng công thức.`,
    en: `so_le: ${amount.toFixed()} has ${has} decimals; showing ${wanted} would round it, and a rounded figure no longer adds up with the others. Use so_le ${has} or more, or round the figure first with a formula.`,
  }),
  /** Recipients a criteria table cannot score, each reason after the argument to fix. */
  FN_CRITERIA: ({ reasons }: { reasons: readonly { arg: string; text: Text }[] }): Text => ({
    vi: reasons.map((r) => `${r.arg}: ${r.text.vi}`).join(' '),
    en: reasons.map((r) => `${r.arg}: ${r.text.en}`).join(' '),
  }),
  /** `so_luong` has `columns` columns, `tieu_chi` is left out and the table has `ids` per-unit criteria. */
  FN_CRITERIA_COLUMNS: ({ columns, ids }: { columns: number; ids: readonly string[] }): Text => ({
    vi: `tieu_chi: so_luong có ${columns} cột nhưng bảng có ${ids.length} tiêu chí tính theo đơn vị (${ids.join(', ') || 'không có'}); hãy chọn dòng tiêu đề ghi mã tiêu chí của từng cột làm tieu_chi.`,
    en: `tieu_chi: so_luong has ${columns} columns but the table has ${ids.length} per-unit criteria (${ids.join(', ') || 'none'}); select the header row giving each column's criterion id as tieu_chi.`,
  }),
} satisfies MessageCatalogue<FunctionCode>;
