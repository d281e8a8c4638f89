/** Step 3 ("Kiểm tra"): the check, its findings and marks. */
import type { Text } from '../../domain/findings';
import type { Lang, Severity } from '../controller-types';

export interface CheckStrings {
  readonly checkHeading: string;
  readonly runCheck: string;
  readonly noFindings: Text;
  readonly findingsSummary: (errors: number, warnings: number, infos: number) => string;
  readonly findingsListLabel: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly cellLabel: (cell: string) => string;
  readonly selectFindingHint: string;
  readonly consequencesLabel: (cell: string) => string;
  readonly sheetPreviewCaption: (sheet: string) => string;
  readonly highlightedCell: (cell: string) => string;
  readonly cellOutsidePreview: (cell: string) => string;
  readonly markFindings: string;
  readonly clearMarks: string;
}

const vi: CheckStrings = {
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
  consequencesLabel: (cell) => `Hệ quả của ô ${cell}`,
  sheetPreviewCaption: (sheet) => `Trang "${sheet}" (chỉ xem; bấm một kết quả để tới ô của nó)`,
  highlightedCell: (cell) => `Đang chỉ ô ${cell}`,
  cellOutsidePreview: (cell) => `Ô ${cell} nằm ngoài phần xem trước (40 dòng, 10 cột đầu).`,
  markFindings: 'Đánh dấu ô lỗi',
  clearMarks: 'Xoá đánh dấu',
};

const en: CheckStrings = {
  checkHeading: 'Check the figures',
  runCheck: 'Check',
  noFindings: vi.noFindings,
  findingsSummary: (errors, warnings, infos) =>
    `${errors} errors, ${warnings} warnings, ${infos} notes. Click a line to select its cell.`,
  findingsListLabel: 'Check results',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  cellLabel: (cell) => `Cell ${cell}`,
  selectFindingHint: 'Select the cell',
  consequencesLabel: (cell) => `Consequences of cell ${cell}`,
  sheetPreviewCaption: (sheet) => `Sheet "${sheet}" (read-only; click a result to go to its cell)`,
  highlightedCell: (cell) => `Showing cell ${cell}`,
  cellOutsidePreview: (cell) => `Cell ${cell} is outside the preview (first 40 rows, 10 columns).`,
  markFindings: 'Highlight cells with errors',
  clearMarks: 'Clear highlights',
};

/** The table of a language. */
export const checkStrings: Readonly<Record<Lang, CheckStrings>> = { vi, en };
