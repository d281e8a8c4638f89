/**
 * The import's findings, in both UI languages. The importer never reconciles figures
 * (that is validation's job), so it reports only `info` and `warning`, and `error` only
 * when a file cannot be read at all.
 *
 * A finding about a line of the document is placed at that line and the item it was read for:
 * an item code, or `TONG` for the plan's own totals (as the plan's total row in a sheet), so
 * that its label stays the one users know. A finding about the whole document is placed at the
 * plan (`TONG`).
 */
import {
  at,
  finding,
  type Finding,
  type MessageCatalogue,
  type Severity,
  type Text,
} from '../domain/findings';
import type { Dec } from '../domain/money/decimal';
import { formatVi } from '../domain/money/format';
import { SOURCE_LABEL_EN, SOURCE_LABEL_VI } from '../domain/plan/amounts';
import type { AmountKey } from '../domain/plan/model';

/** The import's codes by what they say. */
export const IMPORT_CODES = {
  noAmounts: 'NO_AMOUNTS',
  assumedCentral: 'SN_ASSUMED_CENTRAL',
  carryOver: 'CARRY_OVER_NO_AMOUNT',
  otherSources: 'OTHER_SOURCES_NO_AMOUNT',
  nameMismatch: 'HEADING_NAME_MISMATCH',
  unknownHeading: 'UNKNOWN_HEADING',
  unassigned: 'AMOUNT_UNASSIGNED',
  duplicate: 'AMOUNT_REPEATED',
  foreignFormat: 'AMOUNT_FORMAT',
  unreadable: 'AMOUNT_UNREADABLE',
  converted: 'AMOUNT_UNIT_CONVERTED',
  unlabelled: 'AMOUNT_NOT_LABELLED',
  breakdown: 'AMOUNT_BREAKDOWN',
  notApplicableWithMoney: 'NOT_APPLICABLE_WITH_AMOUNT',
  binary: 'IMPORT_NOT_TEXT',
  empty: 'IMPORT_EMPTY',
  docx: 'IMPORT_DOCX_UNREADABLE',
  catalogue: 'IMPORT_CATALOGUE',
  failed: 'IMPORT_FAILED',
} as const;

/** The codes of the import's findings. */
export type ImportCode = (typeof IMPORT_CODES)[keyof typeof IMPORT_CODES];

export type ImportFinding = Finding<ImportCode>;

/** Shortens a quoted line so a message stays readable. */
function q(text: string): string {
  const t = text.length > 90 ? `${text.slice(0, 87)}…` : text;
  return `"${t}"`;
}

/** "dòng 12: text" / "line 12: text". */
function onLine(line: number, text: Text): Text {
  return { vi: `dòng ${line}: ${text.vi}`, en: `line ${line}: ${text.en}` };
}

/** A figure read on a line. */
interface Written {
  line: number;
  written: string;
}

