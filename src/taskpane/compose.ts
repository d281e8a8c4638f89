/**
 * THE composition root of the task pane: the one file that picks the implementations behind the
 * app's {@link Services} and the workbook hosts — the browser platform, the .xlsx host (exceljs) and
 * the Word document (src/export, which packs it with docx), each in its own bundle chunk loaded on first use
 * so neither is in the start bundle; Office.js inside Excel; an in-memory workbook for the example.
 * No other taskpane file imports src/hosts/{office,xlsx,memory}, exceljs or docx.
 */
import type { Services } from '../app/services';
import { DEFAULT_TEMPLATE_SHEET } from '../app/template';
import { MemoryHost } from '../hosts/memory/memory-host';
import { excelRun } from '../hosts/office/excel-run';
import { OfficeHost } from '../hosts/office/office-host';
import { browserPlatform } from '../platform/browser';
import { StandaloneWorkbook } from './standalone/standalone-workbook';
import { WorkbookController } from './workbook-controller';

/** The .xlsx host and exceljs, in their own chunk. */
function loadXlsx(): Promise<typeof import('../hosts/xlsx/xlsx-host')> {
  return import(/* webpackChunkName: "exceljs" */ '../hosts/xlsx/xlsx-host');
}

/** The Word document (src/export, which packs it with docx), in its own chunk. */
function loadDocx(): Promise<typeof import('../export/pack')> {
  return import(/* webpackChunkName: "docx" */ '../export/pack');
}

/** The pane's services: the browser platform (downloads, DecompressionStream), lazy exceljs and docx. */
export const paneServices: Services = {
  platform: browserPlatform,
  newWorkbook: async (sheets = []) => (await loadXlsx()).XlsxHost.empty(sheets),
  openWorkbook: async (bytes) => (await loadXlsx()).XlsxHost.fromBuffer(bytes),
  writeDocument: async (plan, options) => (await loadDocx()).packKinhPhiDocument(plan, options),
};

/** The controller inside Excel: the Office.js host of the open workbook. */
export function excelController(): WorkbookController {
  return new WorkbookController(new OfficeHost(excelRun()), paneServices, 'excel');
}

/** Standalone mode (a plain browser tab): the example plan in memory, or an .xlsx the user opens. */
export function standaloneWorkbook(): StandaloneWorkbook {
  return new StandaloneWorkbook(paneServices, () => new MemoryHost([DEFAULT_TEMPLATE_SHEET]));
}
