/**
 * Every message a host gives about a bad patch or a missing sheet, in Vietnamese and English, in one
 * place so the wording is reviewed together. Each names the cell, range or argument at fault.
 */

/** A message in both languages. */
export interface HostMessage {
  readonly vi: string;
  readonly en: string;
}

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** The messages, by error code. */
export const HOST_MESSAGES = {
  badAddress: (address: string): HostMessage => ({
    vi: `Địa chỉ ô "${address}" không hợp lệ (cần dạng A1, ví dụ C7).`,
    en: `Cell address "${address}" is not valid (expected A1 style, e.g. C7).`,
  }),
  badRange: (range: string, purpose: HostMessage): HostMessage => ({
    vi: `Vùng "${range}" (${purpose.vi}) không hợp lệ (cần dạng A1:L1).`,
    en: `Range "${range}" (${purpose.en}) is not valid (expected A1:L1 style).`,
  }),
  duplicateCell: (address: string): HostMessage => ({
    vi: `Ô ${address} được ghi hai lần trong cùng một bản vá.`,
    en: `Cell ${address} is written twice in the same patch.`,
  }),
  badNumber: (address: string, value: number): HostMessage => ({
    vi: `Ô ${address}: giá trị ${String(value)} không phải là số hữu hạn, không ghi được vào Excel.`,
    en: `Cell ${address}: ${String(value)} is not a finite number and cannot be written to Excel.`,
  }),
  textTooLong: (address: string, length: number): HostMessage => ({
    vi: `Ô ${address}: văn bản dài ${length.toLocaleString('vi-VN')} ký tự, vượt giới hạn 32.767 ký tự của một ô Excel.`,
    en: `Cell ${address}: the text is ${length.toLocaleString('en-US')} characters long, over Excel's limit of 32,767 per cell.`,
  }),
  badFormula: (address: string, formula: string): HostMessage => ({
    vi: `Ô ${address}: công thức "${formula}" phải bắt đầu bằng dấu "=".`,
    en: `Cell ${address}: the formula "${formula}" must start with "=".`,
  }),
  badColor: (address: string, color: string): HostMessage => ({
    vi: `Ô ${address}: màu "${color}" không hợp lệ (cần dạng #RRGGBB, ví dụ #FFFF00).`,
    en: `Cell ${address}: colour "${color}" is not valid (expected #RRGGBB, e.g. #FFFF00).`,
  }),
  badWidth: (column: string, width: number): HostMessage => ({
    vi: `Độ rộng cột ${column} phải là số từ 0 đến 255 ký tự (nhận được ${String(width)}).`,
    en: `The width of column ${column} must be a number from 0 to 255 characters (got ${String(width)}).`,
  }),
  badColumn: (column: string): HostMessage => ({
    vi: `Cột "${column}" không hợp lệ (cần chữ cái cột, ví dụ C).`,
    en: `Column "${column}" is not valid (expected column letters, e.g. C).`,
  }),
  badName: (name: string): HostMessage => ({
    vi: `"${name}" không dùng được làm tên trong sổ tính (bắt đầu bằng chữ cái hoặc "_", không có dấu cách, không trùng địa chỉ ô).`,
    en: `"${name}" cannot be a workbook name (start with a letter or "_", no spaces, not a cell address).`,
  }),
  badSheetName: (sheet: string): HostMessage => ({
    vi: `Tên trang tính "${sheet}" không hợp lệ (1 đến 31 ký tự, không có : \\ / ? * [ ]).`,
    en: `Worksheet name "${sheet}" is not valid (1 to 31 characters, none of : \\ / ? * [ ]).`,
  }),
  noSheet: (sheet: string): HostMessage => ({
    vi: `Không có trang tính "${sheet}" trong sổ tính; không ghi gì.`,
    en: `There is no worksheet "${sheet}" in the workbook; nothing was written.`,
  }),
  snapshotMismatch: (snapshotSheet: string, sheet: string): HostMessage => ({
    vi: `Ảnh chụp trước khi ghi là của trang tính "${snapshotSheet}", không phải "${sheet}"; không ghi gì.`,
    en: `The before-snapshot is of worksheet "${snapshotSheet}", not "${sheet}"; nothing was written.`,
  }),
};

/** Error codes of {@link HostError}. */
export type HostErrorCode = keyof typeof HOST_MESSAGES;

/**
 * A patch or request the host refuses, raised before anything is written. `where` names the cell,
 * range, column, name or sheet at fault; the message is Vietnamese first, English alongside.
 */
export class HostError extends Error {
  readonly message_vi: string;
  readonly message_en: string;

  constructor(
    readonly code: HostErrorCode,
    readonly where: string,
    message: HostMessage,
  ) {
    super(`${message.vi} (${message.en})`);
    this.name = 'HostError';
    this.message_vi = message.vi;
    this.message_en = message.en;
  }
}
