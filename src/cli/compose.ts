/**
 * THE composition root of the CLI: the one file that picks the implementations behind the use
 * cases' {@link Services} — the node platform (files saved atomically, zlib), the .xlsx host
 * (exceljs) and the Word document (src/export, which packs it with docx).
 */
import type { Services } from '../app/services';
import { packKinhPhiDocument } from '../export/pack';
import { XlsxHost } from '../hosts/xlsx';
import { nodePlatform } from '../platform/node';

/** The node services: real files, exceljs workbooks, docx documents. */
export function createNodeServices(): Services {
  return {
    platform: nodePlatform,
    newWorkbook: (sheets = []) => Promise.resolve(XlsxHost.empty(sheets)),
    openWorkbook: (bytes) => XlsxHost.fromBuffer(bytes),
    writeDocument: packKinhPhiDocument,
  };
}

let shared: Services | undefined;

/** The services of this process, made on first use. */
export function cliServices(): Services {
  shared ??= createNodeServices();
  return shared;
}
