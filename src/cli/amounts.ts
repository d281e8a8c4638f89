/**
 * Amount arguments, read with the `--locale` given (under `auto`, Vietnamese grouping `1.469`,
 * `15.555,25` reads Vietnamese style and a figure that reads two ways, `4,136`, is refused) and with
 * their unit words honoured: `1,5 tỷ` is 1500 in triệu, `1 tỷ 005 triệu đồng` is read whole, an
 * unknown unit word is refused. Ratios (`5%`) have their own reader.
 */
import { at, type Where } from '../domain/findings';
import type { Dec } from '../domain/money/decimal';
import type { TypedLocale } from '../domain/money/typed-amount';
import { readAmountWithUnit, readRatio } from '../domain/money/unit-amount';
import type { MoneyUnit } from '../domain/money/units';
import { UsageError } from './args';

/** How an argument is named in a message: `--weights (mục thứ 2)`. */
function label(where: Where): string {
  if (where.kind !== 'argument') return '';
  return where.index === undefined ? where.name : `${where.name} (mục thứ ${where.index + 1})`;
}

/**
 * Reads one amount argument in `unit` (default triệu đồng; a unit written after the figure is
 * converted exactly) or fails with a one-line Vietnamese message naming it.
 */
export function amountArg(
  text: string,
  where: Where,
  locale: TypedLocale,
  unit: MoneyUnit = 'trieu_dong',
): Dec {
  const r = readAmountWithUnit(text, unit, locale, where);
  if (!r.ok) throw new UsageError(`${label(r.error.where)}: ${r.error.text.vi}`);
  return r.value;
}

/** Reads a ratio argument (`0,5`, `50%`); a money unit or a negative ratio is refused. */
export function ratioArg(text: string, where: Where, locale: TypedLocale): Dec {
  const r = readRatio(text, locale, where);
  if (!r.ok) throw new UsageError(`${label(r.error.where)}: ${r.error.text.vi}`);
  return r.value;
}

/**
 * Reads a list argument. Items are separated by `;` when there is one (so that
 * Vietnamese decimals `1,5;2` work), else by `,`. An empty item is `undefined`
 * (no bound on that line).
 */
export function listArg(text: string, name: string, locale: TypedLocale): (Dec | undefined)[] {
  const items = text.includes(';') ? text.split(';') : text.split(',');
  return items.map((item, i) =>
    item.trim() === '' ? undefined : amountArg(item.trim(), at.argument(name, i), locale),
  );
}
