/** The .xlsx host (exceljs): kept out of src/hosts/index.ts so the add-in's bundle only loads it when asked. */
export { XlsxHost, type XlsxHostOptions } from './xlsx-host';
export { displayNumber, type DisplayLocale } from './display';
