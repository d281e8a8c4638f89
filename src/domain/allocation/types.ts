import type { Dec } from '../money/decimal';
import type { AllocationFinding } from './allocation-findings';

/**
 * One line (a project, sub-project or unit) that receives a part of the total.
 *
 * - `weight`: the line's share is proportional to it (any non-negative decimal: a ratio, a headcount, a
 *   proposal in triệu đồng). A zero weight receives its `min` (0 by default).
 * - `min` / `max`: bounds on the part. Parts are whole multiples of the step, so `min` is rounded UP to the
 *   step and `max` DOWN (a part of 0,3 is impossible with step 1; the nearest allowed parts inside the
 *   bounds are used).
 * - `locked`: the part is fixed to exactly this value (it need not be a multiple of the step); the line is
 *   left out of the allocation, and its `weight`, `min` and `max` are not used.
 */
export interface AllocationLine {
  readonly weight: Dec;
  readonly min?: Dec;
  readonly max?: Dec;
  readonly locked?: Dec;
}

/** An amount to split over lines, in whole multiples of `step` (e.g. 1, 0,01 or 0,000001 triệu đồng). */
export interface AllocationRequest {
  readonly total: Dec;
  readonly lines: readonly AllocationLine[];
  readonly step: Dec;
}

/**
 * Either the parts (one per line, in the lines' order, summing exactly to the total) or the reasons the
 * request cannot be met. `findings` of a successful result hold warnings only.
 */
export type AllocationResult =
  { ok: true; parts: Dec[]; findings: AllocationFinding[] } | { ok: false; findings: AllocationFinding[] };

/** Central (NSTW) and local (NSĐP) totals to split over the same sub-projects. */
export interface TwoSourceRequest {
  readonly central: Dec;
  readonly local: Dec;
  /** Weights and bounds for the central money; also the weights for the local money unless `localLines` is given. */
  readonly lines: readonly AllocationLine[];
  /** Weights, bounds and locks for the local money, one per line of `lines`. */
  readonly localLines?: readonly AllocationLine[];
  readonly step: Dec;
}

/** One sub-project's row: its central part, its local part and their sum. */
export interface TwoSourceRow {
  central: Dec;
  local: Dec;
  total: Dec;
}

export type TwoSourceResult =
  | { ok: true; rows: TwoSourceRow[]; findings: AllocationFinding[] }
  | { ok: false; findings: AllocationFinding[] };
