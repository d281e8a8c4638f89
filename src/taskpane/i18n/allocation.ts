/** Step 2 ("Phân bổ"): assigned totals, number locale, rows, preview. */
import type { Text } from '../../domain/findings';
import type { Lang, NumberLocale, RowKinds } from '../controller-types';

/** "Sub-project" → "sub-project": a kind's English name inside a sentence. */
const lower = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

export interface AllocationStrings {
  readonly allocationHeading: string;
  readonly unitNote: string;
  readonly nstwAssigned: string;
  readonly nsdpAssigned: string;
  readonly amountHint: string;
  readonly stepLabel: string;
  readonly stepHint: string;
  readonly methodLabel: string;
  readonly methodWeights: string;
  readonly methodLastYear: string;
  readonly methodEqual: string;
  readonly rowsHeading: (kinds: RowKinds) => string;
  readonly rowsEmpty: (kinds: RowKinds) => string;
  readonly reloadRows: string;
  readonly weightLabel: (row: string) => string;
  readonly lockLabel: string;
  readonly lockedNstwLabel: (row: string) => string;
  readonly lockedNsdpLabel: (row: string) => string;
  readonly currentFigures: (nstw: string, nsdp: string) => string;
  readonly notEntered: string;
  readonly noRowChosen: (kinds: RowKinds) => Text;
  readonly preview: string;
  readonly previewCaption: string;
  readonly previewFailed: string;
  readonly previewStale: string;
  readonly previewWarnings: string;
  readonly colItem: (kinds: RowKinds) => string;
  readonly colNstw: string;
  readonly colNsdp: string;
  readonly colTotal: string;
  readonly totalsRow: string;
  readonly writeValues: string;
  readonly writeFormulas: string;
  readonly localeLabel: string;
  readonly localeHint: string;
  readonly localeOption: Readonly<Record<NumberLocale, string>>;
  readonly colChosen: string;
  readonly colCurrent: string;
  readonly colWeight: string;
  readonly colAllocated: string;
  readonly colDiff: string;
  readonly colLock: string;
  readonly searchLabel: (kinds: RowKinds) => string;
  /** With a query that finds a row of this sheet ('DA3 hỗ trợ'), or none. */
  readonly searchPlaceholder: (example: string | undefined) => string;
  readonly selectAll: string;
  readonly selectNone: string;
  readonly shownCount: (shown: number, total: number, chosen: number) => string;
  readonly noMatch: string;
  readonly lockToggle: (row: string) => string;
  readonly lockEmptyKeeps: (nstw: string, nsdp: string) => string;
  readonly lockOpenHint: string;
  readonly emptyCell: string;
  readonly weightErrorsTitle: (count: number) => string;
  readonly weightErrorsFirst: (count: number, first: Text) => Text;
  readonly previewLong: (count: number) => string;
}

