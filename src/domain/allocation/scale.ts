import type { Dec } from '../money/decimal';

/** Exact conversions between decimals and BigInt integers counted in a unit of 10^-places. */

/** `x · 10^places` as a BigInt; exact when `x` has at most `places` decimals (callers make sure it has). */
export function scaledBigInt(x: Dec, places: number): bigint {
  return BigInt(x.toFixed(places).replace('.', ''));
}

/** Floor of a / b for b > 0 (BigInt division truncates toward zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** Ceiling of a / b for b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}
