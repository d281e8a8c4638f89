import { ZERO, type Dec } from '../money/decimal';
import type { AmountKey, Plan, PlanItem, SourceKey, StatedAmounts } from './model';

/** Central money as stated, or as the sum of its stated parts; undefined when nothing central is stated. */
export function statedNstw(a: StatedAmounts): Dec | undefined {
  if (a.nstw !== undefined) return a.nstw;
  if (a.nstw_su_nghiep === undefined && a.nstw_dau_tu === undefined) return undefined;
  return (a.nstw_su_nghiep ?? ZERO).plus(a.nstw_dau_tu ?? ZERO);
}

/** Sum of the sources (central, local, other) that are stated; undefined when none is. */
export function sumOfSources(a: StatedAmounts): Dec | undefined {
  const nstw = statedNstw(a);
  if (nstw === undefined && a.nsdp === undefined && a.khac === undefined) return undefined;
  return (nstw ?? ZERO).plus(a.nsdp ?? ZERO).plus(a.khac ?? ZERO);
}

/** An item's total: as stated, else the sum of its stated sources. */
export function statedTotal(a: StatedAmounts): Dec | undefined {
  return a.total ?? sumOfSources(a);
}

/** One amount of a stated set, deriving `nstw` and `total` when they are not stated. */
export function amountOf(a: StatedAmounts, key: AmountKey): Dec | undefined {
  switch (key) {
    case 'total':
      return statedTotal(a);
    case 'nstw':
      return statedNstw(a);
    default:
      return a[key];
  }
}

/** True when the item states any amount at all. */
export function statesAnything(a: StatedAmounts): boolean {
  return Object.values(a).some((v) => v !== undefined);
}

/**
 * The row an item hangs under among the items present: its parent, else the nearest code its
 * parent's code extends (HP2.3.3 under HP2 when the plan does not list HP2.3, as the outline puts
 * the catalogue's heading HP2.3 there), else none (a top row).
 */
function presentParent(item: PlanItem, codes: ReadonlySet<string>): string | null {
  let p = item.parent;
  while (p !== null && !codes.has(p)) {
    const cut = p.lastIndexOf('.');
    p = cut > 0 ? p.slice(0, cut) : null;
  }
  return p === item.code ? null : p;
}

/** Children lists by the row each item hangs under ({@link presentParent}), in the plan's order. Build once per plan. */
export function childrenIndex(items: readonly PlanItem[]): Map<string | null, PlanItem[]> {
  const codes = new Set(items.map((i) => i.code));
  const map = new Map<string | null, PlanItem[]>();
  for (const item of items) {
    const parent = presentParent(item, codes);
    const list = map.get(parent);
    if (list) list.push(item);
    else map.set(parent, [item]);
  }
  return map;
}

/**
 * The amount an item contributes: what it states, else the sum of what its children
 * contribute (a Dự án whose money is given only per Tiểu dự án). Undefined when neither
 * the item nor any descendant states it.
 */
export function rollup(
  item: PlanItem,
  key: AmountKey,
  children: ReadonlyMap<string | null, readonly PlanItem[]>,
): Dec | undefined {
  const own = amountOf(item.stated, key);
  if (own !== undefined) return own;
  let total: Dec | undefined;
  for (const child of children.get(item.code) ?? []) {
    const v = rollup(child, key, children);
    if (v !== undefined) total = (total ?? ZERO).plus(v);
  }
  return total;
}

/**
 * The items no other item of the plan contains: projects, and sub-projects whose project
 * the plan does not list itself (a plan may give only "Tiểu dự án 1" under a bare heading).
 */
export function topItems(items: readonly PlanItem[]): PlanItem[] {
  const codes = new Set(items.map((i) => i.code));
  return items.filter((i) => presentParent(i, codes) === null);
}

/** Plan-wide amount for `key`: the sum over top-level items of what each contributes. */
export function planAmount(
  plan: Plan,
  key: AmountKey,
  children: ReadonlyMap<string | null, readonly PlanItem[]> = childrenIndex(plan.items),
  roots: readonly PlanItem[] = topItems(plan.items),
): Dec | undefined {
  let total: Dec | undefined;
  for (const root of roots) {
    const v = rollup(root, key, children);
    if (v !== undefined) total = (total ?? ZERO).plus(v);
  }
  return total;
}

export const SOURCE_LABEL_VI: Record<AmountKey, string> = {
  total: 'Tổng kinh phí',
  nstw: 'Ngân sách trung ương',
  nstw_su_nghiep: 'Ngân sách trung ương (vốn sự nghiệp)',
  nstw_dau_tu: 'Ngân sách trung ương (vốn đầu tư phát triển)',
  nsdp: 'Ngân sách địa phương',
  khac: 'Nguồn vốn khác',
};

export const SOURCE_LABEL_EN: Record<AmountKey, string> = {
  total: 'Total',
  nstw: 'Central budget',
  nstw_su_nghiep: 'Central budget (recurrent)',
  nstw_dau_tu: 'Central budget (investment)',
  nsdp: 'Local budget',
  khac: 'Other sources',
};

export type { SourceKey };
