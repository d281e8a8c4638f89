import { allocate, type AllocationLine } from '../allocation';
import { sum, type Dec } from '../money/decimal';
import { scoreRecipients } from './score';
import type { AllocatedRecipient, CriteriaAllocationFinding, CriteriaTable, Recipient } from './types';

/** A total to share over recipients in proportion to their scores by a criteria table. */
export interface CriteriaAllocationRequest {
  readonly total: Dec;
  /** Parts are whole multiples of it (1, 0,01 triệu đồng …). */
  readonly step: Dec;
  readonly table: CriteriaTable;
  readonly recipients: readonly Recipient[];
}

export type CriteriaAllocationResult =
  | {
      readonly ok: true;
      /** One row per recipient, in the recipients' order; the parts sum exactly to the total. */
      readonly rows: AllocatedRecipient[];
      /** Σ of the scores. */
      readonly totalScore: Dec;
      /** Warnings of the allocation engine only (a locked part outside its bounds). */
      readonly findings: CriteriaAllocationFinding[];
    }
  | { readonly ok: false; readonly findings: CriteriaAllocationFinding[] };

/**
 * Scores the recipients (see `scoreRecipients`) and shares the total in proportion to the scores with
 * the exact allocation engine (`allocate` of domain/allocation: whole steps, largest remainder,
 * recipients' `min`, `max` and `locked`). Every part is within one step of its exact share
 * total × score / Σscores (after locks and bounds), and the parts sum exactly to the total.
 *
 * A recipient of score 0 gets 0 (or its `min`): it shares in nothing. When every score is 0 the total
 * cannot be shared (`ALLOC_ALL_WEIGHTS_ZERO`). The engine's findings about a line (`weights[i]`,
 * `min[i]`, `locked[i]`, "Dòng i+1") are about the recipient of that index.
 */
export function allocateByCriteria(req: CriteriaAllocationRequest): CriteriaAllocationResult {
  const scoring = scoreRecipients(req.table, req.recipients);
  if (!scoring.ok) return { ok: false, findings: scoring.findings };
  const { scored } = scoring;
  const lines: AllocationLine[] = scored.map((s, i) => {
    const { min, max, locked } = req.recipients[i]!;
    return {
      weight: s.score,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(locked !== undefined ? { locked } : {}),
    };
  });
  const result = allocate({ total: req.total, step: req.step, lines });
  if (!result.ok) return { ok: false, findings: result.findings };
  const totalScore = sum(scored.map((s) => s.score));
  return {
    ok: true,
    rows: scored.map((s, i) => ({ ...s, part: result.parts[i]! })),
    totalScore,
    findings: result.findings,
  };
}
