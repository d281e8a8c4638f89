/**
 * .xlsx files for tests: the host works on bytes, the node platform reads and saves files (atomically),
 * and these two join them. A file that cannot be read or saved fails the test with the platform's reason.
 */
import { XlsxHost, type XlsxHostOptions } from '../../src/hosts/xlsx';
import { nodePlatform } from '../../src/platform/node';

/** Opens the .xlsx file at `path`. */
export async function openXlsxFile(path: string, options: XlsxHostOptions = {}): Promise<XlsxHost> {
  const read = await nodePlatform.readFile?.(path);
  if (!read) throw new Error('the node platform reads files');
  if (!read.ok) throw new Error(read.error.text.en);
  return XlsxHost.fromBuffer(read.value, options);
}

/** Saves the host's workbook to `path` as .xlsx. */
export async function saveXlsxFile(host: XlsxHost, path: string): Promise<void> {
  const saved = await nodePlatform.save(path, await host.toBytes());
  if (!saved.ok) throw new Error(saved.error.text.en);
}
