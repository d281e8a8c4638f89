import { fail, ok, type Result } from '../findings';
import type { Dec } from '../money/decimal';
import { convert, type MoneyUnit } from '../money/units';
import { WORDS_MESSAGES, type WordsCode } from './messages';
import { numberToWords } from './numbers';
import type { WordsOptions } from './options';

/** Code of the failure for an amount that is not a whole number of đồng. */
export const WORDS_FRACTIONAL_DONG = 'WORDS_FRACTIONAL_DONG' satisfies WordsCode;
/** Code of the failure for NaN or an infinity. */
export const WORDS_NOT_A_NUMBER = 'WORDS_NOT_A_NUMBER' satisfies WordsCode;

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
export function amountInWords(
  amount: Dec,
  unit: MoneyUnit,
  options: WordsOptions = {},
): Result<string, WordsCode> {
  const { capitalize = true, currency = true, chan = false } = options;
  if (!amount.isFinite()) {
    return fail(WORDS_NOT_A_NUMBER, WORDS_MESSAGES.WORDS_NOT_A_NUMBER({ amount }));
  }
  const dong = convert(amount, unit, 'dong');
  if (!dong.isInteger()) {
    return fail(WORDS_FRACTIONAL_DONG, WORDS_MESSAGES.WORDS_FRACTIONAL_DONG({ amount, unit, dong }));
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
