/**
 * Every string the task pane shows, in Vietnamese and English. Kept in one module so a reviewer can
 * check diacritics and official terms in one place, and so the two tables cannot drift apart: both are
 * typed by {@link Strings}.
 */
import type { Text } from '../domain/findings';
import type { Lang, Severity } from './controller-types';

/** The pane's vocabulary; functions take the values that vary. */
export interface Strings {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly languageLabel: string;
  readonly browserNoticeTitle: string;
  readonly browserNotice: string;
  readonly stepsLabel: string;
  readonly tabTemplate: string;
  readonly tabAllocation: string;
  readonly tabCheck: string;
  readonly tabExport: string;
  readonly undo: string;
  readonly working: string;
  readonly dismiss: string;
  readonly success: string;
  readonly warning: string;
  readonly error: string;
  readonly unexpected: (detail: string) => Text;

  readonly templateHeading: string;
  readonly templateHint: string;
  readonly yearLabel: string;
  readonly localityLabel: string;
  readonly localityPlaceholder: string;
  readonly insertTemplate: string;
  readonly yearInvalid: (typed: string) => Text;
  readonly importHeading: string;
  readonly importHint: string;
  readonly fileLabel: string;
  readonly importButton: string;
  readonly fileMissing: Text;
  readonly fileUnsupported: (name: string) => Text;
  readonly fileUnreadable: (name: string) => Text;

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
  readonly colItem: string;
  readonly colNstw: string;
  readonly colNsdp: string;
  readonly colTotal: string;
  readonly totalsRow: string;
  readonly writeValues: string;
  readonly writeFormulas: string;

  readonly checkHeading: string;
  readonly runCheck: string;
  readonly noFindings: Text;
  readonly findingsSummary: (errors: number, warnings: number, infos: number) => string;
  readonly findingsListLabel: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly cellLabel: (cell: string) => string;
  readonly selectFindingHint: string;
  readonly markFindings: string;
  readonly clearMarks: string;

  readonly exportHeading: string;
  readonly styleLabel: string;
  readonly styleKinhPhi: string;
  readonly styleNguonVon: string;
  readonly wordsLabel: string;
  readonly wordsNone: string;
  readonly wordsTotal: string;
  readonly wordsAll: string;
  readonly writeSection: string;
  readonly copyForWord: string;
  readonly copiedRich: Text;
  readonly copiedPlain: Text;
  readonly copyFailed: (detail: string) => Text;

  readonly confirmTitle: string;
  readonly confirmBody: (cells: string) => string;
  readonly moreCells: (count: number) => string;
  readonly overwrite: string;
  readonly cancel: string;
}

