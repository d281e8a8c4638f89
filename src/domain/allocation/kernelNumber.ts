import { selectBest } from './select';

/**
 * The allocation in whole steps on plain numbers. Exact when R and every weight are below 2^53 and
 * Σw ≤ 2^50 (the caller checks; see `MAX_WEIGHT_SUM`): products R·w may pass 2^53 and are then
 * divided exactly by `mulDivMod`.
 *
 * `R` steps go to lines with integer weights `w`, bounds `lo ≤ part ≤ hi` (in steps; `hi` at most `R`).
 * Returns the parts in steps, or `undefined` if the bounds cannot be met (the caller checks feasibility
 * first, so this does not happen).
 */
export function allocateSteps(
  R: number,
  w: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
): Float64Array | undefined {
  const n = w.length;
  const parts = new Float64Array(n);
  const free = new Int32Array(n);
  let freeCount = 0;
  let rest = R;
  let bounded = false;
  for (let i = 0; i < n; i++) {
    if (w[i] === 0) {
      // λ·0 = 0, clamped up to the minimum.
      parts[i] = lo[i]!;
      rest -= lo[i]!;
    } else {
      free[freeCount++] = i;
      if (lo[i]! > 0 || hi[i]! < R) bounded = true;
    }
  }
  if (bounded) {
    const r = fixBounds(rest, w, lo, hi, parts, free, freeCount);
    if (r === undefined) return undefined;
    rest = r.rest;
    freeCount = r.freeCount;
  }
  if (freeCount === 0) return rest === 0 ? parts : undefined;
  roundShares(rest, w, parts, free, freeCount);
  return parts;
}

/**
 * Finds which lines sit at a bound in the exact solution x_i = clamp(λ·w_i, lo_i, hi_i), Σx = R.
 * With the free lines' shares rest·w_i/S, E = Σ(lo − share)⁺ − Σ(share − hi)⁺ tells which way λ
 * must move: E > 0 means λ falls, so lines below their minimum stay there; E < 0 the reverse; E = 0
 * means λ is already right. Each round fixes at least one line.
 */
function fixBounds(
  rest0: number,
  w: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
  parts: Float64Array,
  free: Int32Array,
  freeCount0: number,
): { rest: number; freeCount: number } | undefined {
  let rest = rest0;
  let freeCount = freeCount0;
  const side = new Int8Array(w.length); // -1 below lo, +1 above hi, for the current round
  while (freeCount > 0) {
    let S = 0;
    for (let k = 0; k < freeCount; k++) S += w[free[k]!]!;
    // E·S = S·A − B, with B accumulated as Bq·S + Br so that every sum stays exact.
    let A = 0;
    let Bq = 0;
    let Br = 0;
    let violators = 0;
    for (let k = 0; k < freeCount; k++) {
      const i = free[k]!;
      mulDivMod(rest, w[i]!, S);
      const q = divQ;
      const rem = divR;
      // share < lo ⇔ ⌊share⌋ < lo and share > hi ⇔ ⌊share⌋ > hi or (= hi with a fraction), lo and hi whole.
      if (q < lo[i]!) {
        side[i] = -1;
        A += lo[i]! - q;
      } else if (q > hi[i]! || (q === hi[i]! && rem > 0)) {
        side[i] = 1;
        A -= q - hi[i]!;
      } else {
        side[i] = 0;
        continue;
      }
      violators++;
      Br += rem;
      if (Br >= S) {
        Br -= S;
        Bq++;
      }
    }
    if (violators === 0) break;
    const diff = A - Bq;
    const sign = diff > 0 ? 1 : diff < 0 || Br > 0 ? -1 : 0;
    let kept = 0;
    for (let k = 0; k < freeCount; k++) {
      const i = free[k]!;
      const s = side[i]!;
      if (s === -1 && sign >= 0) {
        parts[i] = lo[i]!;
        rest -= lo[i]!;
      } else if (s === 1 && sign <= 0) {
        parts[i] = hi[i]!;
        rest -= hi[i]!;
      } else {
        free[kept++] = i;
      }
    }
    freeCount = kept;
  }
  return rest < 0 ? undefined : { rest, freeCount };
}

