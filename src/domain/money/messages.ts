/**
 * The messages of reading an amount (`parseAmount`), in Vietnamese and English. The user's text is
 * quoted, shortened so that a message stays one line.
 */
import type { MessageCatalogue, Text } from '../findings';
import type { NumberLocale } from './parse';

/** Why a text is not an amount. */
export type MoneyCode =
  'AMOUNT_EMPTY' | 'AMOUNT_NOT_A_NUMBER' | 'AMOUNT_BAD_FORMAT' | 'AMOUNT_AMBIGUOUS' | 'AMOUNT_TOO_PRECISE';

/** Quotes a user's text for a message, shortened so a message stays one line. */
function q(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `"${t}"`;
}

const LOCALE_HINT_VI: Record<NumberLocale, string> = {
  vi: 'kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân, ví dụ 15.555,25',
  en: 'kiểu en-US: dấu phẩy ngăn cách hàng nghìn, dấu chấm trước phần thập phân, ví dụ 15,555.25',
  plain: 'chỉ chữ số và một dấu chấm thập phân, ví dụ 15555.25',
  auto: 'ví dụ 15555.25 hoặc 15.555,25',
};

const LOCALE_HINT_EN: Record<NumberLocale, string> = {
  vi: 'Vietnamese style: dots group thousands, a comma before decimals, e.g. 15.555,25',
  en: 'en-US style: commas group thousands, a dot before decimals, e.g. 15,555.25',
  plain: 'digits and one decimal dot only, e.g. 15555.25',
  auto: 'e.g. 15555.25 or 15.555,25',
};

/** The texts of {@link MoneyCode}, by code. `input` is the text as the user wrote it. */
export const MONEY_MESSAGES = {
  AMOUNT_EMPTY: (): Text => ({ vi: 'Số tiền bị bỏ trống.', en: 'The amount is empty.' }),
  AMOUNT_NOT_A_NUMBER: ({ input }: { input: string }): Text => ({
    vi: `${q(input)} không phải là một số tiền (chỉ được dùng chữ số, dấu chấm, dấu phẩy và một dấu âm).`,
    en: `${q(input)} is not an amount (only digits, dots, commas and one minus sign are allowed).`,
  }),
  AMOUNT_BAD_FORMAT: ({ input, locale }: { input: string; locale: NumberLocale }): Text => ({
    vi: `${q(input)} sai định dạng số (${LOCALE_HINT_VI[locale]}).`,
    en: `${q(input)} is not a well-formed number (${LOCALE_HINT_EN[locale]}).`,
  }),
  /** `asThousands` the digits read with the mark grouping thousands, `asDecimal` read as a decimal (`1.469`). */
  AMOUNT_AMBIGUOUS: (a: { input: string; sep: '.' | ','; asThousands: string; asDecimal: string }): Text => {
    // A dot grouping thousands is the Vietnamese style, a comma grouping thousands the English one;
    // the decimal reading is the other style's.
    const groupsVi = a.sep === '.';
    const decimalVi = a.asDecimal.replace('.', ',');
    return {
      vi: `${q(a.input)} có thể hiểu là ${a.asThousands} (${groupsVi ? 'kiểu Việt Nam' : 'kiểu Anh-Mỹ'}: dấu "${a.sep}" ngăn cách hàng nghìn) hoặc ${groupsVi ? a.asDecimal : decimalVi} (${groupsVi ? 'kiểu Anh-Mỹ' : 'kiểu Việt Nam'}: dấu "${a.sep}" trước phần thập phân); hãy chọn cách ghi số (vi hoặc en) hoặc viết ${a.asThousands}.`,
      en: `${q(a.input)} reads as ${a.asThousands} (${groupsVi ? 'Vietnamese' : 'English'} style, "${a.sep}" grouping thousands) or as ${a.asDecimal} (${groupsVi ? 'English' : 'Vietnamese'} style, "${a.sep}" as the decimal mark); choose the number style (vi or en) or write ${a.asThousands}.`,
    };
  },
} satisfies MessageCatalogue<Exclude<MoneyCode, 'AMOUNT_TOO_PRECISE'>>;

/** The text of a figure beyond the engine's precision (kept apart: a catalogue of its own). */
export const PRECISION_MESSAGES = {
  /** More significant digits than the engine keeps: refused, never rounded. */
  AMOUNT_TOO_PRECISE: ({ input, digits, max }: { input: string; digits: number; max: number }): Text => ({
    vi: `${q(input)} có ${digits} chữ số có nghĩa, vượt độ chính xác ${max} chữ số của chương trình; không làm tròn, hãy kiểm tra lại số tiền.`,
    en: `${q(input)} has ${digits} significant digits, beyond the ${max}-digit precision of the engine; it is not rounded, please check the amount.`,
  }),
} satisfies MessageCatalogue<'AMOUNT_TOO_PRECISE'>;
