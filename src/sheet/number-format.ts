/**
 * Number formats for amount cells.
 *
 * Can a format code make Excel show `15.555,25` whatever the user's locale? No, not honestly.
 * In a format code `,` and `.` are not characters but placeholders for "the thousands separator"
 * and "the decimal separator", which Excel takes from its own setting (File › Options › Advanced ›
 * "Use system separators") or else from the operating system's region. Office.js writes
 * `Range.numberFormat` in this invariant (en-US) syntax and offers `numberFormatLocal` for the
 * user's spelling of the same code; neither changes the separators, and the application
 * properties that hold them (`Application.decimalSeparator`, `useSystemSeparators`) are read-only
 * to an add-in. The only forcing trick is to write the separators as literal text
 * (`[>=1000000]#"."###"."##0;[>=1000]#"."##0;0`): it works for whole non-negative numbers below a
 * billion only (two conditions are all a format may hold, so negatives and decimals fall
 * through, and a decimal mark cannot be a literal because the digits after it would be read
 * as integer digits), and it makes a number look like text to anyone who checks.
 *
 * Chosen: a locale-following format with grouping and exactly as many decimals as the largest
 * number of decimals among the amounts (and the rounding step), so no figure is ever shown
 * rounded and every total shown is the sum of the parts shown. On a machine set to Vietnamese
 * (or with Excel's separators set to `.` and `,`) it shows `15.555,25`; on an en-US machine it
 * shows `15,555.25`, the same stored number. The reader never depends on the shown text of a
 * number cell: it reads the stored double and rounds it to Excel's 15 digits.
 */
import type { Dec } from '../domain/money';

/** Most decimals a format is built with; more would mean amounts below 1 đồng in triệu đồng. */
export const MAX_FORMAT_DECIMALS = 6;

/** The format code for amounts with `decimals` decimals: `#,##0` or `#,##0.00` (invariant syntax). */
export function amountFormat(decimals: number): string {
  const d = Math.min(Math.max(Math.trunc(decimals), 0), MAX_FORMAT_DECIMALS);
  return d === 0 ? '#,##0' : `#,##0.${'0'.repeat(d)}`;
}

/** Decimals needed to show every value exactly: the largest count among them (at most the cap). */
export function decimalsFor(values: Iterable<Dec>): number {
  let d = 0;
  for (const v of values) d = Math.max(d, v.decimalPlaces());
  return Math.min(d, MAX_FORMAT_DECIMALS);
}

/** Format of the ratio cell (0,05 shows as 5%, 0,125 as 12,5%). */
export const RATIO_FORMAT = '0.0##%';

/**
 * True when a format code shows numbers as a date or a time (`dd/mm/yyyy`, `h:mm`, `[$-vi-VN]d mmm`):
 * date codes (d, m, y, h, s, AM/PM, elapsed [h]) outside quoted text, escapes and colour or locale
 * brackets. An amount cell with such a format shows a date, not an amount.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const section = format.split(';')[0] ?? '';
  const stripped = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  if (/^general$/i.test(stripped.trim())) return false;
  return /[dmyhs]|AM\/PM|A\/P/i.test(stripped.replace(/E[+-]/gi, ''));
}
