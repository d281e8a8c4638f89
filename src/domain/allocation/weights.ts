import type { Dec } from '../money/decimal';
import type { AllocationLine } from './types';

/**
 * Weights as exact integers (each weight times 10^D, D the most decimals any weight has), as plain
 * numbers. The engine works on integers because decimal arithmetic per line is far too slow for a
 * million lines. The helpers live here, next to the loop, so that a hot call never goes through a
 * module binding.
 */
export interface NumberWeights {
  w: Float64Array;
  sum: number;
}

/** 10^k as exact doubles, k = 0..22 (10^22 is the largest power of ten a double holds exactly). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The weights of `lines[free[k]]` as integers, or `undefined` when one of them reaches 2^53 (the caller
 * then uses BigInt). Weights must be finite and non-negative.
 */
export function numberWeights(lines: readonly AllocationLine[], free: Int32Array): NumberWeights | undefined {
  const n = free.length;
  let places = 0;
  for (let k = 0; k < n; k++) {
    const d = placesOf(lines[free[k]!]!.weight);
    if (d > places) places = d;
  }
  const w = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const v = scaledNumber(lines[free[k]!]!.weight, places);
    if (v === undefined) return undefined;
    w[k] = v;
    sum += v;
  }
  return { w, sum };
}

/**
 * Decimal places of a finite decimal, read from decimal.js's public `d` (digits in base 10^7 words
 * aligned on the decimal point) and `e` (exponent) fields: the computation of `decimalPlaces()`
 * without the method call.
 */
export function placesOf(x: Dec): number {
  const d = x.d;
  const last = d.length - 1;
  let n = (last - Math.floor(x.e / 7)) * 7;
  let word = d[last] ?? 0;
  if (word !== 0) {
    while (word % 10 === 0) {
      word /= 10;
      n--;
    }
  }
  return n < 0 ? 0 : n;
}

/**
 * `x · 10^places` as an exact safe integer, or `undefined` when it is 2^53 or more.
 * `x` must be finite, non-negative and have at most `places` decimals.
 * Each base-10^7 word is shifted by a power of ten: the terms are exact integers and so is their sum
 * while it stays below 2^53 (a term that rounds is itself above 2^53 and so is the sum).
 */
export function scaledNumber(x: Dec, places: number): number | undefined {
  const d = x.d;
  const top = Math.floor(x.e / 7);
  let v = 0;
  for (let j = 0; j < d.length; j++) {
    const word = d[j]!;
    if (word === 0) continue;
    const t = 7 * (top - j) + places;
    if (t > 22) return undefined;
    // A negative shift only drops zeros that `places` covers, so the division is exact.
    v += t >= 0 ? word * POW10[t]! : word / POW10[-t]!;
  }
  return v <= Number.MAX_SAFE_INTEGER ? v : undefined;
}
