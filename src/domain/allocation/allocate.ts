import { Dec, ZERO } from '../money/decimal';
import type { AllocationFinding } from './allocation-findings';
import { PartBuilder } from './build';
import { allocateStepsBig } from './kernelBigInt';
import { allocateSteps, MAX_WEIGHT_SUM } from './kernelNumber';
import * as msg from './allocation-findings';
import { scaledBigInt } from './scale';
import { Steps } from './steps';
import type { AllocationLine, AllocationRequest, AllocationResult } from './types';
import { numberWeights } from './weights';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Finite and not below zero (−0 counts as zero), read from the public fields to stay cheap per line. */
function isFinite(x: Dec): boolean {
  // decimal.js keeps `d` null for NaN and ±Infinity although its typings say number[].
  return (x.d as number[] | null) !== null;
}
function isNegative(x: Dec): boolean {
  return x.s < 0 && x.d[0] !== 0;
}

/**
 * Splits `total` over `lines` in proportion to their weights, in whole multiples of `step`, so that the
 * parts add up to the total exactly (largest remainder method).
 *
 * **Exact shares.** Locked lines keep their `locked` value exactly and are left out. What remains,
 * R = total − Σlocked, must be a multiple of the step. Each other line's exact share is
 * x_i = clamp(λ·w_i, min_i, max_i) with the one λ for which Σx_i = R, where `min` is rounded UP and
 * `max` DOWN to a multiple of the step (so the bounds themselves are reachable parts). A zero weight
 * gives λ·0 = 0, clamped to the line's minimum. λ is found exactly, with integers.
 *
 * **Rounding.** Lines held at a bound get it exactly. Every other line gets its share rounded down to a
 * whole step, and the steps left over (fewer than the number of lines) go one each to the lines with
 * the largest fractional remainders. So every part is a multiple of the step, lies within its bounds,
 * differs from its exact share by less than one step, and the parts sum exactly to the total.
 *
 * **Tie-break** (deterministic, the same input always gives the same parts): equal remainders → the
 * line with the larger weight first → then the earlier line.
 *
 * **Known limitation (Alabama paradox).** Largest remainder is not monotone per line: weights 6, 6, 2
 * give 4, 4, 2 for a total of 10 but 5, 5, 1 for 11. What does hold: when the total grows by one step,
 * the sum grows by exactly one step and no part falls by more than one step.
 *
 * Invalid or infeasible requests (negative amounts, step ≤ 0, min > max, Σmin > total, total > Σmax,
 * all weights zero, a total that is not a multiple of the step, …) come back as `ok: false` with error
 * findings; nothing is thrown. A locked value outside its own line's bounds is kept, with a warning.
 *
 * Cost: about linear in the number of lines (each round of fixing bounds is one pass; rounds are few),
 * on plain numbers while R (the total in steps) stays below 2^53 and the weights, scaled to integers,
 * sum to at most 2^50; BigInt beyond (exact, about ten times slower).
 */
export function allocate(req: AllocationRequest): AllocationResult {
  const { total, lines, step } = req;
  const errors: AllocationFinding[] = [];
  const warnings: AllocationFinding[] = [];

  if (!isFinite(step)) errors.push(msg.notANumber('step'));
  else if (step.lte(0)) errors.push(msg.stepNotPositive(step));
  if (!isFinite(total)) errors.push(msg.notANumber('total'));
  else if (isNegative(total)) errors.push(msg.negative('total', total));

  let lockedSum = ZERO;
  let lockedCount = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    checkLine(line, i, errors);
    if (line.locked !== undefined && isFinite(line.locked)) {
      lockedSum = lockedSum.plus(line.locked);
      lockedCount++;
      if (
        (line.min !== undefined && line.locked.lt(line.min)) ||
        (line.max !== undefined && line.locked.gt(line.max))
      ) {
        warnings.push(msg.lockedOutsideBounds(i, line.locked, line.min, line.max));
      }
    }
  }
  if (errors.length > 0) return { ok: false, findings: errors };

  const rest = total.minus(lockedSum);
  if (rest.lt(0)) return { ok: false, findings: [msg.lockedExceedTotal(lockedSum, total)] };
  const steps = new Steps(step);
  const R = steps.exact(rest);
  if (R === undefined) return { ok: false, findings: [msg.notMultipleOfStep(total, lockedSum, rest, step)] };
  if (lines.length === 0) {
    return R === 0n
      ? { ok: true, parts: [], findings: warnings }
      : { ok: false, findings: [msg.emptyLines(total)] };
  }
  if (lockedCount === lines.length) {
    if (R !== 0n) return { ok: false, findings: [msg.allLocked(rest)] };
    return { ok: true, parts: lines.map((l) => l.locked ?? ZERO), findings: warnings };
  }

  const problem = prepare(lines, steps, R, rest, errors);
  if (problem === undefined) return { ok: false, findings: errors };
  const { free } = problem;

  const builder = new PartBuilder(step);
  const parts: Dec[] = new Array<Dec>(lines.length);
  const fastW = fastWeights(problem, lines);
  if (fastW !== undefined && problem.lo instanceof Float64Array && problem.hi instanceof Float64Array) {
    const out = allocateSteps(Number(R), fastW, problem.lo, problem.hi);
    if (out === undefined) return { ok: false, findings: [msg.internalError()] };
    for (let k = 0; k < free.length; k++) parts[free[k]!] = builder.fromNumber(out[k]!);
  } else {
    const out = allocateStepsBig(R, bigWeights(problem, lines), toBig(problem.lo), toBig(problem.hi));
    if (out === undefined) return { ok: false, findings: [msg.internalError()] };
    for (let k = 0; k < free.length; k++) parts[free[k]!] = builder.fromBigInt(out[k]!);
  }
  for (let i = 0; i < lines.length; i++) {
    const locked = lines[i]!.locked;
    if (locked !== undefined) parts[i] = locked;
  }
  return { ok: true, parts, findings: warnings };
}

