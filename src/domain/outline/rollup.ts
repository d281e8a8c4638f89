/**
 * Roll-up of amounts over the outline, the rule of `rollup` in plan/amounts: a row shows what its
 * item states (NSTW and the total derived from stated parts), else the sum of what its children
 * show. Amount by amount: "not stated" stays undefined, never zero. Exact (Dec), children first.
 */
import { amountOf } from '../plan/amounts';
import { AMOUNT_KEYS } from '../plan/model';
import type { Draft } from './drafts';
import type { Placement } from './place';
import type { OutlineAmounts } from './types';

export interface Rollup {
  /** What each draft's row shows. */
  readonly amounts: readonly OutlineAmounts[];
  /** The sum of what each draft's children show. */
  readonly childAmounts: readonly OutlineAmounts[];
  /** The sum over the top rows. */
  readonly totals: OutlineAmounts;
}

/** Adds each amount of `add` into `into`; a key neither has stays absent. */
function addInto(into: OutlineAmounts, add: OutlineAmounts): void {
  for (const key of AMOUNT_KEYS) {
    const v = add[key];
    if (v === undefined) continue;
    const has = into[key];
    into[key] = has === undefined ? v : has.plus(v);
  }
}

const sumOf = (rows: readonly number[] | undefined, amounts: readonly OutlineAmounts[]): OutlineAmounts => {
  const total: OutlineAmounts = {};
  for (const row of rows ?? []) addInto(total, amounts[row] ?? {});
  return total;
};

/** Rolls amounts up from the leaves: reverse document order meets every child before its parent. */
export function rollUp(drafts: readonly Draft[], placement: Placement): Rollup {
  const amounts = new Array<OutlineAmounts>(drafts.length);
  const childAmounts = new Array<OutlineAmounts>(drafts.length);
  const { order, kids } = placement;
  for (let k = order.length - 1; k >= 0; k--) {
    const row = order[k] ?? 0;
    const below = sumOf(kids[row], amounts);
    const stated = drafts[row]?.item?.stated;
    const shown: OutlineAmounts = {};
    for (const key of AMOUNT_KEYS) {
      const v = (stated ? amountOf(stated, key) : undefined) ?? below[key];
      if (v !== undefined) shown[key] = v;
    }
    amounts[row] = shown;
    childAmounts[row] = below;
  }
  return { amounts, childAmounts, totals: sumOf(placement.top, amounts) };
}
