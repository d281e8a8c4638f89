/**
 * Amount arguments, read by THE typed-amount policy (`readTypedAmount`) with the `--locale` given:
 * under `auto`, Vietnamese grouping (`1.469`, `15.555,25`) reads Vietnamese style and a figure that
 * reads two ways (`4,136`) is refused.
 */
import { at, type Where } from '../domain/findings';
import type { Dec } from '../domain/money/decimal';
import { readTypedAmount, type TypedLocale } from '../domain/money/typed-amount';
import { UsageError } from './args';

/** How an argument is named in a message: `--weights (mục thứ 2)`. */
function label(where: Where): string {
  if (where.kind !== 'argument') return '';
  return where.index === undefined ? where.name : `${where.name} (mục thứ ${where.index + 1})`;
}

/** Reads one amount argument or fails with a one-line Vietnamese message naming it. */
export function amountArg(text: string, where: Where, locale: TypedLocale): Dec {
  const r = readTypedAmount(text, locale, where);
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
