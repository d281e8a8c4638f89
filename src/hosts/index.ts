/** The hosts: the only code that touches a workbook. */
export type { WorkbookHost, WriteResult } from './contract';
export { HOST_MESSAGES, HostError, type HostArgs, type HostCode } from './messages';
export { MemoryHost, type MemoryCellInput } from './memory/memory-host';
export { OfficeHost, type OfficeHostOptions } from './office/office-host';
export { excelRun } from './office/excel-run';
export type { ExcelContextSubset, ExcelRun } from './office/excel-subset';
