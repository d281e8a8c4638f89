import { parseAmount, type NumberLocale } from '../domain/money/parse';
import type { Dec } from '../domain/money/decimal';
import { UsageError } from './args';

/** Reads one amount argument or fails with a one-line Vietnamese message naming it. */
export function amountArg(text: string, name: string, locale: NumberLocale): Dec {
  const r = parseAmount(text, locale);
  if (!r.ok) throw new UsageError(`${name}: ${r.error.text.vi}`);
  return r.value.value;
}

/**
 * Reads a list argument. Items are separated by `;` when there is one (so that
 * Vietnamese decimals `1,5;2` work), else by `,`. An empty item is `undefined`
 * (no bound on that line).
 */
export function listArg(text: string, name: string, locale: NumberLocale): (Dec | undefined)[] {
  const items = text.includes(';') ? text.split(';') : text.split(',');
  return items.map((item, i) =>
    item.trim() === '' ? undefined : amountArg(item.trim(), `${name} (mục thứ ${i + 1})`, locale),
  );
}