/** Vietnamese, the default. */
const vi: Strings = {
  appTitle: 'Kinh phí GNBV',
  appSubtitle: 'Chương trình MTQG Giảm nghèo bền vững',
  languageLabel: 'Ngôn ngữ',
  browserNoticeTitle: 'Đang chạy ngoài Excel',
  browserNotice:
    'Đang chạy ngoài Excel: ngăn tác vụ làm việc trên kế hoạch mẫu có sẵn, hoặc trên sổ tính .xlsx bạn mở ở ' +
    'mục "Sổ tính". Mọi thay đổi chỉ nằm trong trang này cho đến khi bạn bấm "Tải về sổ tính"; ' +
    'tệp gốc trên máy không bị sửa.',
  stepsLabel: 'Các bước',
  tabTemplate: 'Mẫu',
  tabAllocation: 'Phân bổ',
  tabCheck: 'Kiểm tra',
  tabExport: 'Xuất',
  undo: 'Hoàn tác',
  working: 'Đang xử lý…',
  dismiss: 'Đóng thông báo',
  success: 'Thành công',
  warning: 'Cần chú ý',
  error: 'Có lỗi',
  unexpected: (detail) => ({
    vi: `Lỗi không mong đợi: ${detail}`,
    en: `Unexpected error: ${detail}`,
  }),

  templateHeading: 'Chèn mẫu kế hoạch',
  templateHint: 'Tạo trang kế hoạch theo danh mục Dự án, Tiểu dự án của Quyết định 90/QĐ-TTg.',
  yearLabel: 'Năm kế hoạch',
  localityLabel: 'Địa phương',
  localityPlaceholder: 'Ví dụ: xã Bình Lư',
  insertTemplate: 'Chèn mẫu',
  yearInvalid: (typed) => ({
    vi: `Ô "Năm kế hoạch" phải là một năm từ 2000 đến 2100; đã nhập "${typed}".`,
    en: `"Plan year" must be a year from 2000 to 2100; got "${typed}".`,
  }),
  importHeading: 'Nhập văn bản kế hoạch',
  importHint: 'Đọc kinh phí từng Dự án, Tiểu dự án từ văn bản kế hoạch đã có.',
  fileLabel: 'Văn bản kế hoạch (.txt, .docx)',
  importButton: 'Nhập kế hoạch',
  fileMissing: {
    vi: 'Chưa chọn văn bản kế hoạch (.txt hoặc .docx).',
    en: 'No plan document chosen (.txt or .docx).',
  },
  fileUnsupported: (name) => ({
    vi: `Tệp "${name}" không phải .txt hoặc .docx; hãy lưu văn bản dưới một trong hai dạng này.`,
    en: `"${name}" is not a .txt or .docx file; save the document in one of these formats.`,
  }),
  fileUnreadable: (name) => ({
    vi: `Không đọc được tệp "${name}".`,
    en: `Could not read "${name}".`,
  }),

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
  colItem: 'Dự án, Tiểu dự án',
  colNstw: 'NSTW',
  colNsdp: 'NSĐP',
  colTotal: 'Tổng',
  totalsRow: 'Tổng cộng',
  writeValues: 'Ghi giá trị',
  writeFormulas: 'Ghi công thức GNBV',

  checkHeading: 'Kiểm tra số liệu',
  runCheck: 'Kiểm tra',
  noFindings: {
    vi: 'Không phát hiện sai lệch: mọi tổng đều khớp.',
    en: 'No discrepancies found: every total adds up.',
  },
  findingsSummary: (errors, warnings, infos) =>
    `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin. Bấm vào một dòng để chọn ô tương ứng.`,
  findingsListLabel: 'Kết quả kiểm tra',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  cellLabel: (cell) => `Ô ${cell}`,
  selectFindingHint: 'Chọn ô',
  markFindings: 'Đánh dấu ô lỗi',
  clearMarks: 'Xoá đánh dấu',

  exportHeading: 'Viết phần kinh phí',
  styleLabel: 'Văn phong',
  styleKinhPhi: 'Kinh phí thực hiện ("b) Kinh phí thực hiện: …, cụ thể: …")',
  styleNguonVon: 'Nguồn vốn giao ("Nguồn vốn giao năm …: …. Trong đó: …")',
  wordsLabel: 'Số tiền bằng chữ',
  wordsNone: 'Không',
  wordsTotal: 'Tổng',
  wordsAll: 'Tất cả',
  writeSection: 'Ghi vào trang Kinh phí',
  copyForWord: 'Sao chép để dán vào Word',
  copiedRich: {
    vi: 'Đã sao chép phần kinh phí. Mở Word và dán (Ctrl+V).',
    en: 'The kinh phí section is copied. Open Word and paste (Ctrl+V).',
  },
  copiedPlain: {
    vi: 'Đã sao chép phần kinh phí dạng văn bản thường (trình duyệt không cho chép định dạng).',
    en: 'The kinh phí section is copied as plain text (the browser does not allow formatted copy).',
  },
  copyFailed: (detail) => ({
    vi: `Không sao chép được vào bộ nhớ tạm: ${detail}`,
    en: `Could not copy to the clipboard: ${detail}`,
  }),

  confirmTitle: 'Ghi đè dữ liệu?',
  confirmBody: (cells) => `Các ô sau đã có dữ liệu không do Kinh phí GNBV tạo: ${cells}. Ghi đè?`,
  moreCells: (count) => `và ${count} ô khác`,
  overwrite: 'Ghi đè',
  cancel: 'Huỷ',
};

