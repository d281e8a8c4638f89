/** The "Sổ tính" panel's words, in Vietnamese and English (the panel exists only in standalone mode). */
import type { Text } from '../../domain/findings';
import type { Lang } from '../controller-types';

/** The panel's vocabulary. */
export interface WorkbookStrings {
  readonly heading: string;
  /** The panel's menu button (its name is the heading; the arrow is decoration). */
  readonly menu: string;
  /** The menu item that opens the file chooser. */
  readonly openItem: string;
  readonly showPreview: string;
  readonly onExample: string;
  readonly onFile: (name: string) => string;
  readonly open: string;
  readonly useExample: string;
  readonly download: string;
  readonly previewCaption: (sheet: string, truncated: boolean) => string;
  readonly previewEmpty: string;
}

const VI: WorkbookStrings = {
  heading: 'Sổ tính',
  menu: 'Sổ tính',
  openItem: 'Mở sổ tính .xlsx…',
  showPreview: 'Xem trang tính',
  onExample: 'Đang làm việc trên kế hoạch mẫu (thị xã Mường Lay, năm 2024).',
  onFile: (name) => `Đang làm việc trên sổ tính "${name}".`,
  open: 'Mở sổ tính .xlsx',
  useExample: 'Dùng kế hoạch mẫu',
  download: 'Tải về sổ tính',
  previewCaption: (sheet, truncated) =>
    `Xem trước trang "${sheet}" (chỉ xem, không sửa được)${truncated ? '; chỉ hiện 40 dòng, 10 cột đầu' : ''}`,
  previewEmpty: 'Sổ tính chưa có trang nào để xem trước.',
};

const EN: WorkbookStrings = {
  heading: 'Workbook',
  menu: 'Workbook',
  openItem: 'Open an .xlsx workbook…',
  showPreview: 'Sheet preview',
  onExample: 'Working on the example plan (Mường Lay town, 2024).',
  onFile: (name) => `Working on workbook "${name}".`,
  open: 'Open an .xlsx workbook',
  useExample: 'Use the example plan',
  download: 'Download the workbook',
  previewCaption: (sheet, truncated) =>
    `Preview of sheet "${sheet}" (read-only)${truncated ? '; first 40 rows and 10 columns only' : ''}`,
  previewEmpty: 'The workbook has no sheet to preview.',
};

/** The panel's strings in a language. */
export function workbookStrings(lang: Lang): WorkbookStrings {
  return lang === 'vi' ? VI : EN;
}

/** What a finished download says. */
export function downloaded(name: string): Text {
  return { vi: `Đã tạo tệp "${name}" để tải về.`, en: `The file "${name}" was made for download.` };
}