const vi: AllocationStrings = {
  allocationHeading: 'Phân bổ kinh phí được giao',
  unitNote: 'Đơn vị tính: Triệu đồng',
  nstwAssigned: 'Ngân sách trung ương được giao',
  nsdpAssigned: 'Ngân sách địa phương (vốn đối ứng)',
  amountHint: 'Nhận cách viết Việt Nam, ví dụ 15.089 hoặc 466,25.',
  stepLabel: 'Bước làm tròn',
  stepHint: 'Mỗi phần là bội số của bước này, ví dụ 1 hoặc 0,01.',
  methodLabel: 'Phương pháp',
  methodWeights: 'Theo tỷ trọng',
  methodLastYear: 'Theo tỷ lệ năm trước',
  methodEqual: 'Chia đều',
  rowsHeading: ({ vi: [a, b] }) => `Các ${a}, ${b} nhận phân bổ`,
  rowsEmpty: ({ vi: [a, b] }) =>
    `Trang kế hoạch chưa có ${a}, ${b} nào. Hãy chèn mẫu hoặc nhập văn bản kế hoạch trước.`,
  reloadRows: 'Tải lại danh sách',
  weightLabel: (row) => `Tỷ trọng: ${row}`,
  lockLabel: 'Giữ cố định số tiền',
  lockedNstwLabel: (row) => `NSTW cố định: ${row}`,
  lockedNsdpLabel: (row) => `NSĐP cố định: ${row}`,
  currentFigures: (nstw, nsdp) => `Hiện có: NSTW ${nstw}; NSĐP ${nsdp}`,
  notEntered: 'chưa nhập',
  noRowChosen: ({ vi: [a, b], en: [aEn, bEn] }) => ({
    vi: `Chưa chọn ${a}, ${b} nào để phân bổ.`,
    en: `No ${lower(aEn)} or ${lower(bEn)} chosen to allocate to.`,
  }),
  preview: 'Xem trước',
  previewCaption: 'Xem trước phân bổ',
  previewFailed: 'Chưa phân bổ được',
  previewStale: 'Số liệu đã thay đổi sau lần xem trước; hãy bấm "Xem trước" lại trước khi ghi.',
  previewWarnings: 'Cần xem trước khi ghi',
  colItem: ({ vi: [a, b] }) => `${a}, ${b}`,
  colNstw: 'NSTW',
  colNsdp: 'NSĐP',
  colTotal: 'Tổng',
  totalsRow: 'Tổng cộng',
  writeValues: 'Ghi giá trị',
  writeFormulas: 'Ghi công thức GNBV',
  localeLabel: 'Cách viết số',
  localeHint:
    'Cách đọc các số đã nhập: "Tự nhận" đọc 1.469 và 15.555,25 theo kiểu Việt Nam, và từ chối số đọc được hai cách như 4,136.',
  localeOption: { auto: 'Tự nhận', vi: 'Việt Nam "1.469,5"', en: 'English "1,469.5"' },
  colChosen: 'Chọn',
  colCurrent: 'Hiện có',
  colWeight: 'Tỷ trọng',
  colAllocated: 'Phân bổ',
  colDiff: 'Chênh lệch',
  colLock: 'Giữ cố định',
  searchLabel: ({ vi: [a, b] }) => `Tìm ${a}, ${b}`,
  searchPlaceholder: (example) => (example === undefined ? 'Mã hoặc tên' : `Mã hoặc tên, ví dụ ${example}`),
  selectAll: 'Chọn tất cả',
  selectNone: 'Bỏ chọn tất cả',
  shownCount: (shown, total, chosen) =>
    shown === total
      ? `${total} dòng, đã chọn ${chosen}.`
      : `Đang hiện ${shown}/${total} dòng (chọn, bỏ chọn tất cả chỉ áp dụng cho các dòng này); đã chọn ${chosen}.`,
  noMatch: 'Không có dòng nào khớp với từ tìm.',
  lockToggle: (row) => `Giữ cố định số tiền: ${row}`,
  lockEmptyKeeps: (nstw, nsdp) => `Ô nào để trống thì giữ số hiện có của ô đó: NSTW ${nstw}; NSĐP ${nsdp}.`,
  lockOpenHint: 'Bấm biểu tượng khoá ở cuối dòng để giữ cố định số tiền của dòng này.',
  emptyCell: '0 (ô trống)',
  weightErrorsTitle: (count) => `${count} dòng có tỷ trọng chưa đúng`,
  weightErrorsFirst: (count, first) => ({
    vi: count === 1 ? first.vi : `${count} dòng có tỷ trọng chưa đúng; dòng đầu: ${first.vi}`,
    en: count === 1 ? first.en : `${count} rows have a wrong weight; the first: ${first.en}`,
  }),
  previewLong: (count) =>
    `Bảng có ${count} dòng: số phân bổ của từng dòng ở cột "Phân bổ" của danh sách trên; dưới đây là tổng.`,
};