/** The texts of {@link ImportCode}, by code. `line` is the document's line (1-based). */
export const IMPORT_MESSAGES = {
  NO_AMOUNTS: (): Text => ({
    vi: 'Văn bản không ghi số tiền nào (con số kèm đơn vị triệu đồng, tỷ đồng hoặc đồng); kế hoạch nhập vào không có mục nào có kinh phí.',
    en: 'The document states no amount (a figure followed by triệu đồng, tỷ đồng or đồng); the imported plan has no item with money.',
  }),
  SN_ASSUMED_CENTRAL: ({ line, key, value }: { line: number; key: AmountKey; value: Dec }): Text =>
    onLine(line, {
      vi: `${formatVi(value)} triệu đồng ghi "${key === 'nstw_dau_tu' ? 'vốn đầu tư phát triển' : 'vốn sự nghiệp'}" mà không nói cấp ngân sách; theo quy ước của Chương trình đã ghi nhận là ${SOURCE_LABEL_VI[key]}.`,
      en: `${formatVi(value)} million VND is called "${key === 'nstw_dau_tu' ? 'investment' : 'recurrent'} money" without a budget level; by the programme's convention it was recorded as ${SOURCE_LABEL_EN[key]}.`,
    }),
  CARRY_OVER_NO_AMOUNT: ({ line }: { line: number }): Text =>
    onLine(line, {
      vi: 'văn bản nhắc đến kinh phí chuyển nguồn nhưng không ghi số tiền; không đưa vào kinh phí của mục.',
      en: 'the document mentions carried-over funds (chuyển nguồn) without an amount; nothing was added to the item.',
    }),
  OTHER_SOURCES_NO_AMOUNT: ({ line }: { line: number }): Text =>
    onLine(line, {
      vi: 'văn bản nhắc đến vốn lồng ghép, huy động nhưng không ghi số tiền; không đưa vào nguồn vốn khác.',
      en: 'the document mentions integrated or mobilised funds (lồng ghép, huy động) without an amount; nothing was added to other sources.',
    }),
  /** `code` is the catalogue entry the heading was taken as. */
  HEADING_NAME_MISMATCH: (a: {
    line: number;
    code: string;
    label: string;
    written: string;
    official: string;
  }): Text =>
    onLine(a.line, {
      vi: `"${a.label}" có tên ${q(a.written)}, khác với tên trong danh mục ${q(a.official)}; đã nhận theo số thứ tự là ${a.code}, hãy kiểm tra lại.`,
      en: `"${a.label}" is named ${q(a.written)}, unlike the catalogue's ${q(a.official)}; it was taken by its number as ${a.code}, please check.`,
    }),
  UNKNOWN_HEADING: ({ line, label }: { line: number; label: string }): Text =>
    onLine(line, {
      vi: `"${label}" không có trong danh mục; số tiền ghi dưới mục này không được đưa vào kế hoạch.`,
      en: `"${label}" is not in the catalogue; amounts written under it are not taken into the plan.`,
    }),
  AMOUNT_UNASSIGNED: ({ line, written }: Written): Text =>
    onLine(line, {
      vi: `số tiền "${written}" nằm dưới một mục không có trong danh mục nên không được đưa vào kế hoạch.`,
      en: `the amount "${written}" is under a heading that is not in the catalogue, so it was not taken into the plan.`,
    }),
  AMOUNT_REPEATED: ({
    line,
    key,
    kept,
    other,
  }: {
    line: number;
    key: AmountKey;
    kept: Dec;
    other: Dec;
  }): Text =>
    onLine(line, {
      vi: `${SOURCE_LABEL_VI[key]} được ghi lần nữa với số khác (${formatVi(other)} triệu đồng); giữ số ghi trước (${formatVi(kept)} triệu đồng).`,
      en: `${SOURCE_LABEL_EN[key]} is stated again with another figure (${formatVi(other)} million VND); the first one (${formatVi(kept)} million VND) was kept.`,
    }),
  AMOUNT_FORMAT: ({ line, written, value }: Written & { value: Dec }): Text =>
    onLine(line, {
      vi: `"${written}" không viết theo kiểu Việt Nam (dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân); đã đọc là ${formatVi(value)} triệu đồng.`,
      en: `"${written}" is not in Vietnamese form (dots group thousands, comma before decimals); it was read as ${formatVi(value)} million VND.`,
    }),
  AMOUNT_UNREADABLE: ({ line, written }: Written): Text =>
    onLine(line, {
      vi: `không đọc được số tiền "${written}"; số này không được đưa vào kế hoạch.`,
      en: `the amount "${written}" cannot be read; it was not taken into the plan.`,
    }),
  AMOUNT_UNIT_CONVERTED: ({ line, written, value }: Written & { value: Dec }): Text =>
    onLine(line, {
      vi: `"${written}" đã được đổi thành ${formatVi(value)} triệu đồng.`,
      en: `"${written}" was converted to ${formatVi(value)} million VND.`,
    }),
  AMOUNT_NOT_LABELLED: ({ line, written }: Written): Text =>
    onLine(line, {
      vi: `số tiền "${written}" không đi kèm tên nguồn vốn hay kinh phí (có thể là mức hỗ trợ); không đưa vào kế hoạch.`,
      en: `the amount "${written}" is not labelled as funding or a source (perhaps a support rate); it was not taken into the plan.`,
    }),
  AMOUNT_BREAKDOWN: ({ line, written }: Written): Text =>
    onLine(line, {
      vi: `"${written}" là phần chia nhỏ của số tiền ghi ngay trước; không ghi nhận riêng.`,
      en: `"${written}" splits the amount stated just before it; it was not recorded separately.`,
    }),
  NOT_APPLICABLE_WITH_AMOUNT: ({ line }: { line: number }): Text =>
    onLine(line, {
      vi: 'mục được ghi "không thuộc đối tượng" nhưng vẫn có số tiền; hãy kiểm tra lại.',
      en: 'the item is marked not applicable ("không thuộc đối tượng") but states money; please check.',
    }),
  IMPORT_NOT_TEXT: (): Text => ({
    vi: 'Nội dung không giống văn bản (có ký tự nhị phân); kết quả nhập có thể không đầy đủ.',
    en: 'The content does not look like text (it holds binary characters); the import may be incomplete.',
  }),
  IMPORT_EMPTY: (): Text => ({ vi: 'Văn bản trống.', en: 'The document is empty.' }),
  IMPORT_DOCX_UNREADABLE: ({ reason }: { reason: Text }): Text => ({
    vi: `Không đọc được tệp Word (.docx): ${reason.vi}`,
    en: `Cannot read the Word file (.docx): ${reason.en}`,
  }),
  /** `asked` is the catalogue the caller named, `used` the one used instead. */
  IMPORT_CATALOGUE: ({ asked, used }: { asked: string; used: string }): Text => ({
    vi: `Không có danh mục "${asked}"; đã dùng danh mục ${used}.`,
    en: `There is no catalogue "${asked}"; ${used} was used.`,
  }),
  IMPORT_FAILED: ({ reason }: { reason: string }): Text => ({
    vi: `Không nhập được văn bản: ${reason}`,
    en: `The document could not be imported: ${reason}`,
  }),
} satisfies MessageCatalogue<ImportCode>;

