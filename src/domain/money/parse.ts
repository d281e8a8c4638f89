import { Dec } from './decimal';
import { fail, ok, type Result } from '../findings';
import { convert, parseUnit, type MoneyUnit } from './units';

/**
 * How the figure's separators are to be read.
 * - `vi`: `.` groups thousands, `,` is the decimal mark (`15.555,25`).
 * - `en`: `,` groups thousands, `.` is the decimal mark (`1,469.50`).
 * - `plain`: digits with an optional `.` decimal mark and no grouping (JSON, `15555.25`).
 * - `auto`: decides from the shape; a figure that reads two ways (`1.469`, `4,136`) is reported ambiguous.
 */
export type NumberLocale = 'vi' | 'en' | 'plain' | 'auto';

export interface ParsedAmount {
  readonly value: Dec;
  /** The unit written after the figure, if any (`466,25 triệu đồng`, `4,136 tỷ`). */
  readonly unit?: MoneyUnit;
}

const GROUPED = /^\d{1,3}(?:[SEP]\d{3})+$/;

function grouped(intPart: string, sep: '.' | ','): boolean {
  return new RegExp(GROUPED.source.replace('[SEP]', sep === '.' ? '\\.' : ',')).test(intPart);
}

const UNIT_SUFFIX = /\s*(triệu đồng|triệu|tỷ đồng|tỉ đồng|tỷ|tỉ|đồng|trieu|ty|dong|vnd)\.?$/i;

/** Quotes a user's text for a message, shortened so a message stays one line. */
function q(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `"${t}"`;
}

/**
 * Reads an amount as people write it. Never guesses: a figure that reads two ways
 * under `auto`, an empty text, exponents, `NaN`, several signs or misplaced
 * separators all come back as a problem with a message in both languages.
 */
export function parseAmount(input: string, locale: NumberLocale = 'auto'): Result<ParsedAmount> {
  const original = input;
  let t = input
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
  if (t === '') {
    return fail('AMOUNT_EMPTY', { vi: 'Số tiền bị bỏ trống.', en: 'The amount is empty.' });
  }
  let unit: MoneyUnit | undefined;
  const suffix = UNIT_SUFFIX.exec(t);
  if (suffix && suffix.index > 0) {
    unit = parseUnit(suffix[1] ?? '');
    t = t.slice(0, suffix.index).trim();
  }
  // Spaces inside a figure are tolerated only as thousands grouping ("1 469").
  if (/^[+-]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/.test(t)) t = t.replace(/ /g, '');
  let sign = '';
  if (t.startsWith('-') || t.startsWith('+') || t.startsWith('−')) {
    sign = t.startsWith('+') ? '' : '-';
    t = t.slice(1);
  }
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) {
    return fail('AMOUNT_NOT_A_NUMBER', {
      vi: `${q(original)} không phải là một số tiền (chỉ được dùng chữ số, dấu chấm, dấu phẩy và một dấu âm).`,
      en: `${q(original)} is not an amount (only digits, dots, commas and one minus sign are allowed).`,
    });
  }
  const normalized = normalizeSeparators(t, locale);
  if (!normalized.ok) {
    return fail(normalized.error.code, {
      vi: normalized.error.message_vi.replace('{x}', q(original)),
      en: normalized.error.message_en.replace('{x}', q(original)),
    });
  }
  const value = new Dec(sign + normalized.value);
  return ok(unit === undefined ? { value } : { value, unit });
}

/** Turns the digits-and-separators body into a plain decimal string (`1469.5`). */
function normalizeSeparators(t: string, locale: NumberLocale): Result<string> {
  const dots = count(t, '.');
  const commas = count(t, ',');
  const bad = (): Result<string> =>
    fail('AMOUNT_BAD_FORMAT', {
      vi: `{x} sai định dạng số (${LOCALE_HINT_VI[locale]}).`,
      en: `{x} is not a well-formed number (${LOCALE_HINT_EN[locale]}).`,
    });
  const withMarks = (thousands: '.' | ',' | null, decimal: '.' | ','): Result<string> => {
    const parts = t.split(decimal);
    if (parts.length > 2) return bad();
    const [intPart = '', fracPart] = parts;
    if (intPart === '' || fracPart === '') return bad();
    let digits = intPart;
    if (thousands !== null && intPart.includes(thousands)) {
      if (!grouped(intPart, thousands)) return bad();
      digits = intPart.split(thousands).join('');
    }
    if (!/^\d+$/.test(digits) || (fracPart !== undefined && !/^\d+$/.test(fracPart))) return bad();
    return ok(fracPart === undefined ? digits : `${digits}.${fracPart}`);
  };
  switch (locale) {
    case 'vi':
      return withMarks('.', ',');
    case 'en':
      return withMarks(',', '.');
    case 'plain':
      return commas > 0 ? bad() : withMarks(null, '.');
    case 'auto':
      break;
  }
  if (dots === 0 && commas === 0) return ok(t);
  if (dots > 0 && commas > 0) {
    // The mark that comes last is the decimal mark.
    return t.lastIndexOf(',') > t.lastIndexOf('.') ? withMarks('.', ',') : withMarks(',', '.');
  }
  const sep = dots > 0 ? '.' : ',';
  if ((sep === '.' ? dots : commas) > 1) return withMarks(sep, sep === '.' ? ',' : '.');
  const [intPart = '', frac = ''] = t.split(sep);
  if (frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)) {
    const asThousands = intPart + frac;
    const asDecimal = `${intPart}.${frac}`;
    return fail('AMOUNT_AMBIGUOUS', {
      vi: `{x} có thể hiểu là ${asThousands} (kiểu Việt Nam, dấu "${sep}" ngăn cách hàng nghìn) hoặc ${asDecimal.replace('.', ',')} (số thập phân); hãy ghi rõ kiểu số (vi hoặc en) hoặc viết ${asThousands}.`,
      en: `{x} reads as ${asThousands} (with "${sep}" grouping thousands) or as ${asDecimal} (a decimal); state the locale (vi or en) or write ${asThousands}.`,
    });
  }
  return withMarks(null, sep);
}

const LOCALE_HINT_VI: Record<NumberLocale, string> = {
  vi: 'kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân, ví dụ 15.555,25',
  en: 'kiểu en-US: dấu phẩy ngăn cách hàng nghìn, dấu chấm trước phần thập phân, ví dụ 15,555.25',
  plain: 'chỉ chữ số và một dấu chấm thập phân, ví dụ 15555.25',
  auto: 'ví dụ 15555.25 hoặc 15.555,25',
};

const LOCALE_HINT_EN: Record<NumberLocale, string> = {
  vi: 'Vietnamese style: dots group thousands, a comma before decimals, e.g. 15.555,25',
  en: 'en-US style: commas group thousands, a dot before decimals, e.g. 15,555.25',
  plain: 'digits and one decimal dot only, e.g. 15555.25',
  auto: 'e.g. 15555.25 or 15.555,25',
};

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** Reads an amount and converts it to `unit`, using the unit written after the figure if there is one. */
export function parseAmountIn(input: string, unit: MoneyUnit, locale: NumberLocale = 'auto'): Result<Dec> {
  const r = parseAmount(input, locale);
  if (!r.ok) return r;
  if (r.value.unit === undefined || r.value.unit === unit) return ok(r.value.value);
  return ok(convert(r.value.value, r.value.unit, unit));
}
