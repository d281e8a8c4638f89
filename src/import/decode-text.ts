/**
 * A text file's bytes into a string, with the encoding detected from the bytes: UTF-8 with or
 * without a byte-order mark, UTF-16 LE/BE with a byte-order mark, and UTF-16 LE/BE without one
 * (told by the zero bytes of its mostly Latin text). Anything else is refused with a finding that
 * says what the file seems to be (a legacy Vietnamese encoding such as Windows-1258, binary data,
 * a PDF, a Word 97–2003 .doc) rather than read into garbled text. Pure.
 */
import { fail, ok, type MessageCatalogue, type Result } from '../domain/findings';

/** Why bytes are not read as text; every one is an `error` finding. */
export type DecodeCode =
  'IMPORT_EMPTY_FILE' | 'IMPORT_NOT_TEXT' | 'IMPORT_LEGACY_ENCODING' | 'IMPORT_PDF' | 'IMPORT_WORD_97';

export const decodeMessages: MessageCatalogue<DecodeCode, void> = {
  IMPORT_EMPTY_FILE: () => ({
    vi: 'Tệp trống, không có nội dung để nhập.',
    en: 'The file is empty; there is nothing to import.',
  }),
  IMPORT_NOT_TEXT: () => ({
    vi: 'Tệp không phải văn bản (.txt) hay tệp Word (.docx): nội dung có các byte nhị phân.',
    en: 'The file is neither a text file (.txt) nor a Word file (.docx): it holds binary bytes.',
  }),
  IMPORT_LEGACY_ENCODING: () => ({
    vi: 'Tệp không phải UTF-8 hay UTF-16: có thể là Windows-1258 (bảng mã cũ, hoặc TCVN3, VNI). Hãy lưu lại tệp với bảng mã UTF-8.',
    en: 'The file is neither UTF-8 nor UTF-16: it may be Windows-1258 (a legacy encoding, or TCVN3, VNI). Please save the file again with the UTF-8 encoding.',
  }),
  IMPORT_PDF: () => ({
    vi: 'Tệp là PDF, chưa đọc được. Hãy dùng tệp Word (.docx) của kế hoạch, hoặc chép văn bản sang một tệp .txt.',
    en: "The file is a PDF, which cannot be read. Please use the plan's Word file (.docx), or copy the text into a .txt file.",
  }),
  IMPORT_WORD_97: () => ({
    vi: 'Tệp là văn bản Word 97–2003 (.doc), chưa đọc được. Hãy mở bằng Word và lưu thành .docx.',
    en: 'The file is a Word 97–2003 document (.doc), which cannot be read. Please open it in Word and save it as .docx.',
  }),
};

const refuse = (code: DecodeCode) => fail(code, decodeMessages[code]());

/** Above this share of control characters, decoded text is taken for binary data. */
const CONTROL_SHARE = 0.01;
/** UTF-16 without a mark: at least this share of the high bytes is zero (ASCII and Latin-1 letters)… */
const UTF16_HIGH_ZEROS = 0.4;
/** …and at most this share of the low bytes (no Vietnamese letter has a zero low byte). */
const UTF16_LOW_ZEROS = 0.05;
/** …and at least this share of the decoded characters are letters, marks or spaces. */
const UTF16_LETTERS = 0.6;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Decodes strictly: `undefined` when the bytes are not valid in that encoding. */
function strict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Control characters other than tab, line and page breaks, plus U+0000 and replacement characters. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f || c === 0xfffd) controls++;
  }
  return controls / text.length;
}

/** UTF-16 without a byte-order mark, little-endian (`le`) or big-endian, when the bytes look like it. */
function utf16WithoutMark(bytes: Uint8Array, le: boolean): string | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let highZeros = 0;
  let lowZeros = 0;
  const high = le ? 1 : 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i + high] === 0) highZeros++;
    if (bytes[i + 1 - high] === 0) lowZeros++;
  }
  const units = bytes.length / 2;
  if (highZeros / units < UTF16_HIGH_ZEROS || lowZeros / units > UTF16_LOW_ZEROS) return undefined;
  const text = strict(bytes, le ? 'utf-16le' : 'utf-16be');
  if (text === undefined || text.includes('\ufffd') || controlShare(text) > CONTROL_SHARE) return undefined;
  const letters = text.match(/[\p{L}\p{M}\s]/gu)?.length ?? 0;
  return letters / text.length >= UTF16_LETTERS ? text : undefined;
}

/** Text that decoded, unless it is mostly control characters (binary data that happens to decode). */
function asText(text: string): Result<string, DecodeCode> {
  return controlShare(text) > CONTROL_SHARE ? refuse('IMPORT_NOT_TEXT') : ok(text);
}

/** Bytes that are neither UTF-8 nor UTF-16: a legacy 8-bit encoding, or binary data. */
function refuseUnknown(bytes: Uint8Array): Result<string, DecodeCode> {
  let controls = 0;
  for (const b of bytes) if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) controls++;
  return bytes.includes(0) || controls / bytes.length > CONTROL_SHARE
    ? refuse('IMPORT_NOT_TEXT')
    : refuse('IMPORT_LEGACY_ENCODING');
}

/**
 * Decodes a text file's bytes, detecting the encoding (see the module's note). The byte-order mark,
 * if any, is not part of the text. Never throws.
 */
export function decodeText(bytes: Uint8Array): Result<string, DecodeCode> {
  if (bytes.length === 0) return refuse('IMPORT_EMPTY_FILE');
  const marked: ['utf-8' | 'utf-16le' | 'utf-16be', number[]][] = [
    ['utf-8', [0xef, 0xbb, 0xbf]],
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ];
  for (const [encoding, mark] of marked) {
    if (!startsWith(bytes, mark)) continue;
    const text = strict(bytes, encoding);
    return text === undefined ? refuseUnknown(bytes) : asText(text);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return refuse('IMPORT_PDF');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return refuse('IMPORT_WORD_97');
  if (bytes.includes(0)) {
    const text = utf16WithoutMark(bytes, true) ?? utf16WithoutMark(bytes, false);
    if (text !== undefined) return ok(text);
    // Else UTF-8 with a stray zero byte is still text; more than a few make it binary (below).
  }
  const text = strict(bytes, 'utf-8');
  return text === undefined ? refuseUnknown(bytes) : asText(text);
}
