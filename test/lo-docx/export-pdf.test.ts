/**
 * The exported .docx opened by real word-processing software: LibreOffice converts it to PDF and
 * the PDF must read the seed 000 figures, in Times New Roman (or its metric twin Liberation Serif),
 * on A4 pages.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../src/cli/export';
import { formatVi, sum } from '../../src/domain/money';
import { planToJson } from '../../src/domain/plan';
import { bigPlan, EXAMPLE, ROOT } from '../export/helpers';
import { docxToPdf, pageSizes, pagePng, pdfFonts, pdfText, requireTools } from './tools';

const SCREENSHOTS = join(ROOT, '.tmp/screenshots');
const A4 = [595.3, 841.9];

async function exportTo(...argv: string[]): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'gnbv-lo-')), 'kinh-phi.docx');
  const err: string[] = [];
  const code = await exportCommand([...argv, '-o', out], { out: () => undefined, err: (t) => err.push(t) });
  if (code !== 0) throw new Error(`gnbv export failed (${code}): ${err.join('\n')}`);
  return out;
}

/** pdftotext -layout spreads justified lines with extra spaces; one space is what a reader sees. */
const oneSpace = (s: string) => s.replace(/[ \t]+/g, ' ');

const near = (a: number, b: number) => Math.abs(a - b) < 1;

describe('gnbv export read back through LibreOffice (portrait, the example plan)', () => {
  let pdf = '';
  beforeAll(async () => {
    requireTools();
    pdf = docxToPdf(await exportTo(EXAMPLE, '--words', 'total'));
  }, 90_000);

  it('reads "7.645 triệu đồng", "Ngân sách trung ương: 7.538 triệu đồng" and "107 triệu đồng"', () => {
    const text = oneSpace(pdfText(pdf));
    expect(text).toContain('Tổng kinh phí thực hiện: 7.645 triệu đồng');
    expect(text).toContain('Ngân sách trung ương: 7.538 triệu đồng');
    expect(text).toContain('Ngân sách địa phương: 107 triệu đồng');
    expect(text).toContain('Đơn vị tính: Triệu đồng');
  });

  it('prints the TỔNG CỘNG row of the table with the exact totals', () => {
    const line = pdfText(pdf)
      .split('\n')
      .find((l) => l.includes('TỔNG CỘNG'));
    expect(line?.trim().split(/\s+/)).toEqual(['TỔNG', 'CỘNG', '7.645', '7.538', '7.538', '107']);
  });

  it('uses only Times New Roman or its metric twin Liberation Serif', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^(TimesNewRoman|Times-|LiberationSerif)/);
    expect(fonts.some((f) => /Bold/.test(f))).toBe(true);
  });

  it('is laid out on A4 portrait pages, and page 1 is kept as a picture', () => {
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(0);
    for (const [w, h] of sizes) expect(near(w, A4[0] ?? 0) && near(h, A4[1] ?? 0)).toBe(true);
    const png = pagePng(pdf, 1, SCREENSHOTS, 'export-page1');
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('gnbv export read back through LibreOffice (landscape table, the plan document)', () => {
  let pdf = '';
  beforeAll(async () => {
    requireTools();
    const txt = join(ROOT, 'test/fixtures/plans/muong-lay-style.txt');
    pdf = docxToPdf(await exportTo(txt, '--landscape', '--style', 'nguon-von-giao'));
  }, 90_000);

  it('keeps the text portrait and puts the table on landscape A4 pages', () => {
    const sizes = pageSizes(pdf);
    const [first] = sizes;
    const last = sizes[sizes.length - 1];
    expect(first && near(first[0], A4[0] ?? 0) && near(first[1], A4[1] ?? 0)).toBe(true);
    expect(last && near(last[0], A4[1] ?? 0) && near(last[1], A4[0] ?? 0)).toBe(true);
    pagePng(pdf, sizes.length, SCREENSHOTS, 'export-landscape-table');
  });

  it('reads the totals of the imported document', () => {
    const text = oneSpace(pdfText(pdf));
    expect(text).toContain('Nguồn vốn giao thực hiện Chương trình năm 2024: 7.645 triệu đồng');
    expect(text).toContain('Ngân sách Trung ương: 7.538 triệu đồng');
    expect(text).toMatch(/TỔNG CỘNG 7\.645 7\.538 7\.538 107/);
  });
});

describe('gnbv export read back through LibreOffice (a 1.000-row plan, landscape)', () => {
  let pdf = '';
  beforeAll(async () => {
    requireTools();
    const json = join(mkdtempSync(join(tmpdir(), 'gnbv-lo-')), 'big.json');
    writeFileSync(json, JSON.stringify(planToJson(bigPlan(1000), [])));
    pdf = docxToPdf(await exportTo(json, '--landscape', '--words', 'total'));
  }, 90_000);

  it('prints every figure of the TỔNG CỘNG row whole, on one line, equal to the exact sums', () => {
    const plan = bigPlan(1000);
    const sn = formatVi(sum(plan.items.flatMap((i) => i.stated.nstw_su_nghiep ?? [])));
    const dp = formatVi(sum(plan.items.flatMap((i) => i.stated.nsdp ?? [])));
    const line = pdfText(pdf)
      .split('\n')
      .find((l) => l.includes('TỔNG CỘNG'));
    const all = formatVi(
      sum(plan.items.flatMap((i) => [i.stated.nstw_su_nghiep, i.stated.nsdp].flatMap((v) => v ?? []))),
    );
    expect(line?.trim().split(/\s+/)).toEqual(['TỔNG', 'CỘNG', all, sn, sn, dp]);
  });
});
