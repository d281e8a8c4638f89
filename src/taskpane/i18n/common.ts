/** The words around the steps: header, tabs, undo, results, the overwrite question. */
import type { Text } from '../../domain/findings';
import type { Lang } from '../controller-types';

export interface CommonStrings {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly languageLabel: string;
  /** The current language, named in itself (read after the menu's label). */
  readonly languageName: string;
  /** Said once, in the language menu: what stays Vietnamese whatever the UI language. */
  readonly languageNote: string;
  readonly browserNoticeTitle: string;
  readonly browserNotice: string;
  readonly stepsLabel: string;
  readonly tabTemplate: string;
  readonly tabAllocation: string;
  readonly tabCheck: string;
  readonly tabExport: string;
  readonly undo: string;
  readonly redo: string;
  readonly working: string;
  readonly dismiss: string;
  readonly success: string;
  readonly warning: string;
  readonly error: string;
  readonly unexpected: (detail: string) => Text;

  readonly confirmTitle: string;
  /** The dialog's text around the use case's question (which names the sheet and the cells). */
  readonly confirmBody: (question: string) => string;
  readonly overwrite: string;
  readonly cancel: string;
}

const vi: CommonStrings = {
  appTitle: 'Kinh phí GNBV',
  appSubtitle: 'Chương trình MTQG Giảm nghèo bền vững',
  languageLabel: 'Ngôn ngữ',
  languageName: 'Tiếng Việt',
  languageNote:
    'Văn bản xuất ra và chữ trên trang tính luôn bằng tiếng Việt, như văn bản hành chính yêu cầu.',
  browserNoticeTitle: 'Đang chạy ngoài Excel',
  browserNotice: 'Đang chạy ngoài Excel: thay đổi chỉ nằm trong trang này cho đến khi bạn tải về sổ tính.',
  stepsLabel: 'Các bước',
  tabTemplate: 'Mẫu',
  tabAllocation: 'Phân bổ',
  tabCheck: 'Kiểm tra',
  tabExport: 'Xuất',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  working: 'Đang xử lý…',
  dismiss: 'Đóng thông báo',
  success: 'Thành công',
  warning: 'Cần chú ý',
  error: 'Có lỗi',
  unexpected: (detail) => ({
    vi: `Lỗi không mong đợi: ${detail}`,
    en: `Unexpected error: ${detail}`,
  }),

  confirmTitle: 'Ghi đè dữ liệu?',
  confirmBody: (question) => `${question} Ghi đè?`,
  overwrite: 'Ghi đè',
  cancel: 'Huỷ',
};

const en: CommonStrings = {
  appTitle: 'Kinh phí GNBV',
  appSubtitle: 'Sustainable Poverty Reduction National Target Programme',
  languageLabel: 'Language',
  languageName: 'English',
  languageNote: 'Documents and sheet text stay in Vietnamese, as official documents require.',
  browserNoticeTitle: 'Running outside Excel',
  browserNotice: 'Running outside Excel: changes stay in this page until you download the workbook.',
  stepsLabel: 'Steps',
  tabTemplate: 'Template',
  tabAllocation: 'Allocate',
  tabCheck: 'Check',
  tabExport: 'Export',
  undo: 'Undo',
  redo: 'Redo',
  working: 'Working…',
  dismiss: 'Dismiss message',
  success: 'Done',
  warning: 'Attention',
  error: 'Error',
  unexpected: vi.unexpected,

  confirmTitle: 'Overwrite data?',
  confirmBody: (question) => `${question} Overwrite?`,
  overwrite: 'Overwrite',
  cancel: 'Cancel',
};

/** The table of a language. */
export const commonStrings: Readonly<Record<Lang, CommonStrings>> = { vi, en };
