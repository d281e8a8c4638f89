/**
 * @deprecated Temporary re-export for src/taskpane/workbook-controller.ts: use
 * `importDocument(bytes, name, browserPlatform.inflateRaw)` from ./document, which also decodes
 * UTF-16 text.
 */
import { webInflateRaw } from '../platform/web-inflate';
import { readDocxLines } from './document';

export type WebDocxLines = { ok: true; lines: string[] } | { ok: false; vi: string; en: string };

/** @deprecated Reads the body of a .docx given as bytes. Never rejects. */
export async function docxBytesToLines(bytes: Uint8Array): Promise<WebDocxLines> {
  const read = await readDocxLines(bytes, webInflateRaw);
  return read.ok ? read : { ok: false, ...read.reason };
}
