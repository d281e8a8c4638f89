/**
 * Plan documents (.txt, .docx) into the plan model. Pure except {@link importPlanFile},
 * which reads the file; nothing here reaches Office.js, React or exceljs.
 *
 * - {@link importPlanText}: a plan's text → `{ plan, findings }`.
 * - {@link importPlanFile}: a .txt or .docx file → `Promise<{ plan, findings }>`.
 *
 * Findings from the import are `info` and `warning` (how a figure was read, what was left
 * out); reconciling the figures is `validatePlan`'s job.
 */
export {
  importPlanText,
  importPlanLines,
  failedImport,
  type ImportOptions,
  type ImportResult,
} from './text-importer';
export { importPlanFile, importPlanBytes, decodeText } from './file';
export { docxToLines, documentXmlToLines } from './docx';
export { IMPORT_CODES } from './messages';
