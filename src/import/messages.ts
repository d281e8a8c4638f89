/**
 * The import's findings, in both UI languages. The importer never reconciles figures
 * (that is validation's job), so it reports only `info` and `warning`, and `error` only
 * when a file cannot be read at all.
 */
import { TONG, type Finding, type Severity } from '../domain/findings';
import type { Dec } from '../domain/money/decimal';
import { formatVi } from '../domain/money/format';
import { SOURCE_LABEL_EN, SOURCE_LABEL_VI } from '../domain/plan/amounts';
import type { AmountKey } from '../domain/plan/model';

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
  fileUnreadable: 'IMPORT_FILE_UNREADABLE',
  docx: 'IMPORT_DOCX_UNREADABLE',
} as const;

function finding(
  severity: Severity,
  code: string,
  where: string,
  vi: string,
  en: string,
  extra: Partial<Pick<Finding, 'expected' | 'actual' | 'difference'>> = {},
): Finding {
  return { severity, code, where, message_vi: vi, message_en: en, ...extra };
}

/** Shortens a quoted line so a message stays readable. */
function q(text: string): string {
  const t = text.length > 90 ? `${text.slice(0, 87)}…` : text;
  return `"${t}"`;
}

const at = (line: number) => ({ vi: `dòng ${line}`, en: `line ${line}` });

