/**
 * @deprecated Temporary re-export for code not yet moved (test/export/helpers.ts,
 * test/taskpane/standalone-workbook.test.ts, test/e2e/standalone.e2e.test.ts): use
 * `readDocxLines(bytes, inflate)` from ./document.
 */
export { docxToLines, type LegacyDocxLines as DocxLines } from '../platform/node-legacy';
export { documentXmlToLines } from './docx-xml';
