/**
 * The platform's failures in both UI languages: a file that cannot be read or saved, with the
 * reason told in words (the disk is full, no permission) rather than as an error code.
 */
import type { MessageCatalogue, Text } from '../domain/findings';
import type { PlatformCode } from './contract';

export interface PlatformMessageArgs {
  /** The path or file name concerned. */
  readonly name: string;
  readonly reason: Text;
}

export const platformMessages: MessageCatalogue<PlatformCode, PlatformMessageArgs> = {
  FILE_NOT_FOUND: ({ name }) => ({
    vi: `Không tìm thấy tệp "${name}".`,
    en: `The file "${name}" was not found.`,
  }),
  FILE_UNREADABLE: ({ name, reason }) => ({
    vi: `Không đọc được tệp "${name}": ${reason.vi}.`,
    en: `Cannot read the file "${name}": ${reason.en}.`,
  }),
  FILE_NOT_SAVED: ({ name, reason }) => ({
    vi: `Không lưu được tệp "${name}": ${reason.vi}. Tệp cũ (nếu có) vẫn giữ nguyên.`,
    en: `Cannot save the file "${name}": ${reason.en}. The previous file, if any, is unchanged.`,
  }),
};

const REASONS: Record<string, Text> = {
  ENOENT: { vi: 'không có tệp hay thư mục này', en: 'no such file or folder' },
  ENOTDIR: { vi: 'đường dẫn có phần không phải thư mục', en: 'a part of the path is not a folder' },
  EISDIR: { vi: 'đây là một thư mục, không phải tệp', en: 'it is a folder, not a file' },
  EACCES: { vi: 'không có quyền truy cập', en: 'permission denied' },
  EPERM: { vi: 'không được phép', en: 'operation not permitted' },
  ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  EDQUOT: { vi: 'đã hết dung lượng được cấp', en: 'the disk quota is used up' },
  EROFS: { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  EBUSY: { vi: 'tệp đang được chương trình khác dùng', en: 'the file is in use by another program' },
  ELOOP: {
    vi: 'đường dẫn có liên kết vòng (liên kết trỏ về chính nó)',
    en: 'the path has a link loop (a link pointing back to itself)',
  },
  ENAMETOOLONG: { vi: 'tên tệp hoặc đường dẫn quá dài', en: 'the file name or path is too long' },
  EMFILE: { vi: 'đang mở quá nhiều tệp cùng lúc', en: 'too many files are open' },
  ENFILE: { vi: 'đang mở quá nhiều tệp cùng lúc', en: 'too many files are open' },
  EIO: { vi: 'lỗi đọc ghi của ổ đĩa', en: 'a disk input/output error' },
  EFBIG: { vi: 'tệp quá lớn so với ổ đĩa', en: 'the file is too large for the disk' },
  ETXTBSY: { vi: 'tệp đang được chương trình khác dùng', en: 'the file is in use by another program' },
  EEXIST: { vi: 'đã có tệp trùng tên', en: 'a file of that name exists' },
};

/**
 * The reason of a failed file operation in words: a known error code, else the code named in a
 * sentence of our own; the system's English message is never passed on (an error that is not the
 * system's, such as a page refusing a download, gets a sentence of our own too).
 */
export function reasonOf(e: unknown): Text {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
  const known = code === undefined ? undefined : REASONS[code];
  if (known) return known;
  if (code !== undefined && /^E[A-Z]+$/.test(code)) {
    return { vi: `hệ điều hành báo lỗi (mã ${code})`, en: `the system reported an error (code ${code})` };
  }
  // Not a system error (a page that refuses a download): a library's own words never reach the user.
  return { vi: 'có lỗi không mong đợi', en: 'an unexpected error occurred' };
}
