/**
 * One comparison of two sides of a check when either is written with a qualifier: the verdict, the
 * info finding "khớp trong phạm vi số liệu làm tròn" when the intervals overlap, or the sentence
 * added to the error when they cannot.
 */
import { joinTexts, type Text, type Where } from '../findings';
import type { Dec } from '../money/decimal';
import { formatEn, formatVi } from '../money/format';
import type { MoneyUnit } from '../money/units';
import type { AmountPrecision } from '../plan/model';
import {
  agreement,
  intervalText,
  isPoint,
  qualifierText,
  type Agreement,
  type Interval,
} from './approximate';
import { makeFinding, type ValidationFinding } from './context';
import { ROUNDED_MESSAGES } from './messages';

/** The two sides of a check, the stated one with its precision. */
export interface Sides {
  readonly where: Where;
  /** What the stated figure is ("tổng kinh phí"). */
  readonly what: Text;
  /** What the other side is ("tổng các nguồn"). */
  readonly otherWhat: Text;
  readonly statedValue: Dec;
  readonly statedPrecision: AmountPrecision | undefined;
  readonly stated: Interval;
  readonly other: Interval;
  readonly unit: MoneyUnit;
}

/** The verdict, with the info finding when the sides agree within the precision and the note when not. */
export interface Judged {
  readonly verdict: Agreement;
  readonly info?: ValidationFinding;
  /** A sentence for the error when a side is not exact. */
  readonly note?: Text;
}

function writtenStated(s: Sides): Text {
  const q = s.statedPrecision ? qualifierText(s.statedPrecision.qualifier) : { vi: '', en: '' };
  const pre = (t: string): string => (t === '' ? '' : `${t} `);
  return { vi: `${pre(q.vi)}${formatVi(s.statedValue)}`, en: `${pre(q.en)}${formatEn(s.statedValue)}` };
}

/** Compares the sides; exact figures only ever agree exactly or not at all. */
export function judge(s: Sides): Judged {
  const verdict = agreement(s.stated, s.other);
  if (verdict === 'exact') return { verdict };
  const stated = writtenStated(s);
  const otherRange = intervalText(s.other);
  if (verdict === 'within') {
    const other = joinTexts([
      s.otherWhat,
      isPoint(s.other) ? otherRange : { vi: `trong khoảng ${otherRange.vi}`, en: `within ${otherRange.en}` },
    ]);
    return {
      verdict,
      info: makeFinding({
        severity: 'info',
        code: 'ROUNDED_MATCH',
        where: s.where,
        text: ROUNDED_MESSAGES.ROUNDED_MATCH({ where: s.where, what: s.what, stated, other, unit: s.unit }),
      }),
    };
  }
  if (isPoint(s.stated) && isPoint(s.other)) return { verdict };
  return {
    verdict,
    note: ROUNDED_MESSAGES.ROUNDED_APART({ stated, statedRange: intervalText(s.stated), otherRange }),
  };
}

/** An error's text with the note, if any, appended. */
export function withNote(text: Text, note: Text | undefined): Text {
  return note === undefined ? text : joinTexts([text, note]);
}
