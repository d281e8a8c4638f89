/** The messages of writing an amount in words, in Vietnamese and English. */
import type { MessageCatalogue, Text } from '../findings';
import type { Dec } from '../money/decimal';
import { formatEn, formatVi } from '../money/format';
import { UNIT_LABEL_EN, UNIT_LABEL_VI, type MoneyUnit } from '../money/units';

/** Why an amount cannot be written in words. */
export type WordsCode = 'WORDS_NOT_A_NUMBER' | 'WORDS_FRACTIONAL_DONG';

/** The texts of {@link WordsCode}, by code. */
export const WORDS_MESSAGES = {
  WORDS_NOT_A_NUMBER: ({ amount }: { amount: Dec }): Text => ({
    vi: `Không thể viết bằng chữ: "${amount.toString()}" không phải là một số tiền.`,
    en: `Cannot write in words: "${amount.toString()}" is not an amount.`,
  }),
  /** `dong` is the amount in đồng, with its fraction. */
  WORDS_FRACTIONAL_DONG: ({ amount, unit, dong }: { amount: Dec; unit: MoneyUnit; dong: Dec }): Text => ({
    vi: `Số tiền ${formatVi(amount)} ${UNIT_LABEL_VI[unit]} bằng ${formatVi(dong)} đồng, có phần lẻ nhỏ hơn một đồng nên không viết được bằng chữ; hãy làm tròn đến đồng trước nếu đó là ý muốn.`,
    en: `The amount ${formatEn(amount)} ${UNIT_LABEL_EN[unit]} is ${formatEn(dong)} VND, which has a fraction of a đồng and cannot be written in words; round it to whole đồng first if that is intended.`,
  }),
} satisfies MessageCatalogue<WordsCode>;
