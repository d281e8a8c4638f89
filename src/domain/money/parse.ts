import { Dec } from './decimal';
import { fail, ok, type Result } from '../findings';
import { MONEY_MESSAGES, PRECISION_MESSAGES, type MoneyCode } from './messages';
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

// A grouped integer part never starts with a zero group: "0.001" is a decimal, never one.
const GROUPED = /^[1-9]\d{0,2}(?:[SEP]\d{3})+$/;

function grouped(intPart: string, sep: '.' | ','): boolean {
  return new RegExp(GROUPED.source.replace('[SEP]', sep === '.' ? '\\.' : ',')).test(intPart);
}

const UNIT_SUFFIX = /\s*(triệu đồng|triệu|tỷ đồng|tỉ đồng|tỷ|tỉ|đồng|trieu|ty|dong|vnd)\.?$/i;

/**
 * Reads an amount as people write it. Never guesses: a figure that reads two ways
 * under `auto`, an empty text, exponents, `NaN`, several signs or misplaced
 * separators all come back as an error finding with a text in both languages.
 */
export function parseAmount(input: string, locale: NumberLocale = 'auto'): Result<ParsedAmount, MoneyCode> {
  const original = input;
  let t = input
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
  if (t === '') return fail('AMOUNT_EMPTY', MONEY_MESSAGES.AMOUNT_EMPTY());
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
    return fail('AMOUNT_NOT_A_NUMBER', MONEY_MESSAGES.AMOUNT_NOT_A_NUMBER({ input: original }));
  }
  const normalized = normalizeSeparators(t, locale);
  if (typeof normalized !== 'string') {
    return normalized.code === 'AMOUNT_AMBIGUOUS'
      ? fail('AMOUNT_AMBIGUOUS', MONEY_MESSAGES.AMOUNT_AMBIGUOUS({ input: original, ...normalized }))
      : fail('AMOUNT_BAD_FORMAT', MONEY_MESSAGES.AMOUNT_BAD_FORMAT({ input: original, locale }));
  }
  const digits = significantDigits(normalized);
  if (digits > Dec.precision) {
    return fail(
      'AMOUNT_TOO_PRECISE',
      PRECISION_MESSAGES.AMOUNT_TOO_PRECISE({ input: original, digits, max: Dec.precision }),
    );
  }
  const value = new Dec(sign + normalized);
  return ok(unit === undefined ? { value } : { value, unit });
}

/** Why the body of a figure cannot be read: the two ways it reads, when it reads two ways. */
type SeparatorProblem =
  | { readonly code: 'AMOUNT_BAD_FORMAT' }
  | {
      readonly code: 'AMOUNT_AMBIGUOUS';
      readonly sep: '.' | ',';
      readonly asThousands: string;
      readonly asDecimal: string;
    };

const BAD: SeparatorProblem = { code: 'AMOUNT_BAD_FORMAT' };

/** Turns the digits-and-separators body into a plain decimal string (`1469.5`). */
function normalizeSeparators(t: string, locale: NumberLocale): string | SeparatorProblem {
  const dots = count(t, '.');
  const commas = count(t, ',');
  const withMarks = (thousands: '.' | ',' | null, decimal: '.' | ','): string | SeparatorProblem => {
    const parts = t.split(decimal);
    if (parts.length > 2) return BAD;
    const [intPart = '', fracPart] = parts;
    if (intPart === '' || fracPart === '') return BAD;
    let digits = intPart;
    if (thousands !== null && intPart.includes(thousands)) {
      if (!grouped(intPart, thousands)) return BAD;
      digits = intPart.split(thousands).join('');
    }
    if (!/^\d+$/.test(digits) || (fracPart !== undefined && !/^\d+$/.test(fracPart))) return BAD;
    return fracPart === undefined ? digits : `${digits}.${fracPart}`;
  };
  switch (locale) {
    case 'vi':
      return withMarks('.', ',');
    case 'en':
      return withMarks(',', '.');
    case 'plain':
      return commas > 0 ? BAD : withMarks(null, '.');
    case 'auto':
      break;
  }
  if (dots === 0 && commas === 0) return t;
  if (dots > 0 && commas > 0) {
    // The mark that comes last is the decimal mark.
    return t.lastIndexOf(',') > t.lastIndexOf('.') ? withMarks('.', ',') : withMarks(',', '.');
  }
  const sep = dots > 0 ? '.' : ',';
  if ((sep === '.' ? dots : commas) > 1) return withMarks(sep, sep === '.' ? ',' : '.');
  const [intPart = '', frac = ''] = t.split(sep);
  if (frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)) {
    return { code: 'AMOUNT_AMBIGUOUS', sep, asThousands: intPart + frac, asDecimal: `${intPart}.${frac}` };
  }
  return withMarks(null, sep);
}

/**
 * The digits an exact reading must keep: the integer part without leading zeros and the fraction
 * without trailing zeros (`0012.50` → 3). Beyond the engine's precision a figure would be rounded.
 */
export function significantDigits(plainDecimal: string): number {
  const [intPart = '', frac = ''] = plainDecimal.replace(/^[+-]/, '').split('.');
  const i = intPart.replace(/^0+/, '');
  const f = frac.replace(/0+$/, '');
  return i === '' ? f.replace(/^0+/, '').length : i.length + f.length;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** Reads an amount and converts it to `unit`, using the unit written after the figure if there is one. */
export function parseAmountIn(
  input: string,
  unit: MoneyUnit,
  locale: NumberLocale = 'auto',
): Result<Dec, MoneyCode> {
  const r = parseAmount(input, locale);
  if (!r.ok) return r;
  if (r.value.unit === undefined || r.value.unit === unit) return ok(r.value.value);
  return ok(convert(r.value.value, r.value.unit, unit));
}
