/**
 * @deprecated Synchronous readers kept only so that code not yet moved to
 * {@link importDocument} / {@link readZipEntry} (with an inflate) still compiles: the old
 * `src/import/zip.ts`, `src/import/docx.ts` and `importPlanBytes` re-export these. Remove with
 * those re-exports; new code uses `importPlanFile` or `importDocument(bytes, name, nodeInflateRaw)`.
 */
import { inflateRawSync } from 'node:zlib';
import { documentXmlToLines } from '../import/docx-xml';
import { importDocxLines, importTextBytes, isZip, type DocxLines } from '../import/document';
import type { ImportOptions, ImportResult } from '../import/text-importer';
import { locateZipEntry, MAX_ENTRY_BYTES, type ZipFailure } from '../import/zip-entry';

/** @deprecated The old result shape of a ZIP entry read in node. */
export type ZipResult = { ok: true; data: Buffer } | { ok: false; vi: string; en: string };

/** @deprecated The old result shape of a .docx read in node. */
export type LegacyDocxLines = { ok: true; lines: string[] } | { ok: false; vi: string; en: string };

const flat = (failure: ZipFailure) => ({ ok: false as const, ...failure.reason });

function entry(bytes: Uint8Array, name: string): { ok: true; data: Buffer } | ZipFailure {
  const found = locateZipEntry(bytes, name);
  if (!found.ok) return found;
  if (found.method === 0) return { ok: true, data: Buffer.from(found.raw) };
  try {
    return { ok: true, data: inflateRawSync(found.raw, { maxOutputLength: MAX_ENTRY_BYTES }) };
  } catch {
    return {
      ok: false,
      reason: { vi: `không giải nén được ${name}.`, en: `${name} cannot be decompressed.` },
    };
  }
}

/** @deprecated Reads one ZIP entry synchronously; use `readZipEntry(bytes, name, inflate)`. */
export function readZipEntry(bytes: Uint8Array, name: string): ZipResult {
  const read = entry(bytes, name);
  return read.ok ? read : flat(read);
}

function docxLines(bytes: Uint8Array): DocxLines {
  const read = entry(bytes, 'word/document.xml');
  return read.ok ? { ok: true, lines: documentXmlToLines(read.data.toString('utf8')) } : read;
}

/** @deprecated Reads a .docx's lines synchronously; use `readDocxLines(bytes, inflate)`. */
export function docxToLines(bytes: Uint8Array): LegacyDocxLines {
  const read = docxLines(bytes);
  return read.ok ? read : flat(read);
}

/** @deprecated Imports a document's bytes synchronously; use `importDocument(bytes, name, inflate)`. */
export function importPlanBytes(bytes: Uint8Array, name: string, options: ImportOptions = {}): ImportResult {
  return isZip(bytes) ? importDocxLines(docxLines(bytes), options) : importTextBytes(bytes, name, options);
}
