/** Shared by the export tests: the example plan, a big plan, and a .docx taken apart. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QD90 } from '../../src/domain/catalogue';
import { dec, parseAmount, type Dec } from '../../src/domain/money';
import { planFromJson, type Plan, type PlanItem } from '../../src/domain/plan';
import { docxToLines } from '../../src/import/docx';
import { readZipEntry } from '../../src/import/zip';

export const ROOT = join(__dirname, '../..');
export const EXAMPLE = join(ROOT, 'examples/muong-lay-2024.json');

/** Seed 000's figures (thị xã Mường Lay 2024) as the repository ships them. */
export function examplePlan(): Plan {
  return planOf(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
}

export function planOf(json: unknown): Plan {
  const r = planFromJson(json);
  if (!r.ok) throw new Error(`test plan does not load: ${r.error.message_en}`);
  return r.plan;
}

export interface DocxParts {
  readonly lines: string[];
  readonly documentXml: string;
  readonly stylesXml: string;
}

/** Unzips a produced .docx with the project's own reader. */
export function docxParts(buf: Buffer): DocxParts {
  const lines = docxToLines(buf);
  if (!lines.ok) throw new Error(`not a readable .docx: ${lines.en}`);
  const entry = (name: string) => {
    const r = readZipEntry(buf, name);
    if (!r.ok) throw new Error(`${name} missing: ${r.en}`);
    return r.data.toString('utf8');
  };
  return { lines: lines.lines, documentXml: entry('word/document.xml'), stylesXml: entry('word/styles.xml') };
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

/**
 * Exactly `rows` rows: the QĐ 90 catalogue with nội dung (10 nội dung thành phần each) under every
 * leaf; amounts with two decimals so any rounding would show.
 */
export function bigPlan(rows: number): Plan {
  const leaves = QD90.entries.filter((e) => !QD90.entries.some((c) => c.parent === e.code));
  const perLeaf = Math.max(1, Math.ceil((rows - QD90.entries.length) / leaves.length / 11));
  const items: PlanItem[] = QD90.entries.map((e) => ({
    code: e.code,
    name: e.title,
    level: e.level,
    parent: e.parent,
    applicable: true,
    stated: {},
  }));
  let n = 0;
  for (const leaf of leaves) {
    for (let i = 1; i <= perLeaf; i++) {
      const nd = `${leaf.code}.n${i}`;
      items.push({
        code: nd,
        name: `Nội dung ${i}`,
        level: leaf.level + 1,
        parent: leaf.code,
        applicable: true,
        stated: {},
      });
      for (let k = 1; k <= 10; k++) {
        const sn = dec(((n * 7919) % 100000) + 1).dividedBy(100);
        n++;
        items.push({
          code: `${nd}.${k}`,
          name: `Nội dung thành phần ${k}`,
          level: leaf.level + 2,
          parent: nd,
          applicable: true,
          stated: { nstw_su_nghiep: sn, nsdp: dec(k) },
        });
      }
    }
  }
  // Cut at exactly `rows`: the items end with nội dung thành phần, so every kept row keeps its parent.
  return {
    catalogueId: QD90.id,
    unit: 'trieu_dong',
    year: 2024,
    items: items.slice(0, rows),
    statedTotals: null,
  };
}
