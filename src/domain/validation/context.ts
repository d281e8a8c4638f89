import { builtInCatalogue, CatalogueIndex, type Catalogue, type EntryKind } from '../catalogue';
import { finding, type Finding, type Severity, type Text, type Where } from '../findings';
import { dec, type Dec } from '../money/decimal';
import { convert } from '../money/units';
import type { ValidationCode } from './messages';
import {
  AMOUNT_KEYS,
  amountOf,
  childrenIndex,
  topItems,
  type AmountKey,
  type Plan,
  type PlanItem,
  type StatedAmounts,
} from '../plan';

/** Overrides for one validation run; each falls back to `plan.settings`, then to the default. */
export interface ValidationOptions {
  /** Rounding step amounts must be whole multiples of, in the plan's unit. Default: 1 đồng. */
  step?: Dec;
  /** Minimum NSĐP / NSTW ratio (e.g. 0.05). Unset: the counterpart is not checked. */
  minCounterpartRatio?: Dec;
}

/**
 * What every rule needs, built once per run so that no rule re-indexes the plan
 * or re-computes a roll-up another rule already asked for.
 */
export interface ValidationContext {
  readonly plan: Plan;
  readonly step: Dec;
  readonly minCounterpartRatio: Dec | undefined;
  /** Children lists by parent code (null: the Dự án), in document order. */
  readonly children: ReadonlyMap<string | null, readonly PlanItem[]>;
  /** Codes of the plan's items. */
  readonly codes: ReadonlySet<string>;
  /** The plan's built-in catalogue, or undefined when its id is not a built-in one. */
  readonly catalogue: CatalogueIndex | undefined;
  /** What an item contributes for `key` (as {@link rollup} in plan/amounts), memoized. */
  rollup(item: PlanItem, key: AmountKey): Dec | undefined;
  /** Sum of what the children of `parent` contribute; undefined when none of them states `key`. */
  childSum(parent: string | null, key: AmountKey): Dec | undefined;
  /** The plan-wide amount (as `planAmount` in plan/amounts), memoized. */
  planAmount(key: AmountKey): Dec | undefined;
  /** The item's kind (Dự án, Tiểu dự án, nội dung, nội dung thành phần), for messages. */
  kindOf(item: PlanItem): EntryKind;
}

/** A validation rule: pure, reads the plan through the shared context, returns its findings. */
export type Rule = (plan: Plan, context: ValidationContext) => ValidationFinding[];

/** A finding of a validation rule. */
export type ValidationFinding = Finding<ValidationCode>;

// Indexes of built-in catalogues are shared between runs: a catalogue is frozen data.
const catalogueIndexes = new WeakMap<Catalogue, CatalogueIndex>();

function catalogueIndex(id: string): CatalogueIndex | undefined {
  const catalogue = builtInCatalogue(id);
  if (!catalogue) return undefined;
  let index = catalogueIndexes.get(catalogue);
  if (!index) {
    index = new CatalogueIndex(catalogue);
    catalogueIndexes.set(catalogue, index);
  }
  return index;
}

const KIND_BY_LEVEL: readonly EntryKind[] = ['du_an', 'tieu_du_an', 'noi_dung', 'noi_dung_thanh_phan'];

