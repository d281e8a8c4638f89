/** Step 4 ("Xuất"): the kinh phí section. */
import type { Text } from '../../domain/findings';
import type { Lang } from '../controller-types';

export interface ExportStrings {
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
  readonly downloadDocument: string;
  readonly sectionPreviewLabel: string;
  readonly sectionPreviewNote: string;
  readonly sectionPreviewLoading: string;
  readonly copiedRich: Text;
  readonly copiedPlain: Text;
  readonly copyFailed: (detail: string) => Text;
}

const vi: ExportStrings = {
  exportHeading: 'Viết phần kinh phí',
  styleLabel: 'Văn phong',
  styleKinhPhi: 'Kinh phí thực hiện ("b) Kinh phí thực hiện: …, cụ thể: …")',
  styleNguonVon: 'Nguồn vốn giao ("Nguồn vốn giao năm …: …. Trong đó: …")',
  wordsLabel: 'Số tiền bằng chữ',
  wordsNone: 'Không',
  wordsTotal: 'Tổng',
  wordsAll: 'Tất cả',
  writeSection: 'Ghi vào trang Kinh phí',
  copyForWord: 'Sao chép cho Word',
  downloadDocument: 'Tải văn bản Word',
  sectionPreviewLabel: 'Xem trước phần kinh phí',
  sectionPreviewNote: 'Văn bản sẽ được ghi, sao chép và tải về đúng như sau.',
  sectionPreviewLoading: 'Đang soạn phần kinh phí…',
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
};

const en: ExportStrings = {
  exportHeading: 'Write the kinh phí section',
  styleLabel: 'Wording',
  styleKinhPhi: 'Kinh phí thực hiện ("b) Kinh phí thực hiện: …, cụ thể: …")',
  styleNguonVon: 'Nguồn vốn giao ("Nguồn vốn giao năm …: …. Trong đó: …")',
  wordsLabel: 'Amounts in words',
  wordsNone: 'None',
  wordsTotal: 'Total only',
  wordsAll: 'All amounts',
  writeSection: 'Write to the Kinh phí sheet',
  copyForWord: 'Copy for Word',
  downloadDocument: 'Download the Word document',
  sectionPreviewLabel: 'Preview of the kinh phí section',
  sectionPreviewNote:
    'The section is written, copied and downloaded exactly as below (in Vietnamese, as official documents require).',
  sectionPreviewLoading: 'Composing the kinh phí section…',
  copiedRich: vi.copiedRich,
  copiedPlain: vi.copiedPlain,
  copyFailed: vi.copyFailed,
};

/** The table of a language. */
export const exportStrings: Readonly<Record<Lang, ExportStrings>> = { vi, en };
