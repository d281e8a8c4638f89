/**
 * Why bytes chosen as a workbook cannot be one, told from the bytes alone (no library message): an
 * empty file, an OLE compound file (a password-protected workbook or an old .xls), something that is
 * not a ZIP, a ZIP cut short, a Word document renamed, or a ZIP without `xl/workbook.xml`.
 */
import type { Text } from '../domain/findings';

/** The kinds of bytes that are not an .xlsx workbook. */
export type NotWorkbook = 'empty' | 'ole' | 'notZip' | 'truncated' | 'docx' | 'noWorkbookPart';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The end-of-central-directory record every whole ZIP ends with. */
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: readonly number[], from = 0): number {
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** Why the bytes are not an .xlsx workbook, or undefined when they look like one (a ZIP holding `xl/workbook.xml`). */
export function sniffWorkbook(bytes: Uint8Array): NotWorkbook | undefined {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (!startsWith(bytes, ZIP_MAGIC)) return 'notZip';
  // The end record lies in the last 64 KiB + 22 bytes; a file cut short has lost it.
  if (indexOf(bytes, ZIP_END, Math.max(0, bytes.length - 65_557)) < 0) return 'truncated';
  // Part names are stored uncompressed in the local headers and the central directory.
  if (indexOf(bytes, ascii('xl/workbook.xml')) >= 0) return undefined;
  if (indexOf(bytes, ascii('word/document.xml')) >= 0) return 'docx';
  return 'noWorkbookPart';
}

/** One sentence saying why the file `name` cannot be opened, and that nothing changed. */
export function notWorkbookText(
  name: string,
  why: NotWorkbook | 'extension' | 'unreadable' | 'noPlan' | 'bomb',
): Text {
  const reasons: Record<typeof why, Text> = {
    extension: { vi: 'tệp không có đuôi .xlsx', en: 'the file does not end in .xlsx' },
    empty: { vi: 'tệp rỗng (0 byte)', en: 'the file is empty (0 bytes)' },
    ole: {
      vi: 'tệp được đặt mật khẩu hoặc là sổ tính Excel cũ (.xls); hãy bỏ mật khẩu và lưu thành .xlsx',
      en: 'the file is password-protected or an old Excel workbook (.xls); remove the password and save it as .xlsx',
    },
    notZip: {
      vi: 'nội dung tệp không phải sổ tính .xlsx',
      en: 'the file’s content is not an .xlsx workbook',
    },
    truncated: {
      vi: 'tệp bị cắt cụt hoặc tải về chưa hết',
      en: 'the file is cut short or was not fully downloaded',
    },
    docx: {
      vi: 'đây là văn bản Word (.docx) bị đổi đuôi; hãy nhập nó ở bước "Mẫu"',
      en: 'this is a Word document (.docx) renamed; import it in the "Template" step',
    },
    noWorkbookPart: {
      vi: 'tệp nén không chứa sổ tính Excel (thiếu xl/workbook.xml)',
      en: 'the archive holds no Excel workbook (xl/workbook.xml is missing)',
    },
    bomb: {
      vi: 'tệp giải nén ra quá lớn so với kích thước của nó (dấu hiệu tệp nén độc hại); không đọc tệp này',
      en: 'the file inflates far beyond its size (the mark of a hostile archive); it is not read',
    },
    unreadable: { vi: 'sổ tính bị hỏng, không đọc được', en: 'the workbook is damaged and cannot be read' },
    noPlan: {
      vi: 'sổ tính không có bảng kế hoạch kinh phí (dòng tiêu đề "STT", "Nội dung", "Tổng cộng"… như mẫu chuẩn)',
      en: 'the workbook holds no plan table (a header row "STT", "Nội dung", "Tổng cộng"… as in the standard template)',
    },
  };
  const reason = reasons[why];
  return {
    vi: `Không mở được "${name}": ${reason.vi}. Chưa thay đổi gì.`,
    en: `Cannot open "${name}": ${reason.en}. Nothing changed.`,
  };
}
