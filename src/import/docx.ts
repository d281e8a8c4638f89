/**
 * A .docx file (a ZIP) into lines: unzips `word/document.xml` with node's zlib, then reads it
 * with {@link documentXmlToLines}.
 */
import { documentXmlToLines } from './docx-xml';
import { readZipEntry } from './zip';

export { documentXmlToLines };

export type DocxLines = { ok: true; lines: string[] } | { ok: false; vi: string; en: string };

/** Reads a .docx file's content into lines. */
export function docxToLines(buf: Buffer): DocxLines {
  const entry = readZipEntry(buf, 'word/document.xml');
  if (!entry.ok) return entry;
  return { ok: true, lines: documentXmlToLines(entry.data.toString('utf8')) };
}
