/**
 * A small, careful reader for one entry of a ZIP archive (a .docx is a ZIP): it reads the
 * central directory, checks every offset against the buffer, and inflates with a size cap
 * so that a damaged or hostile file gives an error value, never an exception or a hang.
 * ZIP64 and encrypted entries are not supported (Word does not write them for documents).
 */
import { inflateRawSync } from 'node:zlib';

export type ZipResult = { ok: true; data: Buffer } | { ok: false; vi: string; en: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** No document.xml comes near this; above it the entry is refused (zip bomb). */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

const fail = (vi: string, en: string): ZipResult => ({ ok: false, vi, en });

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the end.
  const stop = Math.max(0, buf.length - 22 - 65535);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/** Reads the entry named `name` (exact path, e.g. `word/document.xml`). */
export function readZipEntry(buf: Buffer, name: string): ZipResult {
  if (buf.length < 22)
    return fail('tệp quá ngắn, không phải tệp nén ZIP.', 'the file is too short to be a ZIP.');
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return fail('không tìm thấy mục lục của tệp nén ZIP.', 'no ZIP central directory was found.');
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) {
      return fail('mục lục của tệp nén ZIP bị hỏng.', 'the ZIP central directory is damaged.');
    }
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > buf.length)
      return fail('mục lục ZIP bị cắt cụt.', 'the ZIP directory is truncated.');
    const entryName = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (entryName !== name) continue;
    if (flags & 1) return fail(`${name} bị mã hóa.`, `${name} is encrypted.`);
    if (size > MAX_ENTRY_BYTES) return fail(`${name} quá lớn.`, `${name} is too large.`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) {
      return fail(`phần đầu của ${name} bị hỏng.`, `the local header of ${name} is damaged.`);
    }
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const end = start + compressed;
    if (end > buf.length) return fail(`${name} bị cắt cụt.`, `${name} is truncated.`);
    const raw = buf.subarray(start, end);
    if (method === 0) return { ok: true, data: Buffer.from(raw) };
    if (method !== 8)
      return fail(`${name} dùng kiểu nén không hỗ trợ.`, `${name} uses an unsupported compression.`);
    try {
      return { ok: true, data: inflateRawSync(raw, { maxOutputLength: MAX_ENTRY_BYTES }) };
    } catch {
      return fail(`không giải nén được ${name}.`, `${name} cannot be decompressed.`);
    }
  }
  return fail(`không có ${name} trong tệp.`, `the file holds no ${name}.`);
}