function checkLine(line: AllocationLine, i: number, errors: AllocationFinding[]): void {
  const { weight, min, max, locked } = line;
  if (!isFinite(weight)) errors.push(msg.notANumber('weight', i));
  else if (isNegative(weight)) errors.push(msg.negative('weight', weight, i));
  // Lines without bounds or lock, the common case for a million lines, stop here.
  if (min === undefined && max === undefined && locked === undefined) return;
  const minOk = min === undefined || checkValue('min', min, i, errors);
  const maxOk = max === undefined || checkValue('max', max, i, errors);
  if (locked !== undefined) checkValue('locked', locked, i, errors);
  if (minOk && maxOk && min !== undefined && max !== undefined && min.gt(max)) {
    errors.push(msg.minAboveMax(i, min, max));
  }
}

function checkValue(
  field: 'min' | 'max' | 'locked',
  value: Dec,
  i: number,
  errors: AllocationFinding[],
): boolean {
  if (!isFinite(value)) errors.push(msg.notANumber(field, i));
  else if (isNegative(value)) errors.push(msg.negative(field, value, i));
  else return true;
  return false;
}

/**
 * The unlocked lines with their bounds in steps, after the feasibility checks: plain numbers while R is
 * below 2^53 (bounds are then capped to R + 1, which changes no answer since no part exceeds R), BigInt
 * beyond.
 */
interface Prepared {
  /** Original indices of the unlocked lines. */
  free: Int32Array;
  /** Minimum and maximum of each unlocked line, in steps (maximum R when there is none). */
  lo: Float64Array | bigint[];
  hi: Float64Array | bigint[];
}

