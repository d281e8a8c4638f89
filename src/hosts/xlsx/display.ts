/**
 * The text a spreadsheet shows for a number, from the cell's number format, for the snapshot's `text`.
 *
 * An .xlsx file stores no displayed text: Excel formats each number on the user's machine with the
 * separators of its region. The host therefore formats only what it can format honestly and cheaply —
 * General and the plain numeric codes the product and most users write (`0`, `0.00`, `#,##0`, `#,##0.00`,
 * `0%`, `0.0##%`, with quoted literals and a separate negative section) — with the separators of the
 * chosen locale. Anything else (dates, conditions, fractions, scientific) is shown the way General
 * would show it, so the text never claims a precision or a shape the sheet would not show. Readers of
 * amounts use the stored number, never this text (see src/sheet/read-amount.ts).
 */
import { Dec, fromCellNumber } from '../../domain/money';

/** Whose separators the text uses: Vietnamese `15.555,25` or en-US `15,555.25`. */
export type DisplayLocale = 'vi' | 'en';

const SEPARATORS: Record<DisplayLocale, { thousands: string; mark: string }> = {
  vi: { thousands: '.', mark: ',' },
  en: { thousands: ',', mark: '.' },
};

/** The parts of one numeric section of a format code. */
interface NumericSection {
  readonly prefix: string;
  readonly suffix: string;
  readonly grouping: boolean;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly percent: boolean;
}

/** Splits a format code into its sections at `;` outside quotes and escapes. */
function sections(code: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] ?? '';
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** Literal text of a format fragment: quoted strings and escaped characters kept, `_x`/`*x` spacing dropped. */
function literal(fragment: string): string | null {
  let out = '';
  for (let i = 0; i < fragment.length; i++) {
    const ch = fragment[i] ?? '';
    if (ch === '"') {
      const end = fragment.indexOf('"', i + 1);
      if (end === -1) return null;
      out += fragment.slice(i + 1, end);
      i = end;
    } else if (ch === '\\') {
      out += fragment[i + 1] ?? '';
      i++;
    } else if (ch === '_' || ch === '*') {
      i++;
    } else if (/[\s()\-+$€₫đ]/u.test(ch)) {
      out += ch;
    } else return null;
  }
  return out;
}

const CORE = /^([#0,]*0[#0,]*|#[#,]*)(?:\.(0*)(#*))?(%?)$/;

/** Reads one section as prefix + digits + suffix; null when it is not a plain numeric section. */
function numericSection(section: string): NumericSection | null {
  // Colours are only colours; conditions change which section applies, so they are not handled.
  const s = section.replace(/^\[(?:Red|Black|Blue|Green|Cyan|Magenta|White|Yellow|Color\d+)\]/i, '');
  if (s.includes('[')) return null;
  const start = s.search(/[#0.]/);
  if (start === -1) return null;
  let end = start;
  while (end < s.length && /[#0,.%]/.test(s[end] ?? '')) end++;
  const core = CORE.exec(s.slice(start, end));
  const prefix = literal(s.slice(0, start));
  const suffix = literal(s.slice(end));
  if (!core || prefix === null || suffix === null) return null;
  const integer = core[1] ?? '';
  const zeros = core[2] ?? '';
  const hashes = core[3] ?? '';
  return {
    prefix,
    suffix,
    grouping: /[#0],[#0]/.test(integer),
    minDecimals: zeros.length,
    maxDecimals: zeros.length + hashes.length,
    percent: core[4] === '%',
  };
}

function group(digits: string, thousands: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
}

/** General: the number at Excel's 15 significant digits, locale decimal mark, no grouping. */
function general(value: number, locale: DisplayLocale): string {
  const d = fromCellNumber(value);
  if (d === undefined) return String(value);
  const text = d.abs().toFixed();
  return (d.isNegative() && !d.isZero() ? '-' : '') + text.replace('.', SEPARATORS[locale].mark);
}

function withSection(value: Dec, spec: NumericSection, locale: DisplayLocale, sign: string): string {
  const { thousands, mark } = SEPARATORS[locale];
  const scaled = (spec.percent ? value.times(100) : value).abs();
  // Excel rounds the shown figure half away from zero, as ROUND_HALF_UP does.
  const rounded = scaled.toDecimalPlaces(spec.maxDecimals, Dec.ROUND_HALF_UP);
  const shown = Math.max(rounded.decimalPlaces(), spec.minDecimals);
  const [int = '0', frac = ''] = rounded.toFixed(shown).split('.');
  const body = (spec.grouping ? group(int, thousands) : int) + (frac !== '' ? mark + frac : '');
  return `${sign}${spec.prefix}${body}${spec.percent ? '%' : ''}${spec.suffix}`;
}

/**
 * The text shown for a number under a format code.
 *
 * @param numberFormat - the cell's format code in Excel's invariant syntax; undefined or "General" for none.
 */
export function displayNumber(
  value: number,
  numberFormat: string | undefined,
  locale: DisplayLocale,
): string {
  const d = fromCellNumber(value);
  if (d === undefined) return String(value);
  const code = numberFormat ?? 'General';
  if (code === '' || /^general$/i.test(code) || code === '@') return general(value, locale);
  const parts = sections(code);
  const negative = d.isNegative() && !d.isZero();
  // Section 2 is for negatives (shown without the minus unless it writes one), 3 for zero.
  let section = parts[0] ?? '';
  let sign = negative ? '-' : '';
  if (negative && parts.length >= 2) [section, sign] = [parts[1] ?? '', ''];
  if (d.isZero() && parts.length >= 3) section = parts[2] ?? '';
  const spec = numericSection(section);
  if (spec) return withSection(d, spec, locale, sign);
  // A section of text only (accounting formats show zero as "-").
  const text = /[#0?]/.test(section) ? null : literal(section);
  return text !== null && text.trim() !== '' ? text : general(value, locale);
}
