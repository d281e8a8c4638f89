/**
 * `gnbv catalogue` and `gnbv template`, in process: the 2026–2035 tree as JSON with the official
 * names, the empty template of either catalogue written and then checked with no error, and bad
 * arguments refused in one Vietnamese line with nothing written.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CTMTQG_2026_2035, QD90 } from '../../src/domain/catalogue';
import { main } from '../../src/cli/main';
import { readPlanFromSnapshot } from '../../src/sheet';
import { docxParts } from '../export/helpers';
import { openXlsxFile } from '../helpers/xlsx-file';

function sheetOf<T>(s: T | null): T {
  if (s === null) throw new Error('the plan sheet is missing');
  return s;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gnbv-cat-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gnbv catalogue', () => {
  it('lists both catalogues, one line each', async () => {
    const r = await run('catalogue');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^qd90-2021-2025 \(2021–2026\): Chương trình mục tiêu quốc gia Giảm nghèo bền vững/,
    );
    expect(lines[1]).toMatch(
      /^ctmtqg-2026-2035 \(2026–2035\): Chương trình mục tiêu quốc gia xây dựng nông thôn mới/,
    );
  });

  it('prints the 2026–2035 tree as JSON: HP1, HP2 and the fifteen nội dung thành phần by their names', async () => {
    const r = await run('catalogue', 'ctmtqg-2026-2035', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { code: string; name: string; level: number; parent: string | null }[];
    const top = rows.filter((x) => x.level <= 2);
    const want = CTMTQG_2026_2035.entries.filter((e) => e.level <= 2);
    expect(top).toHaveLength(17);
    expect(top.map((x) => [x.code, x.name, x.level, x.parent])).toEqual(
      want.map((e) => [e.code, e.title, e.level, e.parent]),
    );
    expect(rows.find((x) => x.code === 'HP2.3')?.name).toBe(
      'Phát triển nguồn nhân lực vùng đồng bào dân tộc thiểu số và miền núi',
    );
    expect(rows.find((x) => x.code === 'HP1.2.14')).toMatchObject({
      level: 3,
      parent: 'HP1.2',
      investment: false,
    });
  });

  it('prints a tree with labels and the investment mark', async () => {
    const r = await run('catalogue', 'qd90-2021-2025');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'DA4.1    Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn [ĐTPT]',
    );
    expect(r.out.split('\n')).toHaveLength(QD90.entries.length + 2);
  });

  it('refuses an unknown id, naming the ones there are', async () => {
    const r = await run('catalogue', 'ctmtqg-2026');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Lỗi: Không có danh mục "ctmtqg-2026" (có phải "ctmtqg-2026-2035"?); các danh mục có sẵn: qd90-2021-2025, ctmtqg-2026-2035.',
    );
  });
});

describe('gnbv template', () => {
  it.each([
    ['ctmtqg-2026-2035', '2027', 'xã Bình Lư'],
    ['qd90-2021-2025', '2025', 'xã Bình Lư'],
  ])('writes the empty %s template for %s, which checks with no error', async (id, year, locality) => {
    const out = join(dir, `mau-${id}.xlsx`);
    const r = await run('template', '--catalogue', id, '--year', year, '--locality', locality, '-o', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(new RegExp(`^Đã ghi .*mẫu kế hoạch năm ${year} theo danh mục ${id}`));
    const host = await openXlsxFile(out);
    const read = readPlanFromSnapshot(sheetOf(await host.readSheet('Kế hoạch kinh phí')));
    expect(read.plan.catalogueId).toBe(id);
    expect(read.plan.locality).toBe(locality);
    expect(read.findings).toEqual([]);
    const check = await run('check', out);
    expect(check.code).toBe(0);
    expect(check.out).toContain('Không có sai lệch');
    // An empty template is said to be one, not "0 mục".
    const words = id === QD90.id ? 'Dự án, Tiểu dự án' : 'Hợp phần, Nội dung thành phần';
    expect(check.out).toContain(`bảng chưa có số liệu nào (mẫu trống: chưa có ${words} nào ghi kinh phí)`);
    expect(check.out).not.toContain('0 mục');
  });

  it('takes the 2026–2035 catalogue by default from 2026, the 2021–2025 one before', async () => {
    const a = await run('template', '--year', '2026', '-o', join(dir, 'a.xlsx'));
    expect(a.out).toContain('theo danh mục ctmtqg-2026-2035');
    const b = await run('template', '--year', '2025', '-o', join(dir, 'b.xlsx'));
    expect(b.out).toContain('theo danh mục qd90-2021-2025');
  });

  it.each([
    [['--year', '2027', '--catalogue', 'khong-co', '-o', 'x.xlsx'], /^Lỗi: Không có danh mục "khong-co"/],
    [['--catalogue', 'ctmtqg-2026-2035', '-o', 'x.xlsx'], /^Lỗi: Thiếu --year <năm>/],
    [['--year', '27', '-o', 'x.xlsx'], /^Lỗi: --year phải là năm có bốn chữ số \(đã nhập "27"\)/],
    [['--year', '2027'], /^Lỗi: Thiếu -o <tệp.xlsx>/],
    [['--year', '2027', '-o', 'x.docx'], /^Lỗi: Tệp ghi ra phải có đuôi .xlsx/],
    [['ke-hoach.txt', '--year', '2027', '-o', 'x.xlsx'], /^Lỗi: Lệnh template không nhận tệp đầu vào/],
  ])('refuses %j in one line and writes nothing', async (args, message) => {
    const sub = mkdtempSync(join(dir, 'bad-'));
    const argv = args.map((a) => (a.endsWith('.xlsx') || a.endsWith('.docx') ? join(sub, a) : a));
    const r = await run('template', ...argv);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(readdirSync(sub)).toEqual([]);
    expect(existsSync(join(sub, 'x.xlsx'))).toBe(false);
  });
});

describe('a 2026–2035 plan through every command', () => {
  const PLAN = join(__dirname, '../../examples/binh-lu-2027.json');

  it('checks, renders its section with the new headings, builds and exports', async () => {
    const check = await run('check', PLAN);
    expect(check.code).toBe(0);
    expect(check.out).toContain('tổng kinh phí các mục 2.991,5 triệu đồng');

    const section = await run('section', PLAN);
    expect(section.code).toBe(0);
    const lines = section.out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '1. Hợp phần thứ nhất',
      '1.1. Nội dung thành phần 2: Phát triển hạ tầng kinh tế - xã hội nông thôn toàn diện, đồng bộ, hiện đại, kết nối hiệu quả với đô thị và thích ứng với biến đổi khí hậu',
      '1.1.1. Nội dung 03: Cứng hóa đường trục bản Nà Tăm',
    ]);
    expect(lines).toContain('1.1.2. Nội dung 14: Quản lý vận hành và bảo trì công trình');
    expect(lines).toContain('2. Hợp phần thứ hai');
    expect(lines).toContain(
      '- Ngân sách trung ương: 2.785 triệu đồng (vốn sự nghiệp 1.085 triệu đồng, vốn đầu tư phát triển 1.700 triệu đồng);',
    );

    const xlsx = join(dir, 'binh-lu-2027.xlsx');
    const built = await run('build', PLAN, '-o', xlsx);
    expect(built.code).toBe(0);
    const host = await openXlsxFile(xlsx);
    const read = readPlanFromSnapshot(sheetOf(await host.readSheet('Kế hoạch kinh phí')));
    expect(read.findings).toEqual([]);
    expect(read.plan.catalogueId).toBe('ctmtqg-2026-2035');
    expect(read.plan.items.find((i) => i.code === 'HP1.2.3')?.stated.nstw_dau_tu?.toFixed()).toBe('1700');
    expect(read.plan.statedTotals?.total?.toFixed()).toBe('2991.5');
    expect((await run('check', xlsx)).code).toBe(0);

    const docx = join(dir, 'binh-lu-2027.docx');
    const exported = await run('export', PLAN, '-o', docx);
    expect(exported.code).toBe(0);
    const text = docxParts(new Uint8Array(readFileSync(docx))).lines.join('\n');
    expect(text).toContain('Hợp phần thứ nhất');
    expect(text).toContain('Nội dung 14: Quản lý vận hành và bảo trì công trình');
  });

  it('catches investment money where the catalogue allows none, and a wrong stated sum at its item', async () => {
    const plan = JSON.parse(readFileSync(PLAN, 'utf8')) as {
      items: { code: string; amounts?: Record<string, string> }[];
    };
    const bad = plan.items.map((i) =>
      i.code === 'HP2.2.1'
        ? { ...i, amounts: { total: '688', nstw_dau_tu: '650', nsdp: '38' } }
        : i.code === 'HP1.4.2'
          ? { ...i, amounts: { total: '322', nstw_su_nghiep: '300', nsdp: '12' } }
          : i,
    );
    const file = join(dir, 'sai.json');
    writeFileSync(file, JSON.stringify({ ...plan, items: bad }));
    const r = await run('check', file, '--json');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as { code: string; where: string; severity: string }[];
    const said = findings.map((f) => `${f.severity} ${f.code}@${f.where}`);
    expect(said).toEqual(
      expect.arrayContaining(['warning INVESTMENT_NOT_ALLOWED@HP2.2.1', 'error ITEM_TOTAL@HP1.4.2']),
    );
  });
});
