import type { Dec } from './decimal';
import { parseAmount, type NumberLocale } from './parse';
import { fail, ok, type Result, type Where } from '../findings';

/**
 * How a person's typed figures are read, stated explicitly by every caller (the task pane's setting,
 * the CLI's `--locale`, the custom functions' rule): `vi` (`1.469` = 1469, `4,136` = 4.136), `en`
 * (`1,469.50`), or `auto`.
 */
export type TypedLocale = 'vi' | 'en' | 'auto';

/**
 * A figure whose integer part is grouped by dots in threes, Vietnamese style: `1.469`, `15.555,25`,
 * `1.000.000`. Only the leading figure is looked at, so a trailing unit does not hide the grouping.
 */
const VI_GROUPING = /^[+\-−]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?(?=\s|$)/;

/**
 * The locale `auto` resolves to for one text. The users are Vietnamese: a text with Vietnamese
 * grouping (dots between groups of three digits, optionally a decimal comma) is read Vietnamese style;
 * every other text is read by its shape, and a figure that still reads two ways (`4,136`: 4136 in
 * English, 4,136 in Vietnamese) is refused rather than guessed.
 */
export function resolveLocale(text: string, locale: TypedLocale): NumberLocale {
  if (locale !== 'auto') return locale;
  return VI_GROUPING.test(text.normalize('NFC').trim()) ? 'vi' : 'auto';
}

/**
 * The one policy for an amount a person typed (task pane field, CLI argument, text in a cell read by a
 * GNBV function): the figure in the caller's unit. A unit written after the figure is returned
 * separately by {@link parseAmount}; here it is refused, since the caller works in one unit.
 * The failure is an error finding located at `where`.
 */
export function readTypedAmount(text: string, locale: TypedLocale, where: Where): Result<Dec> {
  const r = parseAmount(text, resolveLocale(text, locale));
  if (!r.ok) return { ok: false, error: { ...r.error, where } };
  if (r.value.unit !== undefined) {
    return fail(
      'AMOUNT_WITH_UNIT',
      {
        vi: `"${text.trim()}" ghi kèm đơn vị; hãy chỉ ghi số theo đơn vị của bảng`,
        en: `"${text.trim()}" carries a unit; write the figure only, in the table's unit`,
      },
      where,
    );
  }
  return ok(r.value.value);
}
