import Decimal from 'decimal.js';

/**
 * The project's private decimal constructor. Never use the global `Decimal`:
 * its configuration is shared with every other library in the bundle.
 *
 * Precision 60 significant digits is far above any budget (the national
 * programme is 7,5 · 10^16 đồng); exponents are never shown in `toString()`
 * so that a plain decimal string always comes out.
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An exact decimal amount, immutable. */
export type Dec = InstanceType<typeof Dec>;

export const ZERO: Dec = new Dec(0);

/** Builds a value from a trusted plain decimal string or a safe integer (internal use, tests). */
export function dec(value: string | number | bigint): Dec {
  if (typeof value === 'bigint') return new Dec(value.toString());
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`dec(): ${value} is not a safe integer; read doubles with fromCellNumber()`);
  }
  return new Dec(value);
}

/** Sum of decimals, exact. */
export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Plain string without exponent and without trailing zeros (`"155.42"`, `"-3"`, `"0"`). */
export function plain(value: Dec): string {
  const s = value.toFixed();
  return s === '-0' ? '0' : s;
}

export function isDec(value: unknown): value is Dec {
  return value instanceof Dec;
}
