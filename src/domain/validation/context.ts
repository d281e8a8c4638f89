import type { CatalogueEntry, EntryKind } from '../catalogue';
import { finding, type Finding, type Severity, type Text, type Where } from '../findings';
import { dec, type Dec } from '../money/decimal';
import { convert } from '../money/units';
import { buildOutline, type Outline, type OutlineCode, type OutlineNode } from '../outline';
import type { ValidationCode } from './messages';
import { AMOUNT_KEYS, type AmountKey, type Plan, type PlanItem, type StatedAmounts } from '../plan';

/** Overrides for one validation run; each falls back to `plan.settings`, then to the default. */
export interface ValidationOptions {
  /** Rounding step amounts must be whole multiples of, in the plan's unit. Default: 1 đồng. */
  step?: Dec;
  /** Minimum NSĐP / NSTW ratio (e.g. 0.05). Unset: the counterpart is not checked. */
  minCounterpartRatio?: Dec;
}

/**
 * What every rule needs, built once per run: the plan's outline (its tree, kinds and roll-ups,
 * built by `buildOutline` and nowhere else) and the run's settings, so that no rule re-indexes the
 * plan or re-computes a roll-up.
 */
export interface ValidationContext {
  readonly plan: Plan;
  readonly step: Dec;
  readonly minCounterpartRatio: Dec | undefined;
  /** The plan's outline (plan scope); its findings are the problems of the plan's tree. */
  readonly outline: Outline;
  /** The outline row of `plan.items[index]`. */
  nodeAt(index: number): OutlineNode | undefined;
  /** The outline row of an item (the first one when the plan holds the very same item twice). */
  nodeOf(item: PlanItem): OutlineNode | undefined;
  /** The rows directly below an item's row, in document order. */
  children(item: PlanItem): readonly OutlineNode[];
  /** What an item's row shows for `key`: as stated (NSTW and total derived), else its children's sum. */
  rollup(item: PlanItem, key: AmountKey): Dec | undefined;
  /** Sum of what the rows below an item's row show; undefined when none of them shows `key`. */
  childSum(item: PlanItem, key: AmountKey): Dec | undefined;
  /** The plan-wide amount: the sum of the outline's top rows. */
  planAmount(key: AmountKey): Dec | undefined;
  /** The item's kind (Dự án, Tiểu dự án, nội dung, nội dung thành phần), for messages. */
  kindOf(item: PlanItem): EntryKind;
  /** The item's entry in the plan's own catalogue; undefined for a user row or an unknown catalogue. */
  entryOf(item: PlanItem): CatalogueEntry | undefined;
}

/** A validation rule: pure, reads the plan through the shared context, returns its findings. */
export type Rule = (plan: Plan, context: ValidationContext) => ValidationFinding[];

/** A finding of `validatePlan`: a rule's, or the outline's about the plan's tree. */
export type ValidationFinding = Finding<ValidationCode | OutlineCode>;

/**
 * Builds the shared context: options first, then the plan's settings, then 1 đồng as the step.
 * `outline` is the plan's outline when the caller has built it already.
 */
export function createContext(
  plan: Plan,
  options: ValidationOptions = {},
  outline: Outline = buildOutline(plan),
): ValidationContext {
  const step = options.step ?? plan.settings?.step ?? convert(dec(1), 'dong', plan.unit);
  const minCounterpartRatio = options.minCounterpartRatio ?? plan.settings?.minCounterpartRatio;
  const byIndex = new Array<OutlineNode | undefined>(plan.items.length);
  for (const node of outline.nodes) if (node.itemIndex !== undefined) byIndex[node.itemIndex] = node;
  // By object, for the rules that look few items up: built when first asked.
  let byItem: Map<PlanItem, OutlineNode> | undefined;
  const nodeOf = (item: PlanItem): OutlineNode | undefined => {
    if (!byItem) {
      byItem = new Map<PlanItem, OutlineNode>();
      plan.items.forEach((it, i) => {
        const node = byIndex[i];
        if (node && !byItem?.has(it)) byItem?.set(it, node);
      });
    }
    return byItem.get(item);
  };
  // A catalogue the plan does not name (the outline fell back to the default one) says nothing of its items.
  const ownCatalogue = outline.catalogue.id === plan.catalogueId;
  return {
    plan,
    step,
    minCounterpartRatio,
    outline,
    nodeAt: (index) => byIndex[index],
    nodeOf,
    children: (item) => {
      const node = nodeOf(item);
      return node ? outline.children(node) : [];
    },
    rollup: (item, key) => {
      const node = nodeOf(item);
      return node ? outline.amount(node, key) : undefined;
    },
    childSum: (item, key) => {
      const node = nodeOf(item);
      return node ? outline.childAmount(node, key) : undefined;
    },
    planAmount: (key) => outline.totals[key],
    kindOf: (item) => nodeOf(item)?.kind ?? 'noi_dung',
    entryOf: (item) => (ownCatalogue ? nodeOf(item)?.entry : undefined),
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
