/**
 * Plan documents (.txt, .docx) into the plan model. Pure: nothing here reaches the file system,
 * Office.js, React or exceljs; a .docx is inflated by the platform's inflate passed in.
 *
 * - {@link importDocument}: a document's bytes (any supported format and encoding) → `Promise<{ plan, findings }>`.
 * - {@link importPlanText}: a plan's text → `{ plan, findings }`.
 * - {@link decodeText}: a text file's bytes → its text, with the encoding detected, or a refusal.
 *
 * Node callers read a file with `openPlanFile(path, services)` from `src/app/open-document`.
 *
 * Findings from the import are `info` and `warning` (how a figure was read, what was left
 * out), and `error` only when a file cannot be read at all; reconciling the figures is
 * `validatePlan`'s job.
 */
export {
  importPlanText,
  importPlanLines,
  failedImport,
  type ImportOptions,
  type ImportResult,
} from './text-importer';
export { importDocument, readDocxLines, isZip, type DocxLines } from './document';
export { decodeText, decodeMessages, type DecodeCode } from './decode-text';
export { documentXmlToLines } from './docx-xml';
export { readZipEntry, MAX_ENTRY_BYTES, MAX_DOCUMENT_XML_BYTES } from './zip-entry';
export { IMPORT_CODES } from './messages';
