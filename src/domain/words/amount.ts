import { fail, ok, type Result } from '../findings';
import type { Dec } from '../money/decimal';
import { formatEn, formatVi } from '../money/format';
import { convert, UNIT_LABEL_EN, UNIT_LABEL_VI, type MoneyUnit } from '../money/units';
import { numberToWords } from './numbers';
import type { WordsOptions } from './options';

/** Code of the failure for an amount that is not a whole number of đồng. */
export const WORDS_FRACTIONAL_DONG = 'WORDS_FRACTIONAL_DONG';
/** Code of the failure for NaN or an infinity. */
export const WORDS_NOT_A_NUMBER = 'WORDS_NOT_A_NUMBER';

/**
 * An amount in words as official documents write it in parentheses after the figure:
 * 7.645 triệu đồng → "Bảy tỷ sáu trăm bốn mươi lăm triệu đồng";
 * 15.555,25 triệu đồng → "Mười lăm tỷ năm trăm năm mươi lăm triệu hai trăm năm mươi nghìn đồng".
 *
 * The amount is first converted to đồng exactly (multiplying by a power of ten never rounds).
 * Words exist only for whole đồng, so an amount with a fraction of a đồng
 * (0,0000005 triệu đồng = 0,5 đồng) fails with {@link WORDS_FRACTIONAL_DONG} rather than being
 * rounded behind the user's back; NaN and infinities fail with {@link WORDS_NOT_A_NUMBER}.
 * A negative amount starts with "Âm". See {@link WordsOptions} for the variants (lẻ, ngàn, chẵn).
 */
export function amountInWords(amount: Dec, unit: MoneyUnit, options: WordsOptions = {}): Result<string> {
  const { capitalize = true, currency = true, chan = false } = options;
  if (!amount.isFinite()) {
    return fail(WORDS_NOT_A_NUMBER, {
      vi: `Không thể viết bằng chữ: "${amount.toString()}" không phải là một số tiền.`,
      en: `Cannot write in words: "${amount.toString()}" is not an amount.`,
    });
  }
  const dong = convert(amount, unit, 'dong');
  if (!dong.isInteger()) {
    const shownVi = `${formatVi(amount)} ${UNIT_LABEL_VI[unit]}`;
    const shownEn = `${formatEn(amount)} ${UNIT_LABEL_EN[unit]}`;
    return fail(WORDS_FRACTIONAL_DONG, {
      vi: `Số tiền ${shownVi} bằng ${formatVi(dong)} đồng, có phần lẻ nhỏ hơn một đồng nên không viết được bằng chữ; hãy làm tròn đến đồng trước nếu đó là ý muốn.`,
      en: `The amount ${shownEn} is ${formatEn(dong)} VND, which has a fraction of a đồng and cannot be written in words; round it to whole đồng first if that is intended.`,
    });
  }
  const n = BigInt(dong.toFixed(0));
  let text = numberToWords(n, options);
  if (currency) {
    text += ' đồng';
    if (chan && n !== 0n && n % 1000n === 0n) text += ' chẵn';
  }
  return ok(capitalize ? capitalizeFirst(text) : text);
}

/** Upper-cases the first letter; every word starts with a precomposed (NFC) letter, so one code unit. */
function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
