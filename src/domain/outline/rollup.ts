/**
 * Roll-up of amounts over the outline, the rule of `rollup` in plan/amounts: a row shows what its
 * item states (NSTW and the total derived from stated parts), else the sum of what its children
 * show. Amount by amount: "not stated" stays undefined, never zero. Exact (Dec).
 *
 * Worked out when first read, amount by amount, and kept: a view that reads no amount (validation
 * of a plan without stated parents or totals) pays no addition, and a row that states an amount
 * never sums its children for it unless asked for their sum. Iterative, so a chain of 150 000
 * nested rows cannot overflow the stack.
 */
import type { Dec } from '../money/decimal';
import { amountOf } from '../plan/amounts';
import { AMOUNT_KEYS, type AmountKey } from '../plan/model';
import type { Draft } from './drafts';
import type { Placement } from './place';
import type { OutlineAmounts } from './types';

export interface Rollup {
  /** What a draft's row shows for `key`. */
  readonly amount: (row: number, key: AmountKey) => Dec | undefined;
  /** The sum of what a draft's children show for `key`. */
  readonly childAmount: (row: number, key: AmountKey) => Dec | undefined;
  /** Every amount a draft's row shows. */
  readonly amounts: (row: number) => OutlineAmounts;
  /** Every amount of the sum of a draft's children. */
  readonly childAmounts: (row: number) => OutlineAmounts;
  /** The sum over the top rows. */
  readonly totals: () => OutlineAmounts;
}

/** The amounts of a row nothing below states. */
export const NO_AMOUNTS: OutlineAmounts = Object.freeze({});

/** Worked-out values of one amount: undefined not yet, null none. */
type Column = (Dec | null | undefined)[];

/** One amount over every row. */
class AmountColumn {
  readonly shown: Column;
  readonly below: Column;
  private readonly expanded: Uint8Array;
  private readonly stack: number[] = [];

  constructor(
    private readonly key: AmountKey,
    private readonly drafts: readonly Draft[],
    private readonly kids: Placement['kids'],
  ) {
    this.shown = new Array<Dec | null | undefined>(drafts.length);
    this.below = new Array<Dec | null | undefined>(drafts.length);
    this.expanded = new Uint8Array(drafts.length);
  }

  /** What `row` shows: post-order on an explicit stack, into the children only when needed. */
  value(row: number): Dec | undefined {
    const hit = this.shown[row];
    if (hit !== undefined) return hit ?? undefined;
    const { shown, stack } = this;
    stack.push(row);
    while (stack.length > 0) {
      const r = stack[stack.length - 1] ?? 0;
      if (shown[r] !== undefined) {
        stack.pop();
        continue;
      }
      const stated = this.drafts[r]?.item?.stated;
      const own = stated === undefined ? undefined : amountOf(stated, this.key);
      if (own !== undefined || this.kids[r] === undefined) {
        shown[r] = own ?? null;
        stack.pop();
        continue;
      }
      if (this.expanded[r] === 0) {
        this.expanded[r] = 1;
        for (const kid of this.kids[r] ?? []) if (shown[kid] === undefined) stack.push(kid);
        continue;
      }
      stack.pop();
      shown[r] = this.sumBelow(r) ?? null;
    }
    return shown[row] ?? undefined;
  }

  /** The sum of what `row`'s children show. */
  childValue(row: number): Dec | undefined {
    const hit = this.below[row];
    if (hit !== undefined) return hit ?? undefined;
    for (const kid of this.kids[row] ?? []) this.value(kid);
    return this.sumBelow(row);
  }

  /** Sums the children's worked-out values (starting from the first, not from zero). */
  private sumBelow(row: number): Dec | undefined {
    let total: Dec | undefined;
    for (const kid of this.kids[row] ?? []) {
      const v = this.shown[kid];
      if (v !== undefined && v !== null) total = total === undefined ? v : total.plus(v);
    }
    this.below[row] = total ?? null;
    return total;
  }
}

export function rollUp(drafts: readonly Draft[], placement: Placement): Rollup {
  const columns: Partial<Record<AmountKey, AmountColumn>> = {};
  const column = (key: AmountKey): AmountColumn =>
    (columns[key] ??= new AmountColumn(key, drafts, placement.kids));
  /** Every amount of a row (`below`: of its children's sum) as one object; shared empty when none. */
  const gather = (row: number, below: boolean): OutlineAmounts => {
    let out: Partial<Record<AmountKey, Dec>> | undefined;
    for (const key of AMOUNT_KEYS) {
      const c = column(key);
      const v = below ? c.childValue(row) : c.value(row);
      if (v !== undefined) (out ??= {})[key] = v;
    }
    return out ?? NO_AMOUNTS;
  };
  const shownAll = new Array<OutlineAmounts | undefined>(drafts.length);
  const belowAll = new Array<OutlineAmounts | undefined>(drafts.length);
  let totals: OutlineAmounts | undefined;
  const sumTop = (key: AmountKey): Dec | undefined => {
    const c = column(key);
    let total: Dec | undefined;
    for (const row of placement.top) {
      const v = c.value(row);
      if (v !== undefined) total = total === undefined ? v : total.plus(v);
    }
    return total;
  };
  return {
    amount: (row, key) => column(key).value(row),
    childAmount: (row, key) => column(key).childValue(row),
    amounts: (row) => (shownAll[row] ??= gather(row, false)),
    childAmounts: (row) => (belowAll[row] ??= gather(row, true)),
    totals: () => {
      if (totals === undefined) {
        const out: Partial<Record<AmountKey, Dec>> = {};
        for (const key of AMOUNT_KEYS) {
          const v = sumTop(key);
          if (v !== undefined) out[key] = v;
        }
        totals = out;
      }
      return totals;
    },
  };
}
