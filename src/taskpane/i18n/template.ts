/** Step 1 ("Mẫu"): the template and the document import. */
import type { Text } from '../../domain/findings';
import type { Lang } from '../controller-types';

export interface TemplateStrings {
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
}

const vi: TemplateStrings = {
  templateHeading: 'Chèn mẫu kế hoạch',
  templateHint:
    'Tạo trang kế hoạch theo danh mục của chương trình đã chọn; mỗi danh mục có trang kế hoạch riêng.',
  yearLabel: 'Năm kế hoạch',
  localityLabel: 'Địa phương',
  localityPlaceholder: 'Ví dụ: xã Bình Lư',
  insertTemplate: 'Chèn mẫu',
  yearInvalid: (typed) => ({
    vi: `Ô "Năm kế hoạch" phải là một năm từ 2000 đến 2100; đã nhập "${typed}".`,
    en: `"Plan year" must be a year from 2000 to 2100; got "${typed}".`,
  }),
  importHeading: 'Nhập văn bản kế hoạch',
  importHint:
    'Đọc kinh phí từng Dự án, Tiểu dự án (2021–2025) hoặc Hợp phần, Nội dung thành phần (2026–2035) từ văn bản kế hoạch đã có.',
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
};

const en: TemplateStrings = {
  templateHeading: 'Insert the plan template',
  templateHint:
    "Creates the plan sheet with the chosen programme's catalogue; each catalogue has its own plan sheet.",
  yearLabel: 'Plan year',
  localityLabel: 'Locality',
  localityPlaceholder: 'E.g. xã Bình Lư',
  insertTemplate: 'Insert template',
  yearInvalid: vi.yearInvalid,
  importHeading: 'Import a plan document',
  importHint:
    'Reads the funding of each Dự án and Tiểu dự án (2021–2025) or Hợp phần and Nội dung thành phần (2026–2035) from an existing plan document.',
  fileLabel: 'Plan document (.txt, .docx)',
  importButton: 'Import plan',
  fileMissing: vi.fileMissing,
  fileUnsupported: vi.fileUnsupported,
  fileUnreadable: vi.fileUnreadable,
};

/** The table of a language. */
export const templateStrings: Readonly<Record<Lang, TemplateStrings>> = { vi, en };
