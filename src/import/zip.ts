/**
 * @deprecated Temporary re-export for code not yet moved (test/export/helpers.ts,
 * test/hosts/xlsx-host.test.ts): use `readZipEntry(bytes, name, inflate)` from ./zip-entry.
 */
export { readZipEntry, type ZipResult } from '../platform/node-legacy';
