import { parseUnit, type MoneyUnit } from '../../domain/money/units';
import { amountInWords } from '../../domain/words/amount';
import { readRequired } from './cells';
import { fnError, isFnError, type FnError, type FnResult } from './result';

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
  return words.ok
    ? words.value
    : fnError('num', `so: ${words.error.message_vi}`, `so: ${words.error.message_en}`);
}

function readUnit(raw: unknown): MoneyUnit | FnError {
  let v = raw;
  while (Array.isArray(v) && v.length === 1) v = (v as unknown[])[0];
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return 'trieu_dong';
  const unit = typeof v === 'string' ? parseUnit(v) : undefined;
  if (unit !== undefined) return unit;
  const shown =
    typeof v === 'string'
      ? `"${v}"`
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : 'giá trị này';
  return fnError(
    'value',
    `don_vi: ${shown} không phải là đơn vị tính; hãy ghi "triệu", "tỷ" hoặc "đồng".`,
    `don_vi: ${shown} is not a unit; write "triệu", "tỷ" or "đồng".`,
  );
}