const en: AllocationStrings = {
  allocationHeading: 'Allocate the assigned funds',
  unitNote: 'Unit: million VND (Triệu đồng)',
  nstwAssigned: 'Central budget assigned (NSTW)',
  nsdpAssigned: 'Local budget (NSĐP, counterpart)',
  amountHint: 'Vietnamese notation accepted, e.g. 15.089 or 466,25.',
  stepLabel: 'Rounding step',
  stepHint: 'Every share is a multiple of this step, e.g. 1 or 0,01.',
  methodLabel: 'Method',
  methodWeights: 'By weights',
  methodLastYear: "By last year's shares",
  methodEqual: 'Equal shares',
  rowsHeading: ({ en: [a, b] }) => `${a}s and ${lower(b)}s to allocate to`,
  rowsEmpty: ({ vi: [a, b] }) =>
    `The plan sheet has no ${a} or ${b} yet. Insert the template or import a plan first.`,
  reloadRows: 'Reload the list',
  weightLabel: (row) => `Weight: ${row}`,
  lockLabel: 'Keep the amount fixed',
  lockedNstwLabel: (row) => `Fixed NSTW: ${row}`,
  lockedNsdpLabel: (row) => `Fixed NSĐP: ${row}`,
  currentFigures: (nstw, nsdp) => `On the sheet: NSTW ${nstw}; NSĐP ${nsdp}`,
  notEntered: 'empty',
  noRowChosen: vi.noRowChosen,
  preview: 'Preview',
  previewCaption: 'Allocation preview',
  previewFailed: 'Could not allocate',
  previewStale: 'The figures changed after the last preview; press "Preview" again before writing.',
  previewWarnings: 'Look at this before writing',
  colItem: ({ en: [a, b] }) => `${a} / ${lower(b)}`,
  colNstw: 'NSTW',
  colNsdp: 'NSĐP',
  colTotal: 'Total',
  totalsRow: 'Total',
  writeValues: 'Write values',
  writeFormulas: 'Write GNBV formulas',
  localeLabel: 'Number notation',
  localeHint:
    'How typed figures are read: "Automatic" reads 1.469 and 15.555,25 the Vietnamese way and refuses figures that read two ways, such as 4,136.',
  localeOption: { auto: 'Automatic', vi: 'Việt Nam "1.469,5"', en: 'English "1,469.5"' },
  colChosen: 'Chosen',
  colCurrent: 'Now',
  colWeight: 'Weight',
  colAllocated: 'Allocated',
  colDiff: 'Change',
  colLock: 'Keep fixed',
  searchLabel: ({ en: [a, b] }) => `Find a ${lower(a)} or ${lower(b)}`,
  searchPlaceholder: (example) => (example === undefined ? 'Code or name' : `Code or name, e.g. ${example}`),
  selectAll: 'Choose all',
  selectNone: 'Choose none',
  shownCount: (shown, total, chosen) =>
    shown === total
      ? `${total} rows, ${chosen} chosen.`
      : `Showing ${shown} of ${total} rows (choose all / none applies to these only); ${chosen} chosen.`,
  noMatch: 'No row matches the search.',
  lockToggle: (row) => `Keep the amount fixed: ${row}`,
  lockEmptyKeeps: (nstw, nsdp) => `An empty field keeps the current figure: NSTW ${nstw}; NSĐP ${nsdp}.`,
  lockOpenHint: "Press the lock at the end of this row's line to keep its amount fixed.",
  emptyCell: '0 (empty cell)',
  weightErrorsTitle: (count) =>
    count === 1 ? '1 row has a wrong weight' : `${count} rows have a wrong weight`,
  weightErrorsFirst: vi.weightErrorsFirst,
  previewLong: (count) =>
    `The table has ${count} rows: each row's share is in the "Allocated" column of the list above; the totals are below.`,
};

/** The table of a language. */
export const allocationStrings: Readonly<Record<Lang, AllocationStrings>> = { vi, en };
