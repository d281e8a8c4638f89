import { parseUnit, type MoneyUnit } from '../../domain/money/units';
import { amountInWords } from '../../domain/words/amount';
import { readRequired } from './cells';
import * as msg from './failures';
import { isFnError, type FnError, type FnResult } from './result';

/**
 * GNBV.BANGCHU: the amount in words as written in parentheses after a figure in a plan:
 * BANGCHU(7645) → "Bảy tỷ sáu trăm bốn mươi lăm triệu đồng". `don_vi` is the unit of `so`:
 * "triệu" (default, as plans count in triệu đồng), "tỷ" or "đồng" (also "triệu đồng", "trieu", …).
 * An amount with a fraction of a đồng fails instead of being rounded.
 */
export function bangchu(so: unknown, don_vi?: unknown): FnResult<string> {
  const amount = readRequired(so, 'so');
  if (isFnError(amount)) return amount;
  const unit = readUnit(don_vi);
  if (isFnError(unit)) return unit;
  const words = amountInWords(amount, unit);
  return words.ok ? words.value : msg.words(words.error.text);
}

function readUnit(raw: unknown): MoneyUnit | FnError {
  let v = raw;
  while (Array.isArray(v) && v.length === 1) v = (v as unknown[])[0];
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return 'trieu_dong';
  const unit = typeof v === 'string' ? parseUnit(v) : undefined;
  if (unit !== undefined) return unit;
  return msg.badUnit(
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined,
  );
}