function prepare(
  lines: readonly AllocationLine[],
  steps: Steps,
  R: bigint,
  rest: Dec,
  errors: AllocationFinding[],
): Prepared | undefined {
  const n = lines.length;
  const free = new Int32Array(n);
  let count = 0;
  const small = R <= BigInt(MAX_SAFE);
  const Rn = small ? Number(R) : 0;
  const loN = new Float64Array(small ? n : 0);
  const hiN = new Float64Array(small ? n : 0).fill(Rn);
  const loB: bigint[] = small ? [] : new Array<bigint>(n).fill(0n);
  const hiB: bigint[] = small ? [] : new Array<bigint>(n).fill(R);
  // Σ of the minimums and the most the lines can take (Σ max of positive weights + Σ min of zero weights),
  // saturated just past R on plain numbers: only their comparison with R matters here.
  let minSum = 0n;
  let minSumN = 0;
  let capacity = 0n;
  let capacityN = 0;
  let capped = true;
  let positive = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (line.locked !== undefined) continue;
    const k = count++;
    free[k] = i;
    const isZero = line.weight.d[0] === 0;
    if (!isZero) positive++;
    const { min, max } = line;
    if (min === undefined && max === undefined) {
      if (!isZero) capped = false;
      continue;
    }
    if (small) {
      const lo =
        min === undefined ? 0 : Math.min(steps.roundNumber(min, true) ?? capTo(steps.ceil(min), R), Rn + 1);
      const hi =
        max === undefined
          ? Rn
          : Math.min(steps.roundNumber(max, false) ?? capTo(steps.floor(max), R), Rn + 1);
      if (max !== undefined && lo > hi) {
        errors.push(msg.boundsBetweenSteps(i, min ?? ZERO, max, steps.step));
        continue;
      }
      loN[k] = lo;
      hiN[k] = Math.min(hi, Rn);
      minSumN = Math.min(minSumN + lo, Rn + 1);
      if (isZero) capacityN = Math.min(capacityN + lo, Rn + 1);
      else if (max === undefined) capped = false;
      else capacityN = Math.min(capacityN + hi, Rn + 1);
    } else {
      const lo = min === undefined ? 0n : steps.ceil(min);
      const hi = max === undefined ? R : steps.floor(max);
      if (max !== undefined && lo > hi) {
        errors.push(msg.boundsBetweenSteps(i, min ?? ZERO, max, steps.step));
        continue;
      }
      loB[k] = lo;
      hiB[k] = hi < R ? hi : R;
      minSum += lo;
      if (isZero) capacity += lo;
      else if (max === undefined) capped = false;
      else capacity += hi;
    }
  }
  if (errors.length > 0) return undefined;
  const minAbove = small ? minSumN > Rn : minSum > R;
  if (minAbove) {
    errors.push(minSumAllocationFinding(lines, steps, rest));
  } else if (positive === 0 && R > (small ? BigInt(minSumN) : minSum)) {
    errors.push(msg.allWeightsZero(rest.minus(steps.toDec(small ? BigInt(minSumN) : minSum))));
  } else if (capped && (small ? Rn > capacityN : R > capacity)) {
    errors.push(capacityAllocationFinding(lines, steps, rest));
  }
  if (errors.length > 0) return undefined;
  const f = free.subarray(0, count);
  return small
    ? { free: f, lo: loN.subarray(0, count), hi: hiN.subarray(0, count) }
    : { free: f, lo: loB.slice(0, count), hi: hiB.slice(0, count) };
}

/** A count of steps on plain numbers, capped to R + 1 (R itself is a safe integer here). */
function capTo(x: bigint, R: bigint): number {
  return Number(x > R ? R + 1n : x);
}

/** Σmin > what remains: the exact sums, computed again only for the message. */
function minSumAllocationFinding(
  lines: readonly AllocationLine[],
  steps: Steps,
  rest: Dec,
): AllocationFinding {
  let steps_ = 0n;
  let raw = ZERO;
  for (const line of lines) {
    if (line.locked !== undefined || line.min === undefined) continue;
    steps_ += steps.ceil(line.min);
    raw = raw.plus(line.min);
  }
  const rounded = steps.toDec(steps_);
  return msg.minSumExceedsTotal(rounded, rest, !rounded.equals(raw));
}

/** What remains > what the lines can take: the exact capacity, computed again only for the message. */
function capacityAllocationFinding(
  lines: readonly AllocationLine[],
  steps: Steps,
  rest: Dec,
): AllocationFinding {
  let capacity = 0n;
  let rounded = false;
  let zeroWeights = false;
  for (const line of lines) {
    if (line.locked !== undefined) continue;
    if (line.weight.isZero()) {
      zeroWeights = true;
      if (line.min !== undefined) capacity += steps.ceil(line.min);
    } else if (line.max !== undefined) {
      const hi = steps.floor(line.max);
      capacity += hi;
      if (!steps.toDec(hi).equals(line.max)) rounded = true;
    }
  }
  return msg.totalExceedsMaxSum(rest, steps.toDec(capacity), rounded, zeroWeights);
}

/** Integer weights as plain numbers, or `undefined` when the exact division of the kernel would not hold. */
function fastWeights(p: Prepared, lines: readonly AllocationLine[]): Float64Array | undefined {
  if (!(p.lo instanceof Float64Array)) return undefined;
  const weights = numberWeights(lines, p.free);
  // Exact test: a sum of integers is computed exactly while below 2^53, and rounds to at least 2^53 beyond.
  if (weights === undefined || weights.sum > MAX_WEIGHT_SUM) return undefined;
  return weights.w;
}

function bigWeights(p: Prepared, lines: readonly AllocationLine[]): bigint[] {
  const weights = Array.from(p.free, (i) => lines[i]!.weight);
  let places = 0;
  for (const weight of weights) places = Math.max(places, weight.decimalPlaces());
  return weights.map((weight) => scaledBigInt(weight, places));
}

function toBig(x: Float64Array | bigint[]): bigint[] {
  return x instanceof Float64Array ? Array.from(x, (v) => BigInt(v)) : x;
}
