/**
 * Reads one entry of a ZIP archive in node: {@link locateZipEntry} finds it, zlib inflates it
 * with a size cap, so a damaged or hostile file gives an error value, never an exception or a hang.
 */
import { inflateRawSync } from 'node:zlib';
import { locateZipEntry, MAX_ENTRY_BYTES } from './zip-entry';

export { MAX_ENTRY_BYTES };

export type ZipResult = { ok: true; data: Buffer } | { ok: false; vi: string; en: string };

/** Reads the entry named `name` (exact path, e.g. `word/document.xml`). */
export function readZipEntry(buf: Buffer, name: string): ZipResult {
  const found = locateZipEntry(buf, name);
  if (!found.ok) return found;
  if (found.method === 0) return { ok: true, data: Buffer.from(found.raw) };
  try {
    return { ok: true, data: inflateRawSync(found.raw, { maxOutputLength: MAX_ENTRY_BYTES }) };
  } catch {
    return { ok: false, vi: `không giải nén được ${name}.`, en: `${name} cannot be decompressed.` };
  }
}
