/**
 * Figures written with a qualifier ("hơn 512 tỷ", "gần 76 tỷ", "khoảng 1.500 triệu") stand for an
 * interval, not a point: a rounded figure x with u one unit of its last printed digit is
 * [x − u/2, x + u/2]; "hơn/trên x" is (x, x + u]; "gần x" is [x − u, x). Two sides of a check agree
 * exactly, agree within the stated precision (the intervals overlap), or cannot agree.
 */
import type { Text } from '../findings';
import { formatEn, formatVi } from '../money/format';
import type { Dec } from '../money/decimal';
import type { AmountKey, AmountPrecision, Qualifier, StatedAmounts, StatedPrecision } from '../plan/model';

/** A closed or half-open interval of amounts. */
export interface Interval {
  readonly lo: Dec;
  readonly hi: Dec;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

/** The interval a stated figure stands for; a point when it is exact. */
export function intervalOf(value: Dec, precision: AmountPrecision | undefined): Interval {
  if (precision === undefined) return { lo: value, hi: value, loOpen: false, hiOpen: false };
  const u = precision.unit;
  switch (precision.qualifier) {
    case 'hon':
    case 'tren':
      return { lo: value, hi: value.plus(u), loOpen: true, hiOpen: false };
    case 'gan':
      return { lo: value.minus(u), hi: value, loOpen: false, hiOpen: true };
    case 'khoang':
    case 'xap_xi':
    case 'gan_nhu':
      return {
        lo: value.minus(u.dividedBy(2)),
        hi: value.plus(u.dividedBy(2)),
        loOpen: false,
        hiOpen: false,
      };
  }
}

/** The interval of a sum (open at an end when any term is). */
export function sumIntervals(parts: readonly Interval[]): Interval | undefined {
  let out: Interval | undefined;
  for (const p of parts) {
    out =
      out === undefined
        ? p
        : {
            lo: out.lo.plus(p.lo),
            hi: out.hi.plus(p.hi),
            loOpen: out.loOpen || p.loOpen,
            hiOpen: out.hiOpen || p.hiOpen,
          };
  }
  return out;
}

/** True when the interval is one exact figure. */
export function isPoint(i: Interval): boolean {
  return !i.loOpen && !i.hiOpen && i.lo.eq(i.hi);
}

/** True when the two intervals share at least one amount. */
export function overlaps(a: Interval, b: Interval): boolean {
  const below = (x: Interval, y: Interval): boolean =>
    x.hi.lessThan(y.lo) || (x.hi.eq(y.lo) && (x.hiOpen || y.loOpen));
  return !below(a, b) && !below(b, a);
}

/** How two sides of a check agree. */
export type Agreement = 'exact' | 'within' | 'outside';

/** Compares two sides: exact when both are the same figure, within when their intervals overlap. */
export function agreement(a: Interval, b: Interval): Agreement {
  if (isPoint(a) && isPoint(b)) return a.lo.eq(b.lo) ? 'exact' : 'outside';
  return overlaps(a, b) ? 'within' : 'outside';
}

/** The interval of a key of a set of stated amounts, undefined when not stated. */
export function statedInterval(
  amounts: StatedAmounts,
  precision: StatedPrecision | undefined,
  key: AmountKey,
): Interval | undefined {
  const v = amounts[key];
  return v === undefined ? undefined : intervalOf(v, precision?.[key]);
}

const QUALIFIER_VI: Record<Qualifier, string> = {
  hon: 'hơn',
  tren: 'trên',
  gan: 'gần',
  khoang: 'khoảng',
  xap_xi: 'xấp xỉ',
  gan_nhu: 'gần như',
};

const QUALIFIER_EN: Record<Qualifier, string> = {
  hon: 'more than',
  tren: 'over',
  gan: 'nearly',
  khoang: 'about',
  xap_xi: 'approximately',
  gan_nhu: 'almost',
};

/** An interval as written in a message: `(512.000; 513.000]`. */
export function intervalText(i: Interval): Text {
  const show = (f: (d: Dec) => string): string =>
    isPoint(i) ? f(i.lo) : `${i.loOpen ? '(' : '['}${f(i.lo)}; ${f(i.hi)}${i.hiOpen ? ')' : ']'}`;
  return { vi: show(formatVi), en: show(formatEn) };
}

/** The qualifier as written before a figure ("hơn"), in both languages. */
export function qualifierText(q: Qualifier): Text {
  return { vi: QUALIFIER_VI[q], en: QUALIFIER_EN[q] };
}
