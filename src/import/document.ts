/**
 * A plan document's bytes into a plan, whatever the environment: the content decides the format
 * (a ZIP is a .docx even when named .txt), a .docx is read through `word/document.xml` with the
 * platform's inflate, anything else is decoded as text with its encoding detected. Pure: the
 * inflate is passed in (zlib in node, `DecompressionStream` in the browser).
 */
import type { InflateRaw } from '../platform/contract';
import { decodeText } from './decode-text';
import { documentXmlToLines } from './docx-xml';
import { importMessages } from './messages';
import {
  failedImport,
  importPlanLines,
  importPlanText,
  type ImportOptions,
  type ImportResult,
} from './text-importer';
import { MAX_DOCUMENT_XML_BYTES, readZipEntry, type ZipFailure } from './zip-entry';

/** The lines of a .docx (paragraphs and table rows, in document order), or why there are none. */
export type DocxLines = { readonly ok: true; readonly lines: string[] } | ZipFailure;

/** Whether the bytes start like a ZIP archive (a .docx, .xlsx …): `PK\x03\x04`. */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/**
 * Reads a .docx's body into lines, inflating with `inflate`; a body that inflates past
 * {@link MAX_DOCUMENT_XML_BYTES} is refused with the limit. Never rejects.
 */
export async function readDocxLines(bytes: Uint8Array, inflate: InflateRaw): Promise<DocxLines> {
  const entry = await readZipEntry(bytes, 'word/document.xml', inflate, MAX_DOCUMENT_XML_BYTES);
  if (!entry.ok) return entry;
  return { ok: true, lines: documentXmlToLines(new TextDecoder('utf-8').decode(entry.data)) };
}

function docxRefused(options: ImportOptions, failure: ZipFailure): ImportResult {
  return {
    ...failedImport(options, new Error(failure.reason.en)),
    findings: [importMessages.docx(failure.reason)],
  };
}

/** Imports the lines read from a .docx, or reports why it could not be read. */
export function importDocxLines(read: DocxLines, options: ImportOptions = {}): ImportResult {
  return read.ok ? importPlanLines(read.lines, options, true) : docxRefused(options, read);
}

const NOT_A_ZIP: ZipFailure = {
  ok: false,
  reason: {
    vi: 'tệp không phải gói ZIP của Word, có thể đã bị hỏng.',
    en: 'the file is not a Word ZIP package; it may be damaged.',
  },
};

/**
 * Imports the bytes of a file that is not a ZIP as text. A file named .docx whose bytes are not
 * text either is reported as a damaged .docx.
 */
export function importTextBytes(bytes: Uint8Array, name: string, options: ImportOptions = {}): ImportResult {
  const text = decodeText(bytes);
  if (text.ok) return importPlanText(text.value, options);
  if (text.error.code === 'IMPORT_NOT_TEXT' && /\.docx$/i.test(name)) return docxRefused(options, NOT_A_ZIP);
  return { ...failedImport(options, new Error(text.error.text.en)), findings: [text.error] };
}

/**
 * Imports a plan document (.docx, or text in UTF-8 or UTF-16) from its bytes; `name` (a path or a
 * file name) only words the refusal of a damaged .docx. Never rejects: a file that cannot be read
 * gives an empty plan and one error finding that says why.
 */
export async function importDocument(
  bytes: Uint8Array,
  name: string,
  inflate: InflateRaw,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    if (isZip(bytes)) return importDocxLines(await readDocxLines(bytes, inflate), options);
    return importTextBytes(bytes, name, options);
  } catch (e) {
    return failedImport(options, e);
  }
}