/** Builds the shared context: options first, then the plan's settings, then 1 đồng as the step. */
export function createContext(plan: Plan, options: ValidationOptions = {}): ValidationContext {
  const step = options.step ?? plan.settings?.step ?? convert(dec(1), 'dong', plan.unit);
  const minCounterpartRatio = options.minCounterpartRatio ?? plan.settings?.minCounterpartRatio;
  const children = childrenIndex(plan.items);
  const codes = new Set(plan.items.map((i) => i.code));
  const byCode = new Map<string, PlanItem>();
  for (const item of plan.items) if (!byCode.has(item.code)) byCode.set(item.code, item);
  const catalogue = catalogueIndex(plan.catalogueId);

  // `null` marks "computed, not stated" so that a miss is cached too.
  const rollups = new Map<AmountKey, Map<PlanItem, Dec | null>>();
  const childSums = new Map<AmountKey, Map<string | null, Dec | null>>();
  // A plan built by hand may hold a parent cycle; an item met again while its own
  // roll-up is running contributes nothing instead of recursing forever.
  const running = new Set<PlanItem>();

  const rollup = (item: PlanItem, key: AmountKey): Dec | undefined => {
    // Most figures are stated outright: no memo needed, and skipping it halves the cost of PARENT_SUM.
    const explicit = item.stated[key];
    if (explicit !== undefined) return explicit;
    let memo = rollups.get(key);
    if (!memo) rollups.set(key, (memo = new Map<PlanItem, Dec | null>()));
    const hit = memo.get(item);
    if (hit !== undefined) return hit ?? undefined;
    if (running.has(item)) return undefined;
    running.add(item);
    const value = amountOf(item.stated, key) ?? childSum(item.code, key);
    running.delete(item);
    memo.set(item, value ?? null);
    return value;
  };

  const childSum = (parent: string | null, key: AmountKey): Dec | undefined => {
    let memo = childSums.get(key);
    if (!memo) childSums.set(key, (memo = new Map<string | null, Dec | null>()));
    const hit = memo.get(parent);
    if (hit !== undefined) return hit ?? undefined;
    let total: Dec | undefined;
    for (const child of children.get(parent) ?? []) {
      const v = rollup(child, key);
      // Starting from the first value rather than ZERO saves one Decimal addition per parent and key.
      if (v !== undefined) total = total === undefined ? v : total.plus(v);
    }
    memo.set(parent, total ?? null);
    return total;
  };

  const kinds = new Map<PlanItem, EntryKind>();
  const resolving = new Set<PlanItem>();
  const kindOf = (item: PlanItem): EntryKind => {
    const known = kinds.get(item);
    if (known) return known;
    let kind = catalogue?.get(item.code)?.kind;
    if (!kind) {
      // A user row is a nội dung below a Dự án or Tiểu dự án, a nội dung thành phần below a nội dung
      // (as extendCatalogue files it); without a known parent the level is all there is.
      const parent = item.parent === null ? undefined : byCode.get(item.parent);
      let parentKind: EntryKind | undefined;
      if (parent && !resolving.has(parent)) {
        resolving.add(item);
        parentKind = kindOf(parent);
        resolving.delete(item);
      }
      kind =
        parentKind === 'du_an' || parentKind === 'tieu_du_an'
          ? 'noi_dung'
          : parentKind === 'noi_dung' || parentKind === 'noi_dung_thanh_phan'
            ? 'noi_dung_thanh_phan'
            : (KIND_BY_LEVEL[Math.min(Math.max(item.level, 1), 4) - 1] ?? 'noi_dung');
    }
    kinds.set(item, kind);
    return kind;
  };

  // Items no other item contains: Dự án, and Tiểu dự án listed without their Dự án.
  const roots = topItems(plan.items);
  const planAmounts = new Map<AmountKey, Dec | null>();
  const planAmount = (key: AmountKey): Dec | undefined => {
    const hit = planAmounts.get(key);
    if (hit !== undefined) return hit ?? undefined;
    let total: Dec | undefined;
    for (const root of roots) {
      const v = rollup(root, key);
      if (v !== undefined) total = total === undefined ? v : total.plus(v);
    }
    planAmounts.set(key, total ?? null);
    return total;
  };

  return {
    plan,
    step,
    minCounterpartRatio,
    children,
    codes,
    catalogue,
    rollup,
    childSum,
    planAmount,
    kindOf,
  };
}

/** Builds a finding; `difference` is always `actual − expected` so no rule can get the sign wrong. */
export function makeFinding(args: {
  severity: Severity;
  code: ValidationCode;
  where: Where;
  text: Text;
  expected?: Dec;
  actual?: Dec;
}): ValidationFinding {
  const { expected, actual } = args;
  return finding({
    ...args,
    difference: expected !== undefined && actual !== undefined ? actual.minus(expected) : undefined,
  });
}

/**
 * Exact sum of the defined values, undefined when none is: `sumOfSources` and the NSTW split
 * without the extra addition to zero that starting from ZERO costs on every item.
 */
export function sumDefined(values: readonly (Dec | undefined)[]): Dec | undefined {
  let total: Dec | undefined;
  for (const v of values) if (v !== undefined) total = total === undefined ? v : total.plus(v);
  return total;
}

/** The amounts a set states explicitly, in the canonical key order (derived `nstw`/`total` excluded). */
export function statedEntries(a: StatedAmounts): [AmountKey, Dec][] {
  const out: [AmountKey, Dec][] = [];
  for (const key of AMOUNT_KEYS) {
    const v = a[key];
    if (v !== undefined) out.push([key, v]);
  }
  return out;
}
