/**
 * Properties of allocation by criteria over generated tables and recipients (fast-check). Amounts are
 * built from integers and checked with exact decimals; nothing here is a float.
 */
import fc from 'fast-check';
import {
  allocateByCriteria,
  parseCriteriaTable,
  scoreRecipients,
  type CriteriaTable,
  type Recipient,
} from '../../src/domain/criteria';
import { Dec, sum } from '../../src/domain/money';

const label = { vi: 'Tiêu chí', en: 'Criterion' };

/** A decimal with 0–2 decimals from an integer, as a string. */
const arbCoefficient = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 2 }))
  .map(([n, k]) => new Dec(n).div(new Dec(10).pow(k)).toFixed());

interface GroupSpec {
  categories: string[];
  fallback?: string;
}

/** A table's JSON: 1–3 groups of 1–4 categories (a default or not), 0–2 per-unit criteria. */
const arbTable = fc
  .record({
    groups: fc.array(
      fc.record({
        categories: fc.array(arbCoefficient, { minLength: 1, maxLength: 4 }),
        fallback: fc.option(arbCoefficient, { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    perUnit: fc.array(arbCoefficient, { maxLength: 2 }),
  })
  .map(({ groups, perUnit }) => {
    const criteria: Record<string, unknown>[] = [];
    groups.forEach((g: GroupSpec, gi) => {
      g.categories.forEach((coefficient, ci) =>
        criteria.push({ id: `c${gi}_${ci}`, label, kind: 'category', group: `g${gi}`, coefficient }),
      );
      if (g.fallback !== undefined) {
        criteria.push({ id: `d${gi}`, label, kind: 'default', group: `g${gi}`, coefficient: g.fallback });
      }
    });
    perUnit.forEach((coefficient, ui) =>
      criteria.push({ id: `u${ui}`, label, kind: 'per-unit', coefficient }),
    );
    const parsed = parseCriteriaTable({ id: 'sinh-ngau-nhien', title: label, source: 'Thử', criteria });
    if (!parsed.ok) throw new Error(parsed.findings.map((f) => f.text.en).join('\n'));
    return parsed.table;
  });

/** 1–12 recipients of a table: any subset of its categories and quantities 0–20 per unit. */
function arbRecipients(table: CriteriaTable): fc.Arbitrary<Recipient[]> {
  const categoryIds = table.criteria.filter((c) => c.kind !== 'per-unit').map((c) => c.id);
  const unitIds = table.criteria.filter((c) => c.kind === 'per-unit').map((c) => c.id);
  const one = fc.record({
    categories: fc.subarray(categoryIds),
    counts: fc.array(fc.integer({ min: 0, max: 20 }), {
      minLength: unitIds.length,
      maxLength: unitIds.length,
    }),
  });
  return fc.array(one, { minLength: 1, maxLength: 12 }).map((list) =>
    list.map(({ categories, counts }, i) => ({
      name: `Xã ${i + 1}`,
      categories,
      quantities: Object.fromEntries(unitIds.map((id, k) => [id, String(counts[k])])),
    })),
  );
}

const arbStep = fc.constantFrom('1', '0.01', '0.5', '1000').map((s) => new Dec(s));

const arbCase = arbTable.chain((table) =>
  fc.record({
    table: fc.constant(table),
    recipients: arbRecipients(table),
    step: arbStep,
    steps: fc.integer({ min: 0, max: 1_000_000 }),
  }),
);

/** The score, computed independently from the definition: group maxima (or defaults) + Σ quantity × coefficient. */
function expectedScore(table: CriteriaTable, r: Recipient): Dec {
  const groups = new Set(table.criteria.flatMap((c) => (c.group === undefined ? [] : [c.group])));
  let total = new Dec(0);
  for (const g of groups) {
    const inGroup = table.criteria.filter((c) => c.group === g);
    const mine = inGroup.filter((c) => r.categories.includes(c.id)).map((c) => c.coefficient);
    const fallback = inGroup.find((c) => c.kind === 'default')?.coefficient;
    if (mine.length > 0) total = total.plus(Dec.max(...mine));
    else if (fallback !== undefined) total = total.plus(fallback);
  }
  for (const c of table.criteria) {
    if (c.kind === 'per-unit') total = total.plus(new Dec(r.quantities[c.id] ?? '0').times(c.coefficient));
  }
  return total;
}

describe('allocation by criteria (properties)', () => {
  it('scores each recipient by the group maxima plus the per-unit products', () => {
    fc.assert(
      fc.property(arbCase, ({ table, recipients }) => {
        const r = scoreRecipients(table, recipients);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        r.scored.forEach((s, i) =>
          expect(s.score.toFixed()).toBe(expectedScore(table, recipients[i]!).toFixed()),
        );
      }),
    );
  });

  it('honours the group maximum: adding a category of a group raises the score by what it adds over the best', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), ({ table, recipients }, pick) => {
        const categories = table.criteria.filter((c) => c.kind === 'category');
        const added = categories[pick % categories.length]!;
        const before = recipients[0]!;
        const after = { ...before, categories: [...before.categories, added.id] };
        const r = scoreRecipients(table, [before, after]);
        if (!r.ok) throw new Error('scoring failed');
        const [s0, s1] = r.scored.map((s) => s.score);
        const mine = table.criteria.filter(
          (c) => c.group === added.group && before.categories.includes(c.id),
        );
        // The group's figure before: the best of its categories, else its default, else 0.
        const old =
          mine.length > 0
            ? Dec.max(...mine.map((c) => c.coefficient))
            : (table.criteria.find((c) => c.group === added.group && c.kind === 'default')?.coefficient ??
              new Dec(0));
        const gain =
          mine.length > 0 ? Dec.max(added.coefficient.minus(old), 0) : added.coefficient.minus(old);
        expect(s1!.minus(s0!).toFixed()).toBe(gain.toFixed());
      }),
    );
  });

  it('gives parts that sum exactly to the total, each within one step of its exact share, monotone in the score', () => {
    fc.assert(
      fc.property(arbCase, ({ table, recipients, step, steps }) => {
        const total = step.times(steps);
        const r = allocateByCriteria({ total, step, table, recipients });
        const scores = recipients.map((x) => expectedScore(table, x));
        const S = sum(scores);
        if (S.isZero()) {
          // Nothing to share by: an error unless there is nothing to share.
          expect(r.ok).toBe(total.isZero());
          return;
        }
        if (!r.ok) throw new Error(r.findings.map((f) => f.text.en).join('\n'));
        const parts = r.rows.map((x) => x.part);
        expect(sum(parts).equals(total)).toBe(true);
        expect(r.totalScore.equals(S)).toBe(true);
        parts.forEach((p, i) => {
          // |p − total·s/S| < step  ⇔  |p·S − total·s| < step·S (all exact).
          expect(p.times(S).minus(total.times(scores[i]!)).abs().lt(step.times(S))).toBe(true);
          expect(p.div(step).isInteger()).toBe(true);
          if (scores[i]!.isZero()) expect(p.isZero()).toBe(true);
        });
        for (let i = 0; i < parts.length; i++) {
          for (let j = 0; j < parts.length; j++) {
            if (scores[i]!.gt(scores[j]!)) expect(parts[i]!.gte(parts[j]!)).toBe(true);
          }
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbCase, ({ table, recipients, step, steps }) => {
        const req = { total: step.times(steps), step, table, recipients };
        const a = allocateByCriteria(req);
        const b = allocateByCriteria(req);
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok)
          expect(b.rows.map((x) => x.part.toFixed())).toEqual(a.rows.map((x) => x.part.toFixed()));
      }),
    );
  });
});
