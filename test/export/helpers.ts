/** Shared by the export tests: the example plan, a big plan, and a .docx taken apart. */
export { bigPlan } from '../fixtures/big-plan';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parseAmount, type Dec } from '../../src/domain/money';
import { planFromJson, type Plan } from '../../src/domain/plan';
import { documentXmlToLines } from '../../src/import';
import { locateZipEntry } from '../../src/import/zip-entry';

export const ROOT = join(__dirname, '../..');
export const EXAMPLE = join(ROOT, 'examples/muong-lay-2024.json');

/** Seed 000's figures (thị xã Mường Lay 2024) as the repository ships them. */
export function examplePlan(): Plan {
  return planOf(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
}

export function planOf(json: unknown): Plan {
  const r = planFromJson(json);
  if (!r.ok) throw new Error(`test plan does not load: ${r.error.text.en}`);
  return r.plan;
}

export interface DocxParts {
  readonly lines: string[];
  readonly documentXml: string;
  readonly stylesXml: string;
}

/** One entry of a ZIP as text: located by the project's own reader, inflated by zlib (synchronously). */
function zipText(buf: Uint8Array, name: string): string {
  const found = locateZipEntry(buf, name);
  if (!found.ok) throw new Error(`${name} missing: ${found.reason.en}`);
  const data = found.method === 0 ? found.raw : inflateRawSync(found.raw);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
}

/** Unzips a produced .docx with the project's own reader (its lines as the importer reads them). */
export function docxParts(buf: Uint8Array): DocxParts {
  const documentXml = zipText(buf, 'word/document.xml');
  return { lines: documentXmlToLines(documentXml), documentXml, stylesXml: zipText(buf, 'word/styles.xml') };
}

/** A table line of docxToLines ("II | Dự án 2: … | 3.154 | …") as its cells. */
export function cellsOf(line: string): string[] {
  return line.split(' | ');
}

/** A figure as the document prints it ("7.133,25"), read back exactly; empty cell → undefined. */
export function figure(text: string): Dec | undefined {
  if (text.trim() === '') return undefined;
  const r = parseAmount(text, 'vi');
  if (!r.ok) throw new Error(`not a Vietnamese figure: "${text}"`);
  return r.value.value;
}
