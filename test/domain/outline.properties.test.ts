import fc from 'fast-check';
import { QD90 } from '../../src/domain/catalogue';
import { at } from '../../src/domain/findings';
import { dec, type Dec } from '../../src/domain/money';
import {
  buildOutline,
  letterOf,
  type Outline,
  type OutlineAmounts,
  type OutlineNode,
} from '../../src/domain/outline';
import {
  AMOUNT_KEYS,
  amountOf,
  childrenIndex,
  planAmount,
  rollup,
  type Plan,
  type PlanItem,
  type StatedAmounts,
} from '../../src/domain/plan';
import { bigPlan } from '../fixtures/big-plan';

const CATALOGUE_CODES = ['DA1', 'DA2', 'DA3', 'DA3.1', 'DA3.2', 'DA4', 'DA4.1', 'DA4.3', 'DA7', 'DA7.2'];
const USER_CODES = ['U0', 'U1', 'U2', 'U3', 'U4', 'U5'];
const ENTRY = new Map(QD90.entries.map((e) => [e.code, e]));

const planOf = (items: PlanItem[]): Plan => ({
  catalogueId: QD90.id,
  unit: 'trieu_dong',
  items,
  statedTotals: null,
});

const amountArb = fc.integer({ min: -1000, max: 1_000_000 }).map((n) => dec(n).dividedBy(100));
const statedArb: fc.Arbitrary<StatedAmounts> = fc.record(
  {
    total: amountArb,
    nstw: amountArb,
    nstw_su_nghiep: amountArb,
    nstw_dau_tu: amountArb,
    nsdp: amountArb,
    khac: amountArb,
  },
  { requiredKeys: [] },
);

const itemArb = (code: fc.Arbitrary<string>, parent: fc.Arbitrary<string | null>): fc.Arbitrary<PlanItem> =>
  fc.record({ code, parent, level: fc.integer({ min: 1, max: 4 }), stated: statedArb }).map((r) => ({
    ...r,
    name: `Tên ${r.code}`,
    applicable: true,
  }));

/** Any plan: repeated codes, parents that loop, parents nobody has, the same item object twice. */
const anyPlanArb = fc
  .tuple(
    fc.array(
      itemArb(
        fc.constantFrom(...CATALOGUE_CODES, ...USER_CODES),
        fc.oneof(fc.constant(null), fc.constantFrom(...CATALOGUE_CODES, ...USER_CODES, 'ZZ')),
      ),
      { maxLength: 25 },
    ),
    fc.array(fc.nat(), { maxLength: 3 }),
  )
  .map(([items, again]) =>
    planOf(items.length === 0 ? items : [...items, ...again.flatMap((k) => items[k % items.length] ?? [])]),
  );

/**
 * A well-formed plan: codes unique, every parent null or an item listed before it, or for a
 * catalogue code its catalogue parent when the plan does not list it (the outline puts the heading in).
 */
const wellFormedArb = fc
  .uniqueArray(fc.constantFrom(...CATALOGUE_CODES, ...USER_CODES), { maxLength: 16 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((code, i) => {
        const own = ENTRY.get(code)?.parent;
        // Not a catalogue parent listed later: that one may name this row as its parent (a cycle).
        const unlisted = own !== null && own !== undefined && !codes.includes(own);
        const parents = [null, ...codes.slice(0, i), ...(unlisted ? [own] : [])];
        return itemArb(fc.constant(code), fc.constantFrom(...parents));
      }),
    ),
  )
  .map((items) => planOf(items));

const str = (a: OutlineAmounts) => AMOUNT_KEYS.map((k) => a[k]?.toString());

function sumOf(list: readonly OutlineAmounts[]): OutlineAmounts {
  const out: Partial<Record<string, Dec>> = {};
  for (const a of list)
    for (const k of AMOUNT_KEYS) {
      const v = a[k];
      if (v !== undefined) out[k] = (out[k] ?? dec(0)).plus(v);
    }
  return out;
}

/** Each item of the plan (by position) is on exactly one row; the other rows are catalogue headings. */
function expectEveryItemOnce(plan: Plan, outline: Outline): void {
  const positions = outline.nodes.flatMap((n) => (n.itemIndex === undefined ? [] : [n.itemIndex]));
  expect(positions.sort((a, b) => a - b)).toEqual(plan.items.map((_, i) => i));
  expect(
    outline.nodes.every((n) => n.item === (n.itemIndex === undefined ? undefined : plan.items[n.itemIndex])),
  ).toBe(true);
  expect(outline.nodes.filter((n) => !n.item).every((n) => n.entry !== undefined && !n.listed)).toBe(true);
}