export const importMessages = {
  noAmounts: (): Finding =>
    finding(
      'info',
      IMPORT_CODES.noAmounts,
      TONG,
      'Văn bản không ghi số tiền nào (con số kèm đơn vị triệu đồng, tỷ đồng hoặc đồng); kế hoạch nhập vào không có mục nào có kinh phí.',
      'The document states no amount (a figure followed by triệu đồng, tỷ đồng or đồng); the imported plan has no item with money.',
    ),
  assumedCentral: (where: string, line: number, key: AmountKey, value: Dec): Finding =>
    finding(
      'info',
      IMPORT_CODES.assumedCentral,
      where,
      `${at(line).vi}: ${formatVi(value)} triệu đồng ghi "${key === 'nstw_dau_tu' ? 'vốn đầu tư phát triển' : 'vốn sự nghiệp'}" mà không nói cấp ngân sách; theo quy ước của Chương trình đã ghi nhận là ${SOURCE_LABEL_VI[key]}.`,
      `${at(line).en}: ${formatVi(value)} million VND is called "${key === 'nstw_dau_tu' ? 'investment' : 'recurrent'} money" without a budget level; by the programme's convention it was recorded as ${SOURCE_LABEL_EN[key]}.`,
    ),
  carryOver: (where: string, line: number): Finding =>
    finding(
      'info',
      IMPORT_CODES.carryOver,
      where,
      `${at(line).vi}: văn bản nhắc đến kinh phí chuyển nguồn nhưng không ghi số tiền; không đưa vào kinh phí của mục.`,
      `${at(line).en}: the document mentions carried-over funds (chuyển nguồn) without an amount; nothing was added to the item.`,
    ),
  otherSources: (where: string, line: number): Finding =>
    finding(
      'info',
      IMPORT_CODES.otherSources,
      where,
      `${at(line).vi}: văn bản nhắc đến vốn lồng ghép, huy động nhưng không ghi số tiền; không đưa vào nguồn vốn khác.`,
      `${at(line).en}: the document mentions integrated or mobilised funds (lồng ghép, huy động) without an amount; nothing was added to other sources.`,
    ),
  nameMismatch: (where: string, line: number, label: string, written: string, official: string): Finding =>
    finding(
      'warning',
      IMPORT_CODES.nameMismatch,
      where,
      `${at(line).vi}: "${label}" có tên ${q(written)}, khác với tên trong danh mục ${q(official)}; đã nhận theo số thứ tự là ${where}, hãy kiểm tra lại.`,
      `${at(line).en}: "${label}" is named ${q(written)}, unlike the catalogue's ${q(official)}; it was taken by its number as ${where}, please check.`,
    ),
  unknownHeading: (where: string, line: number, label: string): Finding =>
    finding(
      'warning',
      IMPORT_CODES.unknownHeading,
      where,
      `${at(line).vi}: "${label}" không có trong danh mục; số tiền ghi dưới mục này không được đưa vào kế hoạch.`,
      `${at(line).en}: "${label}" is not in the catalogue; amounts written under it are not taken into the plan.`,
    ),
  unassigned: (where: string, line: number, written: string): Finding =>
    finding(
      'warning',
      IMPORT_CODES.unassigned,
      where,
      `${at(line).vi}: số tiền "${written}" nằm dưới một mục không có trong danh mục nên không được đưa vào kế hoạch.`,
      `${at(line).en}: the amount "${written}" is under a heading that is not in the catalogue, so it was not taken into the plan.`,
    ),
  duplicate: (where: string, line: number, key: AmountKey, kept: Dec, other: Dec): Finding =>
    finding(
      'warning',
      IMPORT_CODES.duplicate,
      where,
      `${at(line).vi}: ${SOURCE_LABEL_VI[key]} được ghi lần nữa với số khác (${formatVi(other)} triệu đồng); giữ số ghi trước (${formatVi(kept)} triệu đồng).`,
      `${at(line).en}: ${SOURCE_LABEL_EN[key]} is stated again with another figure (${formatVi(other)} million VND); the first one (${formatVi(kept)} million VND) was kept.`,
      { expected: kept, actual: other, difference: other.minus(kept) },
    ),
  foreignFormat: (where: string, line: number, written: string, value: Dec): Finding =>
    finding(
      'warning',
      IMPORT_CODES.foreignFormat,
      where,
      `${at(line).vi}: "${written}" không viết theo kiểu Việt Nam (dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân); đã đọc là ${formatVi(value)} triệu đồng.`,
      `${at(line).en}: "${written}" is not in Vietnamese form (dots group thousands, comma before decimals); it was read as ${formatVi(value)} million VND.`,
    ),
  unreadable: (where: string, line: number, written: string): Finding =>
    finding(
      'warning',
      IMPORT_CODES.unreadable,
      where,
      `${at(line).vi}: không đọc được số tiền "${written}"; số này không được đưa vào kế hoạch.`,
      `${at(line).en}: the amount "${written}" cannot be read; it was not taken into the plan.`,
    ),
  converted: (where: string, line: number, written: string, value: Dec): Finding =>
    finding(
      'info',
      IMPORT_CODES.converted,
      where,
      `${at(line).vi}: "${written}" đã được đổi thành ${formatVi(value)} triệu đồng.`,
      `${at(line).en}: "${written}" was converted to ${formatVi(value)} million VND.`,
    ),
  unlabelled: (where: string, line: number, written: string): Finding =>
    finding(
      'info',
      IMPORT_CODES.unlabelled,
      where,
      `${at(line).vi}: số tiền "${written}" không đi kèm tên nguồn vốn hay kinh phí (có thể là mức hỗ trợ); không đưa vào kế hoạch.`,
      `${at(line).en}: the amount "${written}" is not labelled as funding or a source (perhaps a support rate); it was not taken into the plan.`,
    ),
  breakdown: (where: string, line: number, written: string): Finding =>
    finding(
      'info',
      IMPORT_CODES.breakdown,
      where,
      `${at(line).vi}: "${written}" là phần chia nhỏ của số tiền ghi ngay trước; không ghi nhận riêng.`,
      `${at(line).en}: "${written}" splits the amount stated just before it; it was not recorded separately.`,
    ),
  notApplicableWithMoney: (where: string, line: number): Finding =>
    finding(
      'warning',
      IMPORT_CODES.notApplicableWithMoney,
      where,
      `${at(line).vi}: mục được ghi "không thuộc đối tượng" nhưng vẫn có số tiền; hãy kiểm tra lại.`,
      `${at(line).en}: the item is marked not applicable ("không thuộc đối tượng") but states money; please check.`,
    ),
  binary: (): Finding =>
    finding(
      'warning',
      IMPORT_CODES.binary,
      TONG,
      'Nội dung không giống văn bản (có ký tự nhị phân); kết quả nhập có thể không đầy đủ.',
      'The content does not look like text (it holds binary characters); the import may be incomplete.',
    ),
  empty: (): Finding => finding('info', IMPORT_CODES.empty, TONG, 'Văn bản trống.', 'The document is empty.'),
  fileUnreadable: (path: string, reason: string): Finding =>
    finding(
      'error',
      IMPORT_CODES.fileUnreadable,
      TONG,
      `Không đọc được tệp ${q(path)}: ${reason}`,
      `Cannot read the file ${q(path)}: ${reason}`,
    ),
  docx: (vi: string, en: string): Finding =>
    finding(
      'error',
      IMPORT_CODES.docx,
      TONG,
      `Không đọc được tệp Word (.docx): ${vi}`,
      `Cannot read the Word file (.docx): ${en}`,
    ),
};
