import { at, type Where } from '../findings';
import type { Plan, StatedAmounts, StatedPrecision } from '../plan';
import { statedInterval, sumIntervals, type Interval } from './approximate';
import { makeFinding, sumDefined, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';
import { judge, withNote } from './rounded';

/** The interval of the sources of a set: stated NSTW (else its stated parts), NSĐP, other. */
export function sourcesInterval(a: StatedAmounts, p: StatedPrecision | undefined): Interval | undefined {
  const nstw =
    statedInterval(a, p, 'nstw') ??
    sumIntervals(
      [statedInterval(a, p, 'nstw_su_nghiep'), statedInterval(a, p, 'nstw_dau_tu')].filter(
        (i): i is Interval => i !== undefined,
      ),
    );
  return sumIntervals(
    [nstw, statedInterval(a, p, 'nsdp'), statedInterval(a, p, 'khac')].filter(
      (i): i is Interval => i !== undefined,
    ),
  );
}

/**
 * ITEM_TOTAL (error): a stated total that is not the sum of the stated sources.
 * Checked only when at least one source is stated: a total alone is not a contradiction.
 * The plan's own totals (`TONG`) are one more such set of figures and are checked too.
 * Figures written with a qualifier ("hơn 512 tỷ") are intervals: overlapping ones give an info
 * finding (ROUNDED_MATCH), never an error.
 */
export function checkItemTotals(plan: Plan, _context: ValidationContext): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  const check = (where: Where, a: StatedAmounts, p: StatedPrecision | undefined): void => {
    const total = a.total;
    if (total === undefined) return;
    // Same figure as `sumOfSources` (stated NSTW, else its stated parts), built with fewer additions.
    const sources = sumDefined([a.nstw ?? sumDefined([a.nstw_su_nghiep, a.nstw_dau_tu]), a.nsdp, a.khac]);
    if (sources === undefined) return;
    let note;
    if (p !== undefined) {
      const judged = judge({
        where,
        what: { vi: 'tổng kinh phí', en: 'the total' },
        otherWhat: { vi: 'tổng các nguồn', en: 'the sources add up to' },
        statedValue: total,
        statedPrecision: p.total,
        stated: statedInterval(a, p, 'total') ?? { lo: total, hi: total, loOpen: false, hiOpen: false },
        other: sourcesInterval(a, p) ?? { lo: sources, hi: sources, loOpen: false, hiOpen: false },
        unit: plan.unit,
      });
      if (judged.info) findings.push(judged.info);
      if (judged.verdict !== 'outside') return;
      note = judged.note;
    } else if (sources.eq(total)) return;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'ITEM_TOTAL',
        where,
        expected: sources,
        actual: total,
        text: withNote(
          VALIDATION_MESSAGES.ITEM_TOTAL({ where, stated: total, sources, unit: plan.unit }),
          note,
        ),
      }),
    );
  };
  for (const item of plan.items) check(at.item(item.code), item.stated, item.approx);
  if (plan.statedTotals) check(at.plan(), plan.statedTotals, plan.statedTotalsApprox);
  return findings;
}