/** Depth-first from the top through `children` gives `nodes`; depths and parents agree. */
function expectDocumentOrder(outline: Outline): void {
  const walked: number[] = [];
  const walk = (n: OutlineNode): void => {
    walked.push(n.index);
    outline.children(n).forEach(walk);
  };
  outline.top().forEach(walk);
  expect(walked).toEqual(outline.nodes.map((_, i) => i));
  const links = (get: (n: OutlineNode) => unknown[]) => outline.nodes.map(get);
  expect(links((n) => [n.parent, n.depth, n.children])).toEqual(
    links((n) => {
      const parent = outline.parentOf(n);
      return [parent?.code ?? null, parent ? parent.depth + 1 : 1, outline.children(n).map((c) => c.code)];
    }),
  );
}

/** A row shows what it states, else its children's sum; the totals are the top rows' sum. */
function expectRollup(outline: Outline): void {
  const shown = outline.nodes.map((n) => [str(n.amounts), str(n.childAmounts)]);
  const expected = outline.nodes.map((n) => {
    const below = sumOf(outline.children(n).map((c) => c.amounts));
    const own = (k: (typeof AMOUNT_KEYS)[number]) => (n.item ? amountOf(n.item.stated, k) : undefined);
    return [AMOUNT_KEYS.map((k) => (own(k) ?? below[k])?.toString()), str(below)];
  });
  expect(shown).toEqual(expected);
  expect(str(outline.totals)).toEqual(str(sumOf(outline.top().map((n) => n.amounts))));
}

/**
 * Amounts are worked out lazily: read one at a time, leaves first, from a fresh outline, they are
 * what the rows show when read whole, top first.
 */
function expectLazyAmounts(fresh: Outline, read: Outline): void {
  const single = [...fresh.nodes]
    .reverse()
    .map((n) => [
      n.index,
      AMOUNT_KEYS.map((k) => [fresh.childAmount(n, k)?.toString(), fresh.amount(n, k)?.toString()]),
    ])
    .reverse();
  expect(single).toEqual(
    read.nodes.map((n) => [
      n.index,
      AMOUNT_KEYS.map((k) => [n.childAmounts[k]?.toString(), n.amounts[k]?.toString()]),
    ]),
  );
}

/** The parent a code names: its first item's, else its catalogue entry's. */
function namedParent(plan: Plan, code: string): string | null | undefined {
  const item = plan.items.find((i) => i.code === code);
  return item ? item.parent : ENTRY.get(code)?.parent;
}

function loopsBack(plan: Plan, code: string): boolean {
  let at: string | null | undefined = namedParent(plan, code);
  for (let steps = 0; steps <= plan.items.length + QD90.entries.length && at; steps++) {
    if (at === code) return true;
    at = namedParent(plan, at);
  }
  return false;
}

/** Every misplaced row is flagged, and every flag and finding is true. */
function expectHonestFindings(plan: Plan, outline: Outline): void {
  const codes = new Set(plan.items.map((i) => i.code));
  const firstOf = new Map<string, number>();
  plan.items.forEach((item, i) => firstOf.has(item.code) || firstOf.set(item.code, i));
  const flags = outline.nodes.flatMap((n) => {
    if (!n.item) return [];
    const named = n.item.parent;
    const unknown = named !== null && !codes.has(named) && !ENTRY.has(named);
    const inCycle = firstOf.get(n.code) === n.itemIndex && loopsBack(plan, n.code);
    const repeated = plan.items.filter((i) => i.code === n.code).length > 1;
    // In plan scope a row hangs below the parent it names unless that parent is unknown or loops back.
    const hangs = outline.scope === 'plan' && !unknown && !inCycle ? named : n.parent;
    return [{ n, expected: [n.code, named, unknown, inCycle, repeated, hangs] }];
  });
  expect(
    flags.map(({ n }) => [
      n.code,
      n.item?.parent,
      n.problems.includes('UNKNOWN_PARENT'),
      n.problems.includes('PARENT_CYCLE'),
      n.problems.includes('DUPLICATE_CODE'),
      n.parent,
    ]),
  ).toEqual(flags.map((f) => f.expected));
  const duplicates = [...new Set(plan.items.map((i) => i.code))].filter(
    (c) => plan.items.filter((i) => i.code === c).length > 1,
  );
  expect(outline.findings.filter((f) => f.code === 'DUPLICATE_CODE').map((f) => f.where)).toEqual(
    expect.arrayContaining(duplicates.map((c) => at.item(c))),
  );
  expect(outline.findings.filter((f) => f.code === 'DUPLICATE_CODE')).toHaveLength(duplicates.length);
  const flagged = (code: 'PARENT_CYCLE' | 'UNKNOWN_PARENT') =>
    new Set(outline.nodes.filter((n) => n.problems.includes(code)).map((n) => n.code));
  for (const f of outline.findings) {
    expect(f.severity).toBe('error');
    expect(f.text.vi && f.text.en).toBeTruthy();
    if (f.code === 'PARENT_CYCLE' || f.code === 'UNKNOWN_PARENT')
      expect(flagged(f.code).has(f.where.kind === 'item' ? f.where.code : '')).toBe(true);
  }
  expect(outline.findings.some((f) => f.code === 'PARENT_CYCLE')).toBe(flagged('PARENT_CYCLE').size > 0);
}

