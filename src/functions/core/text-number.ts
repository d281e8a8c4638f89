import type { Dec } from '../../domain/money/decimal';
import { parseAmount, type NumberLocale } from '../../domain/money/parse';
import type { MoneyCode } from '../../domain/money/messages';
import { fail, ok, type Result } from '../../domain/findings';
import { textWithUnit } from './failures';

/**
 * A figure whose integer part is grouped by dots in threes, Vietnamese style: `1.469`, `15.555,25`,
 * `1.000.000`. Only the leading figure is looked at, so a trailing unit does not hide the grouping.
 */
const VI_GROUPING = /^[+\-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?(?=\s|$)/;

/**
 * How the text of a cell is read (the text-number rule of the GNBV functions).
 *
 * The users are Vietnamese: a cell whose text is `1.469` means one thousand four hundred and sixty-nine,
 * never 1,469. So a text with Vietnamese grouping (dots between groups of three digits, optionally a
 * decimal comma: `1.469`, `15.555,25`) is read with locale `vi`. Every other text is read with `auto`,
 * which accepts `15555.25`, `466,25` and `1,469.50` and refuses a figure that reads two ways
 * (`4,136`), because guessing there would silently change an amount by a factor of a thousand.
 */
export function textLocale(text: string): NumberLocale {
  return VI_GROUPING.test(text.normalize('NFC').trim()) ? 'vi' : 'auto';
}

/** Code of the failure for a figure written with its unit (`466,25 triệu đồng`). */
export const TEXT_WITH_UNIT = 'FN_TEXT_WITH_UNIT';

/** Why a cell's text is not an amount. */
export type CellTextCode = MoneyCode | typeof TEXT_WITH_UNIT;

/**
 * Reads the text of a cell as an amount under {@link textLocale}. A unit written after the figure is
 * refused rather than converted: the functions work in whatever unit the sheet uses, and a figure in
 * another unit among them would be off by a thousand.
 */
export function parseCellText(text: string): Result<Dec, CellTextCode> {
  const r = parseAmount(text, textLocale(text));
  if (!r.ok) return r;
  if (r.value.unit !== undefined) return fail(TEXT_WITH_UNIT, textWithUnit(text, r.value.unit));
  return ok(r.value.value);
}
