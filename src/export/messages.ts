/** The messages of writing the Word document, in Vietnamese and English. */
import type { MessageCatalogue, Text } from '../domain/findings';

/** Problems met while writing the document (the document is still written). */
export type ExportCode = 'WORDS_UNAVAILABLE' | 'EXPORT_TABLE_TOO_WIDE';

/** The texts of {@link ExportCode}, by code. */
export const EXPORT_MESSAGES = {
  /** The summary table's total in words; `reason` says why it cannot be written. */
  WORDS_UNAVAILABLE: ({ reason }: { reason: Text }): Text => ({
    vi: `Bảng tổng hợp: không ghi được tổng cộng bằng chữ: ${reason.vi}`,
    en: `Summary table: the total cannot be written in words: ${reason.en}`,
  }),
  EXPORT_TABLE_TOO_WIDE: ({ landscape }: { landscape: boolean }): Text =>
    landscape
      ? {
          vi: 'Bảng tổng hợp: các số quá dài nên một số ô số liệu bị xuống dòng.',
          en: 'Summary table: some figures are too long and wrap in their cells.',
        }
      : {
          vi: 'Bảng tổng hợp: các số quá dài so với trang dọc nên một số ô bị xuống dòng; nên xuất trang ngang (--landscape).',
          en: 'Summary table: some figures are too long for a portrait page and wrap; export it landscape (--landscape).',
        },
} satisfies MessageCatalogue<ExportCode>;
