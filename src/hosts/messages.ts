/**
 * Every message a host gives about a bad patch or a missing sheet, in Vietnamese and English, in one
 * catalogue so the wording is reviewed together. Each names the cell, range or argument at fault.
 */
import type { Text } from '../domain/findings';

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** The codes of {@link HostError}. */
export type HostCode =
  | 'badAddress'
  | 'badRange'
  | 'duplicateCell'
  | 'badNumber'
  | 'textTooLong'
  | 'badFormula'
  | 'badColor'
  | 'badWidth'
  | 'badColumn'
  | 'badName'
  | 'badSheetName'
  | 'noSheet'
  | 'snapshotMismatch';

/** What each message needs to be written. */
export interface HostArgs {
  readonly badAddress: { readonly address: string };
  /** `purpose` says what the range is for ("gộp ô" / "merge"). */
  readonly badRange: { readonly range: string; readonly purpose: Text };
  readonly duplicateCell: { readonly address: string };
  readonly badNumber: { readonly address: string; readonly value: number };
  readonly textTooLong: { readonly address: string; readonly length: number };
  readonly badFormula: { readonly address: string; readonly formula: string };
  readonly badColor: { readonly address: string; readonly color: string };
  readonly badWidth: { readonly column: string; readonly width: number };
  readonly badColumn: { readonly column: string };
  readonly badName: { readonly name: string };
  readonly badSheetName: { readonly sheet: string };
  readonly noSheet: { readonly sheet: string };
  readonly snapshotMismatch: { readonly snapshotSheet: string; readonly sheet: string };
}

/** The hosts' catalogue: every code, both languages. */
export const HOST_MESSAGES: { readonly [C in HostCode]: (args: HostArgs[C]) => Text } = {
  badAddress: ({ address }) => ({
    vi: `Địa chỉ ô "${address}" không hợp lệ (cần dạng A1, ví dụ C7).`,
    en: `Cell address "${address}" is not valid (expected A1 style, e.g. C7).`,
  }),
  badRange: ({ range, purpose }) => ({
    vi: `Vùng "${range}" (${purpose.vi}) không hợp lệ (cần dạng A1:L1).`,
    en: `Range "${range}" (${purpose.en}) is not valid (expected A1:L1 style).`,
  }),
  duplicateCell: ({ address }) => ({
    vi: `Ô ${address} được ghi hai lần trong cùng một bản vá.`,
    en: `Cell ${address} is written twice in the same patch.`,
  }),
  badNumber: ({ address, value }) => ({
    vi: `Ô ${address}: giá trị ${String(value)} không phải là số hữu hạn, không ghi được vào Excel.`,
    en: `Cell ${address}: ${String(value)} is not a finite number and cannot be written to Excel.`,
  }),
  textTooLong: ({ address, length }) => ({
    vi: `Ô ${address}: văn bản dài ${length.toLocaleString('vi-VN')} ký tự, vượt giới hạn 32.767 ký tự của một ô Excel.`,
    en: `Cell ${address}: the text is ${length.toLocaleString('en-US')} characters long, over Excel's limit of 32,767 per cell.`,
  }),
  badFormula: ({ address, formula }) => ({
    vi: `Ô ${address}: công thức "${formula}" phải bắt đầu bằng dấu "=".`,
    en: `Cell ${address}: the formula "${formula}" must start with "=".`,
  }),
  badColor: ({ address, color }) => ({
    vi: `Ô ${address}: màu "${color}" không hợp lệ (cần dạng #RRGGBB, ví dụ #FFFF00).`,
    en: `Cell ${address}: colour "${color}" is not valid (expected #RRGGBB, e.g. #FFFF00).`,
  }),
  badWidth: ({ column, width }) => ({
    vi: `Độ rộng cột ${column} phải là số từ 0 đến 255 ký tự (nhận được ${String(width)}).`,
    en: `The width of column ${column} must be a number from 0 to 255 characters (got ${String(width)}).`,
  }),
  badColumn: ({ column }) => ({
    vi: `Cột "${column}" không hợp lệ (cần chữ cái cột, ví dụ C).`,
    en: `Column "${column}" is not valid (expected column letters, e.g. C).`,
  }),
  badName: ({ name }) => ({
    vi: `"${name}" không dùng được làm tên trong sổ tính (bắt đầu bằng chữ cái hoặc "_", không có dấu cách, không trùng địa chỉ ô).`,
    en: `"${name}" cannot be a workbook name (start with a letter or "_", no spaces, not a cell address).`,
  }),
  badSheetName: ({ sheet }) => ({
    vi: `Tên trang tính "${sheet}" không hợp lệ (1 đến 31 ký tự, không có : \\ / ? * [ ]).`,
    en: `Worksheet name "${sheet}" is not valid (1 to 31 characters, none of : \\ / ? * [ ]).`,
  }),
  noSheet: ({ sheet }) => ({
    vi: `Không có trang tính "${sheet}" trong sổ tính; không ghi gì.`,
    en: `There is no worksheet "${sheet}" in the workbook; nothing was written.`,
  }),
  snapshotMismatch: ({ snapshotSheet, sheet }) => ({
    vi: `Ảnh chụp trước khi ghi là của trang tính "${snapshotSheet}", không phải "${sheet}"; không ghi gì.`,
    en: `The before-snapshot is of worksheet "${snapshotSheet}", not "${sheet}"; nothing was written.`,
  }),
};

/**
 * A patch or request the host refuses, raised before anything is written. `where` names the cell,
 * range, column, name or sheet at fault as the patch wrote it (a label for people, never parsed);
 * `text` is the message in both languages.
 */
export class HostError extends Error {
  constructor(
    readonly code: HostCode,
    readonly where: string,
    readonly text: Text,
  ) {
    super(`${text.vi} (${text.en})`);
    this.name = 'HostError';
  }
}

/** The {@link HostError} of `code`, its text written from the catalogue. */
export function hostError<C extends HostCode>(code: C, where: string, args: HostArgs[C]): HostError {
  const message: (a: HostArgs[C]) => Text = HOST_MESSAGES[code];
  return new HostError(code, where, message(args));
}
