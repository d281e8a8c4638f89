import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkbook } from '../../src/app/build';
import { buildCommand } from '../../src/cli/build';
import { checkCommand } from '../../src/cli/check';
import { cliServices } from '../../src/cli/compose';
import { planFromJson } from '../../src/domain/plan';
import { XlsxHost } from '../../src/hosts/xlsx';
import { openXlsxFile, saveXlsxFile } from '../helpers/xlsx-file';
import { ERROR_FILL, readPlanFromSnapshot } from '../../src/sheet';

const SONG_MA = join(__dirname, '../fixtures/plans/song-ma-style.txt');
const PLAN_SHEET = 'Kế hoạch kinh phí';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
}

/** A plan whose DA4.1 total disagrees with its sources (1.700 stated, 1.588 + 107 = 1.695). */
const BROKEN = {
  catalogue: 'qd90-2021-2025',
  unit: 'trieu_dong',
  year: 2024,
  locality: 'thị xã Mường Lay',
  items: [{ code: 'DA4.1', amounts: { total: '1700', nstw_su_nghiep: '1588', nsdp: '107' } }],
  stated_totals: null,
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gnbv-wb-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gnbv build', () => {
  it('writes the template, the section and the check sheet with links, and prints one line', async () => {
    const out = join(dir, 'song-ma.xlsx');
    const c = capture();
    expect(await buildCommand([SONG_MA, '-o', out], c.io)).toBe(0);
    expect(c.out).toEqual([
      `Đã ghi ${out}: trang "Kế hoạch kinh phí" (11 mục, tổng 15.555,25 triệu đồng), trang "Kinh phí", ` +
        'trang "Kiểm tra" (0 lỗi, 0 cảnh báo, 7 thông tin).',
    ]);
    const host = await openXlsxFile(out);
    expect(await host.listSheets()).toEqual([PLAN_SHEET, 'Kinh phí', 'Kiểm tra']);
    expect(await host.activeSheet()).toBe(PLAN_SHEET);
    const plan = await host.readSheet(PLAN_SHEET);
    expect(plan?.names?.['GNBV_BANG']).toMatch(/^A10:J\d+$/);
    const total = plan?.rows[11]?.[2];
    expect(total?.formula).toMatch(/SUM\(/);
    const section = (await host.readSheet('Kinh phí'))?.rows.map((r) => r[0]?.text ?? '') ?? [];
    expect(section.join('\n')).toContain('7.133,25');
    const check = await host.readSheet('Kiểm tra');
    expect(check?.rows[3]?.map((cell) => cell.text)).toEqual([
      'STT',
      'Mức độ',
      'Mục',
      'Ô',
      'Mã kiểm tra',
      'Nội dung',
      'Nội dung (English)',
    ]);
    expect(check?.rows).toHaveLength(4 + 7);
    expect(check?.rows[4]?.[3]).toMatchObject({
      formula: `=HYPERLINK("#'Kế hoạch kinh phí'!A12","A12:J12")`,
      value: 'A12:J12',
    });
    expect(check?.rows[4]?.slice(1, 3).map((x) => x.text)).toEqual(['THÔNG TIN', 'TONG']);
  });

  it('lists an error with a link to its cell, colours the cell, and writes no section (exit 1)', async () => {
    const input = join(dir, 'broken.json');
    writeFileSync(input, JSON.stringify(BROKEN));
    const out = join(dir, 'broken.xlsx');
    const c = capture();
    expect(await buildCommand([input, '-o', out], c.io)).toBe(1);
    expect(c.out[0]).toContain('chưa ghi trang "Kinh phí" vì kế hoạch có lỗi');
    const host = await openXlsxFile(out);
    expect(await host.listSheets()).toEqual([PLAN_SHEET, 'Kiểm tra']);
    const rows = (await host.readSheet('Kiểm tra'))?.rows ?? [];
    const error = rows.find((r) => r[1]?.text === 'LỖI');
    const link = error?.[3]?.formula ?? '';
    const cell = /!([A-Z]+\d+)"/.exec(link)?.[1] ?? '';
    const read = readPlanFromSnapshot(
      (await host.readSheet(PLAN_SHEET)) ?? { sheet: '', originRow: 0, originCol: 0, rows: [] },
    );
    expect(cell).toBe(read.cells.amounts['DA4.1']?.total);
    expect(error?.[2]?.text).toBe('DA4.1');
    expect(host.workbook.getWorksheet(PLAN_SHEET)?.getCell(cell).fill).toMatchObject({
      fgColor: { argb: `FF${ERROR_FILL.slice(1)}` },
    });
  });

  it.each([
    [['plan.json'], 'Thiếu -o'],
    [[SONG_MA, '-o', 'x.csv'], 'phải có đuôi .xlsx'],
    [['khong-co.txt', '-o', 'x.xlsx'], 'Không tìm thấy tệp "khong-co.txt"'],
    [[SONG_MA, '-o', 'x.xlsx', '--year', '24'], '--year phải là năm'],
  ])('refuses %j with one Vietnamese line and exit 2', async (argv, message) => {
    const c = capture();
    expect(await buildCommand(argv, c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toContain(message);
  });
});

describe('gnbv check <workbook.xlsx>', () => {
  let built: string;
  beforeAll(async () => {
    built = join(dir, 'check.xlsx');
    await buildCommand([SONG_MA, '-o', built], capture().io);
  });

  it('finds nothing false in a built workbook, whose sums carry exact results', async () => {
    const c = capture();
    expect(await checkCommand([built], c.io)).toBe(0);
    expect(c.out[0]).toBe(
      'Sổ tính check.xlsx, trang "Kế hoạch kinh phí": 14 mục, tổng kinh phí các mục 15.555,25 triệu đồng.',
    );
    expect(c.out.some((l) => l.startsWith('Lưu ý'))).toBe(false);
    expect(c.out.filter((l) => /^(LỖI|CẢNH BÁO)/.test(l))).toEqual([]);
  });

  it('reports a hand-typed total and a text figure by cell address, also as JSON', async () => {
    const host = await openXlsxFile(built);
    const snap = await host.readSheet(PLAN_SHEET);
    const map = readPlanFromSnapshot(snap ?? { sheet: '', originRow: 0, originCol: 0, rows: [] }).cells;
    const cells = map.amounts;
    // PARENT_SUM findings do not say which amount they are about, so they point at the item's row.
    const da3Places = [cells['DA3']?.total ?? '', map.rows['DA3'] ?? ''];
    const da3 = cells['DA3']?.total ?? '';
    const da32 = cells['DA3.2']?.nstw_su_nghiep ?? '';
    // A person types a total over the sum formula, and a figure as Vietnamese text; the spreadsheet
    // recalculates the other sums (the .xlsx host does, like Excel and LibreOffice).
    await host.applyPatch({
      sheet: PLAN_SHEET,
      cells: [
        { address: da3, value: 3300 },
        { address: da32, value: '547' },
      ],
    });
    const edited = join(dir, 'edited.xlsx');
    await saveXlsxFile(host, edited);

    const c = capture();
    expect(await checkCommand([edited], c.io)).toBe(1);
    const errors = c.out.filter((l) => l.startsWith('LỖI'));
    expect(errors.length).toBeGreaterThan(0);
    // The typed total is wrong at its own cell; its consequences show at the plan's total row and at the
    // assigned NSTW (the text figure is not added by the sums), and nowhere else.
    const totalRow = map.rows['TONG'] ?? 'C12';
    const assigned = map.settings.nstwGiao ?? 'C5';
    expect(errors.some((l) => da3Places.some((p) => l.includes(` ${p} `)) && l.includes(' DA3 '))).toBe(true);
    expect(
      errors.every(
        (l) =>
          (da3Places.some((p) => l.includes(` ${p} `)) && l.includes(' DA3 ')) ||
          l.includes(` ${assigned} `) ||
          l.includes(' TONG '),
      ),
    ).toBe(true);
    expect(totalRow).toBeDefined();
    expect(
      c.out.some(
        (l) => l.startsWith('CẢNH BÁO') && l.includes(` ${da3} `) && l.includes('SHEET_TYPED_TOTAL'),
      ),
    ).toBe(true);
    expect(c.out.some((l) => l.includes(` ${da32} `) && l.includes('"547"'))).toBe(true);

    const j = capture();
    expect(await checkCommand([edited, '--json'], j.io)).toBe(1);
    const findings = JSON.parse(j.out.join('\n')) as {
      severity: string;
      where: string;
      cell: string | null;
    }[];
    const errorPlaces = findings.filter((f) => f.severity === 'error').map((f) => f.where);
    expect(errorPlaces).toContain('DA3');
    expect(errorPlaces.every((w) => ['DA3', 'TONG', assigned].includes(w))).toBe(true);
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => f.cell);
    expect(warnings).toEqual(expect.arrayContaining([da3, da32]));
    // The JSON stays pure on stdout: nothing else is printed there.
    expect(j.err).toEqual([]);
  });

  it.each([
    ['missing.xlsx', 'Không tìm thấy tệp'],
    ['not-a-workbook.xlsx', 'nội dung tệp không phải sổ tính .xlsx'],
    ['no-table.xlsx', 'Không tìm thấy bảng kế hoạch'],
  ])('exits 2 on %s with one Vietnamese line', async (name, message) => {
    writeFileSync(join(dir, 'not-a-workbook.xlsx'), 'văn bản, không phải zip');
    const empty = XlsxHost.empty(['Trang 1']);
    await empty.applyPatch({ sheet: 'Trang 1', cells: [{ address: 'A1', value: 'Ghi chú' }] });
    await saveXlsxFile(empty, join(dir, 'no-table.xlsx'));
    const c = capture();
    expect(await checkCommand([join(dir, name)], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toContain(message);
  });
});

/** A plan of 1.000 user rows: 10 parents × 10 nội dung × (1 + 9 nội dung thành phần). */
function bigPlan() {
  const parents = ['DA2', 'DA3.1', 'DA3.2', 'DA4.1', 'DA4.3', 'DA5', 'DA6.1', 'DA6.2', 'DA7.1', 'DA7.2'];
  const items: unknown[] = [];
  for (const p of parents) {
    for (let i = 1; i <= 10; i++) {
      const content = `${p}.n${i}`;
      items.push({ code: content, parent: p, name: `Nội dung ${i} của ${p}` });
      for (let j = 1; j <= 9; j++) {
        items.push({
          code: `${content}.${j}`,
          parent: content,
          name: `Thành phần ${j}`,
          amounts: { nstw_su_nghiep: `${10 + j}.25`, nsdp: `${j}` },
        });
      }
    }
  }
  const r = planFromJson({
    catalogue: 'qd90-2021-2025',
    unit: 'trieu_dong',
    year: 2025,
    locality: 'xã Bình Lư',
    items,
  });
  if (!r.ok) throw new Error(r.error.text.en);
  return r.plan;
}

describe('a 1.000-row plan', () => {
  it('builds, saves and checks back with every row found and nothing false', async () => {
    const plan = bigPlan();
    expect(plan.items.length).toBe(1000);
    const started = Date.now();
    const outcome = await buildWorkbook(plan, [], {}, cliServices());
    if (outcome.kind !== 'done') throw new Error(outcome.text.en);
    const built = outcome.value;
    const out = join(dir, 'big.xlsx');
    writeFileSync(out, built.bytes);
    const elapsed = Date.now() - started;
    expect(built.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const c = capture();
    expect(await checkCommand([out], c.io)).toBe(0);
    expect(c.out[0]).toContain(': 1014 mục, tổng kinh phí các mục 18.225 triệu đồng.');
    // Generous: the point is that it is not minutes (measured about a second on a laptop).
    expect(elapsed).toBeLessThan(30_000);
  });
});
