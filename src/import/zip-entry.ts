/**
 * Reads one entry of a ZIP archive (a .docx is a ZIP): {@link locateZipEntry} reads the central
 * directory and checks every offset against the bytes, {@link readZipEntry} inflates the entry
 * with the platform's inflate under a size cap, so a damaged or hostile file gives an error value,
 * never an exception or a hang. Pure (DataView over the bytes). ZIP64 and encrypted entries are
 * not supported (Word does not write them for documents).
 */
import type { Text } from '../domain/findings';
import { InflateTooLargeError, type InflateRaw } from '../platform/contract';

/** A reading that failed, with the reason as a sentence fragment ("the file is too short …"). */
export type ZipFailure = { readonly ok: false; readonly reason: Text };

export type ZipLocated =
  { readonly ok: true; readonly method: 0 | 8; readonly raw: Uint8Array; readonly size: number } | ZipFailure;

export type ZipRead = { readonly ok: true; readonly data: Uint8Array } | ZipFailure;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The most any entry may inflate to, unless the caller sets a lower cap; above it the entry is refused (zip bomb). */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/**
 * The most a .docx's `word/document.xml` may inflate to. The longest real plan (about 1 100 lines
 * of text, 20 pages) saved as .docx by LibreOffice has a document.xml of 0,27 MB, the others 0,05
 * to 0,17 MB; Word's markup (revision ids, split runs) makes it a few times larger. 16 MB is some
 * sixty times the longest real plan, and keeps the import of a document at the cap well under
 * 300 MB of memory (the text, its paragraphs and the import; see bench/import-memory.ts).
 */
export const MAX_DOCUMENT_XML_BYTES = 16 * 1024 * 1024;
/** Above this inflated/compressed ratio an entry is refused (zip bomb); real XML stays far below it. */
export const MAX_INFLATE_RATIO = 200;
/** Below this inflated size any ratio is allowed: a tiny entry of repeated XML may compress very well. */
export const RATIO_FREE_BYTES = 1024 * 1024;

/**
 * The most bytes an entry of `compressed` bytes may inflate to, and which limit sets it: the size
 * cap (`maxBytes`), or the ratio cap (`compressed × MAX_INFLATE_RATIO`, at least {@link RATIO_FREE_BYTES}).
 */
export function inflateCap(
  compressed: number,
  maxBytes = MAX_ENTRY_BYTES,
): { readonly bytes: number; readonly by: 'size' | 'ratio' } {
  const byRatio = Math.max(RATIO_FREE_BYTES, compressed * MAX_INFLATE_RATIO);
  return byRatio < maxBytes ? { bytes: byRatio, by: 'ratio' } : { bytes: maxBytes, by: 'size' };
}

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

const fail = (vi: string, en: string): ZipFailure => ({ ok: false, reason: { vi, en } });

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the end.
  const stop = Math.max(0, view.byteLength - 22 - 65535);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/**
 * Locates the entry named `name` (exact path, e.g. `word/document.xml`) and returns its stored
 * bytes; an entry whose header says it inflates past `maxBytes` or past the ratio cap is refused.
 */
export function locateZipEntry(bytes: Uint8Array, name: string, maxBytes = MAX_ENTRY_BYTES): ZipLocated {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  if (bytes.length < 22)
    return fail('tệp quá ngắn, không phải tệp nén ZIP.', 'the file is too short to be a ZIP.');
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return fail('không tìm thấy mục lục của tệp nén ZIP.', 'no ZIP central directory was found.');
  const count = u16(eocd + 10);
  let p = u32(eocd + 16);
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(p) !== CENTRAL) {
      return fail('mục lục của tệp nén ZIP bị hỏng.', 'the ZIP central directory is damaged.');
    }
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const compressed = u32(p + 20);
    const size = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    const local = u32(p + 42);
    if (p + 46 + nameLen > bytes.length)
      return fail('mục lục ZIP bị cắt cụt.', 'the ZIP directory is truncated.');
    const entryName = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (entryName !== name) continue;
    if (flags & 1) return fail(`${name} bị mã hóa.`, `${name} is encrypted.`);
    if (size > maxBytes) return tooMuch(name, 'size', maxBytes);
    if (method === 8 && size > inflateCap(compressed, maxBytes).bytes)
      return tooMuch(name, 'ratio', maxBytes);
    if (local + 30 > bytes.length || u32(local) !== LOCAL) {
      return fail(`phần đầu của ${name} bị hỏng.`, `the local header of ${name} is damaged.`);
    }
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    const end = start + compressed;
    if (end > bytes.length) return fail(`${name} bị cắt cụt.`, `${name} is truncated.`);
    if (method !== 0 && method !== 8) {
      return fail(`${name} dùng kiểu nén không hỗ trợ.`, `${name} uses an unsupported compression.`);
    }
    return { ok: true, method, raw: bytes.subarray(start, end), size };
  }
  return fail(`không có ${name} trong tệp.`, `the file holds no ${name}.`);
}

/** The refusal of an entry that inflates past its cap, saying which cap. */
function tooMuch(name: string, by: 'size' | 'ratio', maxBytes: number): ZipFailure {
  return by === 'size'
    ? fail(
        `${name} quá lớn khi giải nén (hơn ${MB(maxBytes)}); không đọc tệp này.`,
        `${name} is too large once decompressed (over ${MB(maxBytes)}); the file is not read.`,
      )
    : fail(
        `${name} giải nén ra lớn hơn ${MAX_INFLATE_RATIO} lần kích thước nén, dấu hiệu của tệp nén độc hại (zip bomb); không đọc tệp này.`,
        `${name} inflates to more than ${MAX_INFLATE_RATIO} times its compressed size, the mark of a zip bomb; the file is not read.`,
      );
}

/**
 * Reads the entry named `name`, inflating it with `inflate` under {@link inflateCap} (with the size
 * cap `maxBytes`): the inflate counts its output as it streams and stops at the cap, so memory stays
 * bounded whatever the entry claims. Never rejects.
 */
export async function readZipEntry(
  bytes: Uint8Array,
  name: string,
  inflate: InflateRaw,
  maxBytes = MAX_ENTRY_BYTES,
): Promise<ZipRead> {
  const found = locateZipEntry(bytes, name, maxBytes);
  if (!found.ok) return found;
  if (found.method === 0) return { ok: true, data: found.raw };
  const cap = inflateCap(found.raw.length, maxBytes);
  try {
    return { ok: true, data: await inflate(found.raw, cap.bytes) };
  } catch (e) {
    return e instanceof InflateTooLargeError
      ? tooMuch(name, cap.by, maxBytes)
      : fail(`không giải nén được ${name}.`, `${name} cannot be decompressed.`);
  }
}
