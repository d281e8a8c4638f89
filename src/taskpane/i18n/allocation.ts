/** Step 2 ("Phân bổ"): assigned totals, number locale, rows, preview. */
import type { Text } from '../../domain/findings';
import type { Lang, NumberLocale } from '../controller-types';

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
  readonly rowsHeading: string;
  readonly rowsEmpty: string;
  readonly reloadRows: string;
  readonly weightLabel: (row: string) => string;
  readonly lockLabel: string;
  readonly lockedNstwLabel: (row: string) => string;
  readonly lockedNsdpLabel: (row: string) => string;
  readonly currentFigures: (nstw: string, nsdp: string) => string;
  readonly notEntered: string;
  readonly noRowChosen: Text;
  readonly preview: string;
  readonly previewCaption: string;
  readonly previewFailed: string;
  readonly previewStale: string;
  readonly previewWarnings: string;
  readonly colItem: string;
  readonly colNstw: string;
  readonly colNsdp: string;
  readonly colTotal: string;
  readonly totalsRow: string;
  readonly writeValues: string;
  readonly writeFormulas: string;
  readonly localeLabel: string;
  readonly localeHint: string;
  readonly localeOption: Readonly<Record<NumberLocale, string>>;
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
  rowsHeading: 'Các Dự án, Tiểu dự án nhận phân bổ',
  rowsEmpty: 'Trang kế hoạch chưa có Dự án, Tiểu dự án nào. Hãy chèn mẫu hoặc nhập văn bản kế hoạch trước.',
  reloadRows: 'Tải lại danh sách',
  weightLabel: (row) => `Tỷ trọng: ${row}`,
  lockLabel: 'Giữ cố định số tiền',
  lockedNstwLabel: (row) => `NSTW cố định: ${row}`,
  lockedNsdpLabel: (row) => `NSĐP cố định: ${row}`,
  currentFigures: (nstw, nsdp) => `Hiện có: NSTW ${nstw}; NSĐP ${nsdp}`,
  notEntered: 'chưa nhập',
  noRowChosen: {
    vi: 'Chưa chọn Dự án, Tiểu dự án nào để phân bổ.',
    en: 'No project or sub-project chosen to allocate to.',
  },
  preview: 'Xem trước',
  previewCaption: 'Xem trước phân bổ',
  previewFailed: 'Chưa phân bổ được',
  previewStale: 'Số liệu đã thay đổi sau lần xem trước; hãy bấm "Xem trước" lại trước khi ghi.',
  previewWarnings: 'Cần xem trước khi ghi',
  colItem: 'Dự án, Tiểu dự án',
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
  rowsHeading: 'Projects and sub-projects to allocate to',
  rowsEmpty: 'The plan sheet has no Dự án or Tiểu dự án yet. Insert the template or import a plan first.',
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
  colItem: 'Project / sub-project',
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
};

/** The table of a language. */
export const allocationStrings: Readonly<Record<Lang, AllocationStrings>> = { vi, en };
