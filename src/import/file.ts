/**
 * Imports a plan from a file: a .docx through its paragraphs and table rows, anything else
 * as text (UTF-8, or UTF-16 with a byte-order mark). The content decides over the name when
 * they disagree (a .docx renamed .txt is still read as a .docx). Never rejects.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { docxToLines } from './docx';
import { importMessages } from './messages';
import {
  failedImport,
  importPlanLines,
  importPlanText,
  type ImportOptions,
  type ImportResult,
} from './text-importer';

const ZIP_MAGIC = 0x04034b50;

/** Decodes a text file's bytes: UTF-16 when it starts with a byte-order mark, else UTF-8. */
export function decodeText(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf);
  return new TextDecoder('utf-8').decode(buf);
}

/** Imports a plan from the bytes of a file named `name` (the name only hints at the format). */
export function importPlanBytes(buf: Buffer, name: string, options: ImportOptions = {}): ImportResult {
  try {
    const isZip = buf.length >= 4 && buf.readUInt32LE(0) === ZIP_MAGIC;
    if (isZip || extname(name).toLowerCase() === '.docx') {
      const read = docxToLines(buf);
      if (!read.ok) {
        const failed = failedImport(options, new Error(read.en));
        return { ...failed, findings: [importMessages.docx(read.vi, read.en)] };
      }
      return importPlanLines(read.lines, options, true);
    }
    return importPlanText(decodeText(buf), options);
  } catch (e) {
    return failedImport(options, e);
  }
}

/** Reads and imports a plan document (.txt or .docx). */
export async function importPlanFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    const failed = failedImport(options, e);
    const reason = e instanceof Error ? e.message : String(e);
    return { ...failed, findings: [importMessages.fileUnreadable(path, reason)] };
  }
  return importPlanBytes(buf, path, options);
}