const M = IMPORT_MESSAGES;

/** A finding about the document as a whole, placed at the plan. */
function whole(severity: Severity, code: ImportCode, text: Text): ImportFinding {
  return finding({ severity, code, where: at.plan(), text });
}

/** A finding about line `line`, read for `item` (an item code or `TONG`). */
function onItemLine(
  severity: Severity,
  code: ImportCode,
  item: string,
  line: number,
  text: Text,
): ImportFinding {
  return finding({ severity, code, where: at.line(line, item), text });
}

/**
 * The import's findings. `item` is the item code a line was read for, or `TONG` for the
 * plan's totals; `line` is the document's line (1-based).
 */
export const importMessages = {
  noAmounts: (): ImportFinding => whole('info', 'NO_AMOUNTS', M.NO_AMOUNTS()),
  assumedCentral: (item: string, line: number, key: AmountKey, value: Dec): ImportFinding =>
    onItemLine('info', 'SN_ASSUMED_CENTRAL', item, line, M.SN_ASSUMED_CENTRAL({ line, key, value })),
  carryOver: (item: string, line: number): ImportFinding =>
    onItemLine('info', 'CARRY_OVER_NO_AMOUNT', item, line, M.CARRY_OVER_NO_AMOUNT({ line })),
  otherSources: (item: string, line: number): ImportFinding =>
    onItemLine('info', 'OTHER_SOURCES_NO_AMOUNT', item, line, M.OTHER_SOURCES_NO_AMOUNT({ line })),
  nameMismatch: (
    code: string,
    line: number,
    label: string,
    written: string,
    official: string,
  ): ImportFinding =>
    onItemLine(
      'warning',
      'HEADING_NAME_MISMATCH',
      code,
      line,
      M.HEADING_NAME_MISMATCH({ line, code, label, written, official }),
    ),
  unknownHeading: (item: string, line: number, label: string): ImportFinding =>
    onItemLine('warning', 'UNKNOWN_HEADING', item, line, M.UNKNOWN_HEADING({ line, label })),
  unassigned: (item: string, line: number, written: string): ImportFinding =>
    onItemLine('warning', 'AMOUNT_UNASSIGNED', item, line, M.AMOUNT_UNASSIGNED({ line, written })),
  duplicate: (item: string, line: number, key: AmountKey, kept: Dec, other: Dec): ImportFinding =>
    finding({
      severity: 'warning',
      code: 'AMOUNT_REPEATED',
      where: at.line(line, item),
      text: M.AMOUNT_REPEATED({ line, key, kept, other }),
      expected: kept,
      actual: other,
      difference: other.minus(kept),
    }),
  foreignFormat: (item: string, line: number, written: string, value: Dec): ImportFinding =>
    onItemLine('warning', 'AMOUNT_FORMAT', item, line, M.AMOUNT_FORMAT({ line, written, value })),
  unreadable: (item: string, line: number, written: string): ImportFinding =>
    onItemLine('warning', 'AMOUNT_UNREADABLE', item, line, M.AMOUNT_UNREADABLE({ line, written })),
  converted: (item: string, line: number, written: string, value: Dec): ImportFinding =>
    onItemLine(
      'info',
      'AMOUNT_UNIT_CONVERTED',
      item,
      line,
      M.AMOUNT_UNIT_CONVERTED({ line, written, value }),
    ),
  unlabelled: (item: string, line: number, written: string): ImportFinding =>
    onItemLine('info', 'AMOUNT_NOT_LABELLED', item, line, M.AMOUNT_NOT_LABELLED({ line, written })),
  breakdown: (item: string, line: number, written: string): ImportFinding =>
    onItemLine('info', 'AMOUNT_BREAKDOWN', item, line, M.AMOUNT_BREAKDOWN({ line, written })),
  notApplicableWithMoney: (item: string, line: number): ImportFinding =>
    onItemLine('warning', 'NOT_APPLICABLE_WITH_AMOUNT', item, line, M.NOT_APPLICABLE_WITH_AMOUNT({ line })),
  binary: (): ImportFinding => whole('warning', 'IMPORT_NOT_TEXT', M.IMPORT_NOT_TEXT()),
  empty: (): ImportFinding => whole('info', 'IMPORT_EMPTY', M.IMPORT_EMPTY()),
  docx: (reason: Text): ImportFinding =>
    whole('error', 'IMPORT_DOCX_UNREADABLE', M.IMPORT_DOCX_UNREADABLE({ reason })),
  catalogue: (asked: string, used: string): ImportFinding =>
    whole('warning', 'IMPORT_CATALOGUE', M.IMPORT_CATALOGUE({ asked, used })),
  failed: (reason: string): ImportFinding => whole('error', 'IMPORT_FAILED', M.IMPORT_FAILED({ reason })),
};