/** English, for reviewers and non-Vietnamese colleagues; Vietnamese programme terms stay as they are. */
const en: Strings = {
  appTitle: 'Kinh phí GNBV',
  appSubtitle: 'Sustainable Poverty Reduction National Target Programme',
  languageLabel: 'Language',
  browserNoticeTitle: 'Running outside Excel',
  browserNotice:
    'Running outside Excel: the pane works on the bundled example plan, or on an .xlsx workbook you open ' +
    'under "Workbook". Changes stay in this page until you choose "Download the workbook"; ' +
    'the original file on your computer is not modified.',
  stepsLabel: 'Steps',
  tabTemplate: 'Template',
  tabAllocation: 'Allocate',
  tabCheck: 'Check',
  tabExport: 'Export',
  undo: 'Undo',
  working: 'Working…',
  dismiss: 'Dismiss message',
  success: 'Done',
  warning: 'Attention',
  error: 'Error',
  unexpected: vi.unexpected,

  templateHeading: 'Insert the plan template',
  templateHint: 'Creates the plan sheet with the Dự án and Tiểu dự án of Decision 90/QĐ-TTg.',
  yearLabel: 'Plan year',
  localityLabel: 'Locality',
  localityPlaceholder: 'E.g. xã Bình Lư',
  insertTemplate: 'Insert template',
  yearInvalid: vi.yearInvalid,
  importHeading: 'Import a plan document',
  importHint: 'Reads the funding of each Dự án and Tiểu dự án from an existing plan document.',
  fileLabel: 'Plan document (.txt, .docx)',
  importButton: 'Import plan',
  fileMissing: vi.fileMissing,
  fileUnsupported: vi.fileUnsupported,
  fileUnreadable: vi.fileUnreadable,

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
  colItem: 'Project / sub-project',
  colNstw: 'NSTW',
  colNsdp: 'NSĐP',
  colTotal: 'Total',
  totalsRow: 'Total',
  writeValues: 'Write values',
  writeFormulas: 'Write GNBV formulas',

  checkHeading: 'Check the figures',
  runCheck: 'Check',
  noFindings: vi.noFindings,
  findingsSummary: (errors, warnings, infos) =>
    `${errors} errors, ${warnings} warnings, ${infos} notes. Click a line to select its cell.`,
  findingsListLabel: 'Check results',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  cellLabel: (cell) => `Cell ${cell}`,
  selectFindingHint: 'Select the cell',
  markFindings: 'Highlight cells with errors',
  clearMarks: 'Clear highlights',

  exportHeading: 'Write the kinh phí section',
  styleLabel: 'Wording',
  styleKinhPhi: 'Kinh phí thực hiện ("b) Kinh phí thực hiện: …, cụ thể: …")',
  styleNguonVon: 'Nguồn vốn giao ("Nguồn vốn giao năm …: …. Trong đó: …")',
  wordsLabel: 'Amounts in words',
  wordsNone: 'None',
  wordsTotal: 'Total only',
  wordsAll: 'All amounts',
  writeSection: 'Write to the Kinh phí sheet',
  copyForWord: 'Copy to paste into Word',
  copiedRich: vi.copiedRich,
  copiedPlain: vi.copiedPlain,
  copyFailed: vi.copyFailed,

  confirmTitle: 'Overwrite data?',
  confirmBody: (cells) => `These cells hold data not created by Kinh phí GNBV: ${cells}. Overwrite?`,
  moreCells: (count) => `and ${count} more`,
  overwrite: 'Overwrite',
  cancel: 'Cancel',
};

/** The string table of a language. */
export function stringsFor(lang: Lang): Strings {
  return lang === 'vi' ? vi : en;
}

/** The side of a two-language message that the pane currently shows. */
export function inLang(message: Text, lang: Lang): string {
  return lang === 'vi' ? message.vi : message.en;
}
