/** The messages of rendering the kinh phí section, in Vietnamese and English. */
import { whereLabel, type MessageCatalogue, type Text, type Where } from '../findings';
import type { Dec } from '../money/decimal';
import { formatEn, formatVi } from '../money/format';
import { UNIT_LABEL_EN, UNIT_LABEL_VI, type MoneyUnit } from '../money/units';

/** A figure shown without its amount in words. */
export type RenderCode = 'WORDS_UNAVAILABLE';

/** The texts of {@link RenderCode}, by code. `reason` says why the words cannot be written. */
export const RENDER_MESSAGES = {
  WORDS_UNAVAILABLE: (a: { where: Where; amount: Dec; unit: MoneyUnit; reason: Text }): Text => ({
    vi: `${whereLabel(a.where)}: không ghi được số tiền ${formatVi(a.amount)} ${UNIT_LABEL_VI[a.unit]} bằng chữ: ${a.reason.vi}`,
    en: `${whereLabel(a.where)}: the amount ${formatEn(a.amount)} ${UNIT_LABEL_EN[a.unit]} cannot be written in words: ${a.reason.en}`,
  }),
} satisfies MessageCatalogue<RenderCode>;
