import { sum } from '../../src/domain/money';
import {
  kinhPhiDocument,
  MARGIN_MM,
  MARGIN_RANGE_MM,
  mmToTwip,
  SUMMARY_COLUMNS,
  TOTAL_ROW_LABEL,
  TWIPS_PER_MM,
} from '../../src/export';
import { bigPlan, cellsOf, docxParts, examplePlan, figure, planOf, type DocxParts } from './helpers';

const ROMAN = /^[IVXLCDM]+$/;

/** The table's body lines (after the two header rows) as cells. */
function tableRows(parts: DocxParts): string[][] {
  const header = parts.lines.findIndex((l) => l.startsWith('STT | Nội dung |'));
  expect(header).toBeGreaterThan(0);
  return parts.lines
    .slice(header + 2)
    .map(cellsOf)
    .filter((c) => c.length === 8);
}

/** The XML of each table row (`<w:tr>…</w:tr>`). */
function rowXml(xml: string): string[] {
  return xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`${name}="(\\d+)"`).exec(tag);
  if (!m) throw new Error(`no ${name} in ${tag}`);
  return Number(m[1]);
}

describe('kinhPhiDocument for the Mường Lay 2024 example', () => {
  let parts: DocxParts;
  beforeAll(async () => {
    parts = docxParts(await kinhPhiDocument(examplePlan(), { style: 'kinh-phi-thuc-hien', words: 'total' }));
  });

  it('writes the section text with the figures of seed 000', () => {
    const text = parts.lines.join('\n');
    expect(text).toContain(
      'Tổng kinh phí thực hiện: 7.645 triệu đồng (Bảy tỷ sáu trăm bốn mươi lăm triệu đồng)',
    );
    expect(text).toContain('- Ngân sách trung ương: 7.538 triệu đồng (vốn sự nghiệp);');
    expect(text).toContain('- Ngân sách địa phương: 107 triệu đồng.');
    expect(parts.lines).toContain('IV. KINH PHÍ THỰC HIỆN');
    expect(parts.lines).toContain('3.1. Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo');
  });

  it('puts "Đơn vị tính: Triệu đồng", right-aligned, just above the table', () => {
    const at = parts.lines.indexOf('Đơn vị tính: Triệu đồng');
    expect(at).toBeGreaterThan(0);
    expect(parts.lines[at + 1]).toMatch(/^STT \| Nội dung \| Tổng cộng \| Ngân sách trung ương \|/);
    const para = /<w:p>(?:(?!<w:p>)[\s\S])*?Đơn vị tính: Triệu đồng/.exec(parts.documentXml)?.[0] ?? '';
    expect(para).toContain('<w:jc w:val="right"/>');
  });

  it('has the summary columns and a TỔNG CỘNG row that is the exact sum of the Dự án rows', () => {
    const rows = tableRows(parts);
    const total = rows.find((c) => c[1] === TOTAL_ROW_LABEL);
    expect(total).toEqual(['', 'TỔNG CỘNG', '7.645', '7.538', '7.538', '', '107', '']);
    const projects = rows.filter((c) => ROMAN.test(c[0] ?? ''));
    expect(projects.map((c) => c[0])).toEqual(['II', 'III', 'IV', 'VI', 'VII']);
    SUMMARY_COLUMNS.forEach((_, i) => {
      const parts = projects.flatMap((c) => figure(c[i + 2] ?? '') ?? []);
      const shown = figure(total?.[i + 2] ?? '');
      if (parts.length === 0) expect(shown).toBeUndefined();
      else expect(shown?.equals(sum(parts))).toBe(true);
    });
    expect(rows.find((c) => c[1]?.startsWith('Tiểu dự án 1: Phát triển giáo dục'))).toEqual([
      '1',
      'Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo',
      '1.695',
      '1.588',
      '1.588',
      '',
      '107',
      '',
    ]);
  });

  it('writes the total in words after the table', () => {
    const afterTable = parts.lines.slice(parts.lines.findIndex((l) => l.includes(TOTAL_ROW_LABEL)));
    expect(afterTable).toContain('(Bằng chữ: Bảy tỷ sáu trăm bốn mươi lăm triệu đồng)');
  });

  it('lays out an A4 portrait page with the margins of Nghị định 30/2020 in twips', () => {
    const pgSz = /<w:pgSz [^>]*>/.exec(parts.documentXml)?.[0] ?? '';
    expect(attr(pgSz, 'w:w')).toBe(11906);
    expect(attr(pgSz, 'w:h')).toBe(16838);
    expect(Math.round(attr(pgSz, 'w:w') / TWIPS_PER_MM)).toBe(210);
    expect(Math.round(attr(pgSz, 'w:h') / TWIPS_PER_MM)).toBe(297);
    const pgMar = /<w:pgMar [^>]*>/.exec(parts.documentXml)?.[0] ?? '';
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const twips = attr(pgMar, `w:${side}`);
      expect(twips).toBe(mmToTwip(MARGIN_MM[side]));
      const mm = twips / 56.6929;
      const [low, high] = MARGIN_RANGE_MM[side];
      expect(mm).toBeGreaterThanOrEqual(low - 0.01);
      expect(mm).toBeLessThanOrEqual(high + 0.01);
    }
    expect(attr(pgMar, 'w:top')).toBe(1134);
    expect(attr(pgMar, 'w:left')).toBe(1701);
    expect(attr(pgMar, 'w:right')).toBe(850);
  });

  it('sets Times New Roman as the default font of every run, 14 pt body and 13 pt table', () => {
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(parts.stylesXml)?.[0] ?? '';
    const fonts = /<w:rFonts [^>]*>/.exec(defaults)?.[0] ?? '';
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) {
      expect(fonts).toContain(`w:${slot}="Times New Roman"`);
    }
    expect(defaults).toContain('<w:sz w:val="28"/>');
    // No style and no run names another typeface or a theme font that could replace it.
    const named = [
      ...`${parts.stylesXml}${parts.documentXml}`.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g),
    ];
    expect(new Set(named.map((m) => m[1]))).toEqual(new Set(['Times New Roman']));
    expect(`${parts.stylesXml}${parts.documentXml}`).not.toMatch(/Theme="/);
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(parts.documentXml)?.[0] ?? '';
    const sizes = new Set([...table.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(sizes).toEqual(new Set(['26']));
  });

  it('makes the two header rows bold and repeats them on every page', () => {
    const rows = rowXml(parts.documentXml);
    for (const header of rows.slice(0, 2)) {
      expect(header).toContain('<w:tblHeader/>');
      const runs = header.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) expect(run).toContain('<w:b/>');
    }
    expect(rows.slice(2).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
  });

  it('sets headings bold and the body justified', () => {
    const paragraphs = parts.documentXml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    const heading = paragraphs.find((p) => p.includes('IV. KINH PHÍ THỰC HIỆN')) ?? '';
    const body = paragraphs.find((p) => p.includes('- Ngân sách địa phương: 107 triệu đồng.')) ?? '';
    expect(heading).toContain('<w:b/>');
    expect(body).not.toContain('<w:b/>');
    expect(body).toContain('<w:jc w:val="both"/>');
  });
});

