/**
 * Reading the text of a JSON plan before the plan is read from it: a number that JSON would round
 * (more than 15 significant digits) or that is written with an exponent (`8.2e2`) is refused as
 * written, with its line, since once parsed it can no longer be told apart from an exact figure;
 * a syntax error is told in words with its line and column, never as JSON.parse's English.
 */
import type { Text } from '../domain/findings';

/** The parsed value, or why the text is not a JSON plan we read (a reason, without the file name). */
export type JsonText =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: Text };

/** 1-based line and column of `offset` in `text`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Significant digits of a number literal: sign, point, exponent and leading zeros left out. */
function significantDigits(literal: string): number {
  const mantissa = literal.replace(/^-/, '').replace(/[eE].*$/, '');
  return mantissa.replace('.', '').replace(/^0+/, '').length;
}

/** The first number literal (outside strings) that a JSON number cannot hold as written. */
function inexactNumber(text: string): { literal: string; offset: number; exponent: boolean } | undefined {
  const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      // Skip the string, with its escapes.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c !== '-' && !(c !== undefined && c >= '0' && c <= '9')) continue;
    number.lastIndex = i;
    const m = number.exec(text);
    if (!m) continue;
    const literal = m[0];
    const exponent = /[eE]/.test(literal);
    if (exponent || significantDigits(literal) > 15) return { literal, offset: i, exponent };
    i += literal.length - 1;
  }
  return undefined;
}

/** The syntax error of JSON.parse in words: where it is, never its English. */
function syntaxReason(text: string, error: unknown): Text {
  const message = error instanceof Error ? error.message : '';
  const at = /position (\d+)/.exec(message);
  // A position at the very end is the same mistake as "Unexpected end": something was not closed.
  if (at && Number(at[1]) < text.trimEnd().length) {
    const offset = Number(at[1]);
    const { line, column } = lineColumn(text, offset);
    const near = text.slice(offset, offset + 12).split(/\r?\n/)[0] ?? '';
    const shown = near.trim() === '' ? '' : ` (gần "${near}")`;
    const shownEn = near.trim() === '' ? '' : ` (near "${near}")`;
    return {
      vi: `sai cú pháp ở dòng ${line}, cột ${column}${shown}`,
      en: `a syntax error at line ${line}, column ${column}${shownEn}`,
    };
  }
  if (text.trim() !== '') {
    return {
      vi: 'tệp kết thúc giữa chừng (thiếu dấu ngoặc hoặc dấu ngoặc kép đóng)',
      en: 'the file ends too early (a closing bracket or quote is missing)',
    };
  }
  return { vi: 'tệp không có nội dung', en: 'the file has no content' };
}

/** Parses the text of a JSON plan, refusing numbers it would not hold exactly. */
export function parseJsonText(text: string): JsonText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: syntaxReason(text, e) };
  }
  const inexact = inexactNumber(text);
  if (inexact) {
    const { line } = lineColumn(text, inexact.offset);
    const why = inexact.exponent
      ? { vi: 'viết dạng lũy thừa', en: 'is written with an exponent' }
      : { vi: 'có hơn 15 chữ số có nghĩa', en: 'has more than 15 significant digits' };
    return {
      ok: false,
      reason: {
        vi: `dòng ${line}: số ${inexact.literal} ${why.vi}, số JSON không giữ được chính xác; hãy ghi số tiền dạng chuỗi, ví dụ "820"`,
        en: `line ${line}: the number ${inexact.literal} ${why.en}, which a JSON number cannot hold exactly; write the amount as a string, e.g. "820"`,
      },
    };
  }
  return { ok: true, value };
}