/**
 * Largest remainder: each free line gets ⌊rest·w_i/S⌋ steps, and the steps left over go one each to the
 * largest remainders; ties go to the larger weight, then to the earlier line.
 */
function roundShares(
  rest: number,
  w: Float64Array,
  parts: Float64Array,
  free: Int32Array,
  freeCount: number,
): void {
  let S = 0;
  for (let k = 0; k < freeCount; k++) S += w[free[k]!]!;
  const rem = new Float64Array(w.length);
  const cand = new Int32Array(freeCount);
  let candCount = 0;
  let given = 0;
  for (let k = 0; k < freeCount; k++) {
    const i = free[k]!;
    mulDivMod(rest, w[i]!, S);
    const q = divQ;
    const r = divR;
    parts[i] = q;
    given += q;
    if (r > 0) {
      rem[i] = r;
      cand[candCount++] = i;
    }
  }
  // Fewer than candCount: the fractions sum to the leftover and each is below one.
  const leftover = rest - given;
  if (leftover === 0) return;
  const before = (a: number, b: number): boolean => {
    const ra = rem[a]!;
    const rb = rem[b]!;
    if (ra !== rb) return ra > rb;
    const wa = w[a]!;
    const wb = w[b]!;
    return wa !== wb ? wa > wb : a < b;
  };
  selectBest(cand, candCount, leftover, before);
  for (let k = 0; k < leftover; k++) {
    const i = cand[k]!;
    parts[i] = parts[i]! + 1;
  }
}

/** The largest Σw the exact division allows (see `mulDivMod`). */
export const MAX_WEIGHT_SUM = 2 ** 50;

// Results of mulDivMod: two module variables rather than an object per call, as it runs once per line.
let divQ = 0;
let divR = 0;

/** 2^27 + 1: Veltkamp's constant, which splits a double into two 26-bit halves. */
const SPLIT = 134217729;

/** The rounding error of the double product p = fl(a·b): a·b = p + error exactly (Dekker's two-product). */
function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * divQ = floor(a·b / s) and divR = (a·b) mod s, exactly, for integers a, b < 2^53, 0 < s ≤ 2^50 and
 * a·b / s < 2^53 (here b is a weight and s a sum of weights including it).
 *
 * The product may reach 2^106 (steps of one đồng times weights with six decimals) where a double keeps
 * 53 bits. Dekker's two-product gives the rounding error of a·b exactly, so a·b = p + pe, and the same
 * for q·s. With q estimated from p / s (off by at most two), the remainder a·b − q·s =
 * (p − qs) + (pe − qse) is computed without rounding: p and qs lie within a factor two of each other
 * (Sterbenz, since s ≤ 2^50 is small next to p ≥ 2^53), the error terms are integers of at most 2^52,
 * and the true remainder (below 3s) is a representable integer, so each operation is exact. A few
 * corrections bring it into [0, s). BigInt would be exact too, but about ten times slower.
 */
function mulDivMod(a: number, b: number, s: number): void {
  const p = a * b;
  if (p <= Number.MAX_SAFE_INTEGER) {
    divR = p % s;
    divQ = (p - divR) / s;
    return;
  }
  let q = Math.floor(p / s);
  const qs = q * s;
  let r = p - qs + (productError(a, b, p) - productError(q, s, qs));
  while (r < 0) {
    r += s;
    q -= 1;
  }
  while (r >= s) {
    r -= s;
    q += 1;
  }
  divQ = q;
  divR = r;
}

/** `mulDivMod` for the tests: [floor(a·b / s), (a·b) mod s]. */
export function mulDivModForTest(a: number, b: number, s: number): [number, number] {
  mulDivMod(a, b, s);
  return [divQ, divR];
}
