import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../src/cli/export';
import { docxParts, EXAMPLE, ROOT } from './helpers';

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await exportCommand(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const dir = () => mkdtempSync(join(tmpdir(), 'gnbv-export-'));

/** The example with DA4.1's local money changed so that its total no longer adds up. */
function brokenPlan(): string {
  const json = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
    items: { code: string; amounts?: Record<string, string> }[];
  };
  const da41 = json.items.find((i) => i.code === 'DA4.1');
  if (!da41?.amounts) throw new Error('example changed');
  da41.amounts.nsdp = '170';
  const path = join(dir(), 'broken.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('gnbv export', () => {
  it('writes the .docx of the example plan and prints one line', async () => {
    const out = join(dir(), 'kinh-phi.docx');
    const r = await run(EXAMPLE, '-o', out, '--words', 'total');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toEqual([
      `Đã ghi ${out}: phần kinh phí và bảng tổng hợp 12 dòng, tổng cộng 7.645 triệu đồng.`,
    ]);
    const text = docxParts(readFileSync(out)).lines.join('\n');
    expect(text).toContain(
      'Tổng kinh phí thực hiện: 7.645 triệu đồng (Bảy tỷ sáu trăm bốn mươi lăm triệu đồng)',
    );
    expect(text).toContain('(Bằng chữ: Bảy tỷ sáu trăm bốn mươi lăm triệu đồng)');
  });

  it('reads a plan document (.txt in the wording of seed 000) as well', async () => {
    const out = join(dir(), 'x.docx');
    const r = await run(join(ROOT, 'test/fixtures/plans/muong-lay-style.txt'), '--output', out);
    expect(r.code).toBe(0);
    const lines = docxParts(readFileSync(out)).lines;
    expect(lines).toContain('- Ngân sách trung ương: 7.538 triệu đồng (vốn sự nghiệp);');
    expect(lines).toContain('- Ngân sách địa phương: 107 triệu đồng.');
  });

  it('takes --style, --landscape and the words options', async () => {
    const out = join(dir(), 'x.docx');
    const r = await run(
      EXAMPLE,
      '-o',
      out,
      '--style',
      'nguon-von-giao',
      '--landscape',
      '--words',
      'all',
      '--ngan',
    );
    expect(r.code).toBe(0);
    const { lines, documentXml } = docxParts(readFileSync(out));
    expect(lines).toContain('IV. NGUỒN LỰC THỰC HIỆN');
    expect(lines.join('\n')).toContain('(Một tỷ sáu trăm chín mươi lăm triệu đồng)');
    expect(documentXml).toContain('w:orient="landscape"');
  });

  it('refuses a plan whose totals do not add up: exit 1, findings on stderr, no file', async () => {
    const out = join(dir(), 'x.docx');
    const r = await run(brokenPlan(), '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.some((l) => l.startsWith('LỖI') && l.includes('DA4.1'))).toBe(true);
    expect(r.err.at(-1)).toMatch(/chưa xuất văn bản Word.*--force/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes it anyway with --force, saying so on stderr', async () => {
    const out = join(dir(), 'x.docx');
    const r = await run(brokenPlan(), '-o', out, '--force');
    expect(r.code).toBe(0);
    expect(r.err.some((l) => l.startsWith('Cảnh báo: xuất văn bản dù kế hoạch có'))).toBe(true);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    [['-o', 'x.docx'], /Thiếu tệp kế hoạch/],
    [[EXAMPLE], /Thiếu -o/],
    [[EXAMPLE, '-o', 'x.pdf'], /đuôi \.docx/],
    [[EXAMPLE, '-o', 'x.docx', '--words', 'some'], /--words phải là một trong: none, total, all/],
    [[EXAMPLE, '-o', 'x.docx', '--style', 'khac'], /--style phải là một trong/],
    [['khong-co.json', '-o', 'x.docx'], /Không tìm thấy tệp "khong-co.json"/],
    [[EXAMPLE, '-o', '/khong/co/thu-muc/x.docx'], /Không lưu được tệp "\/khong\/co\/thu-muc\/x\.docx"/],
  ])('answers bad input %j with exit 2 and one Vietnamese line', async (argv, message) => {
    const cwd = process.cwd();
    process.chdir(dir());
    try {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toEqual([]);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(/^Lỗi: /);
      expect(r.err[0]).toMatch(message);
      expect(existsSync('x.docx')).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });
});