describe('buildOutline over random plans, cycles, orphans and repeated codes included', () => {
  it('never drops a row, orders depth-first, rolls up exactly and flags only true problems', () => {
    fc.assert(
      fc.property(anyPlanArb, (plan) => {
        const outline = buildOutline(plan);
        const cat = buildOutline(plan, { scope: 'catalogue' });
        for (const o of [outline, cat]) {
          expectEveryItemOnce(plan, o);
          expectDocumentOrder(o);
          expectRollup(o);
          expectHonestFindings(plan, o);
        }
        expectLazyAmounts(buildOutline(plan), outline);
        expectLazyAmounts(buildOutline(plan, { scope: 'catalogue' }), cat);
        expect(cat.findings).toEqual(outline.findings);
        for (const e of QD90.entries) expect(cat.node(e.code)?.entry).toBe(e);
      }),
      { numRuns: 200 },
    );
  });

  it('rolls up like plan/amounts on well-formed plans', () => {
    fc.assert(
      fc.property(wellFormedArb, (plan) => {
        const outline = buildOutline(plan);
        expect(outline.findings).toEqual([]);
        const children = childrenIndex(plan.items);
        for (const n of outline.nodes) {
          if (!n.item) continue;
          const item = n.item;
          expect(str(n.amounts)).toEqual(AMOUNT_KEYS.map((k) => rollup(item, k, children)?.toString()));
        }
        expect(str(outline.totals)).toEqual(AMOUNT_KEYS.map((k) => planAmount(plan, k)?.toString()));
      }),
      { numRuns: 300 },
    );
  });
});

describe('big plans build in one pass', () => {
  it('outlines a 50 000-row plan in both scopes, every row once, numbered and labelled', () => {
    const plan = bigPlan(50_000);
    const outline = buildOutline(plan);
    expect(outline.nodes).toHaveLength(50_000);
    expectEveryItemOnce(plan, outline);
    expect(outline.findings).toEqual([]);
    expect(str(outline.totals)).toEqual(AMOUNT_KEYS.map((k) => planAmount(plan, k)?.toString()));
    // Nội dung n of a leaf is lettered by n (".n12" → "m)"), its components dashed, both named as the plan names them.
    const shown = outline.nodes.filter((n) => n.item && !n.entry);
    expect(shown.map((n) => [n.numbering.table, n.label])).toEqual(
      shown.map((n) => {
        const nth = /\.n(\d+)$/.exec(n.code)?.[1];
        return [nth === undefined ? '-' : `${letterOf(Number(nth))})`, n.item?.name];
      }),
    );
    const cat = buildOutline(plan, { scope: 'catalogue' });
    expectEveryItemOnce(plan, cat);
    expect(str(cat.totals)).toEqual(str(outline.totals));
  }, 60_000);

  it('keeps a chain of 50 000 nested rows without overflowing the stack', () => {
    const items: PlanItem[] = [
      { code: 'DA2', name: 'DA2', level: 1, parent: null, applicable: true, stated: {} },
    ];
    for (let i = 1; i <= 50_000; i++) {
      items.push({
        code: `U${i}`,
        name: `Dòng ${i}`,
        level: 4,
        parent: i === 1 ? 'DA2' : `U${i - 1}`,
        applicable: true,
        stated: i === 50_000 ? { nsdp: dec(7) } : {},
      });
    }
    const outline = buildOutline(planOf(items));
    expect(outline.nodes.map((n) => n.depth)).toEqual(items.map((_, i) => i + 1));
    expect(outline.node('DA2')?.amounts.total?.toString()).toBe('7');
    expect(outline.findings).toEqual([]);
  }, 60_000);

  it('reports a cycle of 50 000 rows once and keeps every row, at the top', () => {
    const items: PlanItem[] = Array.from({ length: 50_000 }, (_, i) => ({
      code: `U${i}`,
      name: `Dòng ${i}`,
      level: 3,
      parent: `U${(i + 1) % 50_000}`,
      applicable: true,
      stated: { nsdp: dec(1) },
    }));
    const outline = buildOutline(planOf(items));
    expect(outline.top()).toHaveLength(50_000);
    expect(outline.findings.map((f) => [f.code, f.where])).toEqual([['PARENT_CYCLE', at.item('U0')]]);
    expect(outline.findings[0]?.text.vi).toContain('(U0 → U1 → U2 → U3 → U4 → U5 → U6 → U7 → … → U0)');
    expect(outline.totals.nsdp?.toString()).toBe('50000');
  }, 60_000);
});