describe('kinhPhiDocument options', () => {
  const plan = examplePlan();

  it('writes no amount in words when words is none', async () => {
    const { lines } = docxParts(await kinhPhiDocument(plan, { style: 'kinh-phi-thuc-hien', words: 'none' }));
    expect(lines.join('\n')).not.toContain('Bằng chữ');
    expect(lines.join('\n')).not.toContain('Bảy tỷ');
  });

  it('writes every figure of the text in words when words is all', async () => {
    const { lines } = docxParts(await kinhPhiDocument(plan, { style: 'kinh-phi-thuc-hien', words: 'all' }));
    expect(lines.join('\n')).toContain('1.695 triệu đồng (Một tỷ sáu trăm chín mươi lăm triệu đồng)');
  });

  it('writes the nguon-von-giao wording', async () => {
    const { lines } = docxParts(await kinhPhiDocument(plan, { style: 'nguon-von-giao', words: 'none' }));
    expect(lines).toContain('IV. NGUỒN LỰC THỰC HIỆN');
    expect(lines.join('\n')).toContain('Nguồn vốn giao thực hiện Chương trình năm 2024: 7.645 triệu đồng');
  });

  it('puts the table on A4 landscape pages when asked, the text staying portrait', async () => {
    const { documentXml } = docxParts(
      await kinhPhiDocument(plan, { style: 'kinh-phi-thuc-hien', words: 'none', landscape: true }),
    );
    const sizes = documentXml.match(/<w:pgSz [^>]*>/g) ?? [];
    expect(sizes).toHaveLength(2);
    expect(attr(sizes[0] ?? '', 'w:w')).toBe(11906);
    expect(sizes[1]).toContain('w:orient="landscape"');
    expect(attr(sizes[1] ?? '', 'w:w')).toBe(16838);
    expect(attr(sizes[1] ?? '', 'w:h')).toBe(11906);
    // The table fills the landscape text width: 297 − 30 − 15 mm.
    const grid = [...documentXml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
  });

  it('prints figures with decimals exactly as the plan holds them, never rounded', async () => {
    const p = planOf({
      catalogue: 'qd90-2021-2025',
      unit: 'trieu_dong',
      year: 2024,
      items: [
        { code: 'DA2', amounts: { nstw_su_nghiep: '6667', nsdp: '466.25' } },
        { code: 'DA4.3', amounts: { nstw_su_nghiep: '8422', nsdp: '0.005' } },
      ],
      stated_totals: null,
    });
    const { lines } = docxParts(await kinhPhiDocument(p, { style: 'nguon-von-giao', words: 'total' }));
    const total = lines.map(cellsOf).find((c) => c[1] === TOTAL_ROW_LABEL);
    expect(total).toEqual(['', 'TỔNG CỘNG', '15.555,255', '15.089', '15.089', '', '466,255', '']);
    expect(lines).toContain(
      '(Bằng chữ: Mười lăm tỷ năm trăm năm mươi lăm triệu hai trăm năm mươi lăm nghìn đồng)',
    );
  });

  it('exports a 1.000-row plan with every row and a reconciled total in a few seconds', async () => {
    const big = bigPlan(1000);
    expect(big.items).toHaveLength(1000);
    const t0 = Date.now();
    const buf = await kinhPhiDocument(big, { style: 'kinh-phi-thuc-hien', words: 'total' });
    const ms = Date.now() - t0;
    expect(ms).toBeLessThan(15_000);
    const rows = tableRows(docxParts(buf));
    expect(rows).toHaveLength(big.items.length + 1);
    const leaves = big.items.flatMap((i) => i.stated.nstw_su_nghiep ?? []);
    const total = rows.find((c) => c[1] === TOTAL_ROW_LABEL);
    expect(figure(total?.[4] ?? '')?.equals(sum(leaves))).toBe(true);
    const local = big.items.flatMap((i) => i.stated.nsdp ?? []);
    expect(figure(total?.[6] ?? '')?.equals(sum(local))).toBe(true);
    expect(figure(total?.[2] ?? '')?.equals(sum(leaves).plus(sum(local)))).toBe(true);
  });
});
