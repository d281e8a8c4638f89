import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { Dec, sum } from '../../src/domain/money';

const root = join(__dirname, '../..');
const example = join(root, 'examples/muong-lay-2024.json');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function tempPlan(json: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'gnbv-'));
  const path = join(dir, 'plan.json');
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
}

describe('gnbv (the installed command)', () => {
  const bin = join(root, 'bin/gnbv.cjs');
  const exec = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it('prints an amount in words', () => {
    const r = exec('words', '15555.25', '--unit', 'trieu');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Mười lăm tỷ năm trăm năm mươi lăm triệu hai trăm năm mươi nghìn đồng\n');
  });

  it('refuses a total that is not a number with one Vietnamese line and no stack trace', () => {
    const r = exec('allocate', '--total', 'abc', '--weights', '1,2');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^Lỗi: --total: "abc" không phải là một số tiền/);
  });
});

describe('gnbv words', () => {
  it.each([
    [['15.555,25'], 'Mười lăm tỷ năm trăm năm mươi lăm triệu hai trăm năm mươi nghìn đồng'],
    [['7645'], 'Bảy tỷ sáu trăm bốn mươi lăm triệu đồng'],
    [['1.469', '--locale', 'vi'], 'Một tỷ bốn trăm sáu mươi chín triệu đồng'],
    // Vietnamese grouping reads Vietnamese style under the default --locale auto (the one typed-amount policy).
    [['1.469'], 'Một tỷ bốn trăm sáu mươi chín triệu đồng'],
    [['7.645'], 'Bảy tỷ sáu trăm bốn mươi lăm triệu đồng'],
    [['4,136', '--locale', 'en'], 'Bốn tỷ một trăm ba mươi sáu triệu đồng'],
    [['105000', '--unit', 'dong', '--le'], 'Một trăm lẻ năm nghìn đồng'],
    [['105000', '--unit', 'dong', '--ngan', '--chan'], 'Một trăm linh năm ngàn đồng chẵn'],
    [['4,136', '--unit', 'ty', '--locale', 'vi'], 'Bốn tỷ một trăm ba mươi sáu triệu đồng'],
    [['-5', '--unit', 'dong'], 'Âm năm đồng'],
  ])('gnbv words %j', async (argv, expected) => {
    const r = await run('words', ...argv);
    expect(r).toEqual({ code: 0, out: expected, err: '' });
  });

  it.each([
    [[''], /Số tiền bị bỏ trống/],
    [['abc'], /"abc" không phải là một số tiền/],
    [['1,2,3'], /"1,2,3" sai định dạng số/],
    [['--5'], /Tùy chọn không hợp lệ: --5/],
    [['1e21'], /"1e21" không phải là một số tiền/],
    [['NaN'], /"NaN" không phải là một số tiền/],
    [['4,136'], /có thể hiểu là/],
    [['4,136', '--locale', 'plain'], /--locale phải là một trong: auto, vi, en/],
    [['0.0000005'], /đồng/],
    [[], /Thiếu số tiền/],
    [['1', '2'], /Chỉ nhận một số tiền/],
    [['1', '--unit', 'usd'], /--unit phải là một trong: trieu, ty, dong/],
  ])('rejects %j with exit code 2', async (argv, message) => {
    const r = await run('words', ...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
  });
});

describe('gnbv allocate', () => {
  it('splits 466,25 in three parts of the step 0,01 that add up exactly', async () => {
    const r = await run('allocate', '--total', '466.25', '--weights', '1,1,1', '--step', '0.01');
    expect(r.code).toBe(0);
    const parts = JSON.parse(r.out) as string[];
    expect(parts).toHaveLength(3);
    expect(sum(parts.map((p) => new Dec(p))).toFixed()).toBe('466.25');
    const share = new Dec('466.25').dividedBy(3);
    for (const p of parts) {
      expect(new Dec(p).minus(share).abs().lessThan('0.01')).toBe(true);
      expect(p).toMatch(/^\d+(\.\d{1,2})?$/);
    }
  });

  it('takes bounds, locks and Vietnamese decimals', async () => {
    const r = await run(
      'allocate',
      '--total',
      '1.000',
      '--weights',
      '3;2;1',
      '--min',
      ';;200',
      '--locked',
      '100;;',
      '--locale',
      'vi',
    );
    expect(r.code).toBe(0);
    const parts = (JSON.parse(r.out) as string[]).map((p) => new Dec(p));
    expect(parts[0]?.toFixed()).toBe('100');
    expect(parts[2]?.greaterThanOrEqualTo(200)).toBe(true);
    expect(sum(parts).toFixed()).toBe('1000');
  });

  it('reports an infeasible request as findings with exit code 1', async () => {
    const r = await run('allocate', '--total', '100', '--weights', '1,1', '--min', '60,60');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^LỖI/);
  });

  it.each([
    [['--weights', '1,2'], /Thiếu --total/],
    [['--total', '10'], /Thiếu --weights/],
    [['--total', '10', '--weights', '1,x'], /--weights \(mục thứ 2\): "x" không phải là một số tiền/],
    [['--total', '10', '--weights', '1,2', '--min', '1'], /--min có 1 mục nhưng --weights có 2 mục/],
    [['--total', '10', '--weights', '1,2', '--step'], /--step cần một giá trị/],
    [['--total', '10', '--weights', '1,2', '--bogus', '3'], /Tùy chọn không hợp lệ: --bogus/],
  ])('rejects %j', async (argv, message) => {
    const r = await run('allocate', ...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('gnbv check', () => {
  it('finds nothing wrong in the example plan', async () => {
    const r = await run('check', example);
    expect(r.code).toBe(0);
    expect(r.out).toContain('thị xã Mường Lay, năm 2024');
    expect(r.out).toContain('7.645 triệu đồng');
    expect(r.out).toContain('Không có sai lệch');
  });

  it('names the item, both figures and the difference of a wrong sum', async () => {
    const path = tempPlan({
      items: [
        { code: 'DA4.1', amounts: { total: '1696', nstw_su_nghiep: '1588', nsdp: '107' } },
        { code: 'DA4.3', amounts: { total: '197', nstw_su_nghiep: '197' } },
      ],
      stated_totals: { total: '1893' },
    });
    const r = await run('check', path);
    expect(r.code).toBe(1);
    const line = r.out.split('\n').find((l) => l.includes('DA4.1'));
    expect(line).toMatch(/^LỖI/);
    expect(line).toContain('1.696');
    expect(line).toContain('1.695');
    expect(line).toMatch(/chênh lệch[^0-9]*1 triệu đồng/);
    const json = await run('check', path, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual([
      expect.objectContaining({
        severity: 'error',
        where: 'DA4.1',
        expected: '1695',
        actual: '1696',
        difference: '1',
      }),
    ]);
  });

  it('checks the counterpart ratio when one is given', async () => {
    const r = await run('check', example, '--ratio', '0.05', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual([
      expect.objectContaining({ code: 'COUNTERPART_RATIO', where: 'TONG' }),
    ]);
  });

  it.each([
    ['missing.json', /Không tìm thấy tệp/],
    ['{not json', /không phải JSON hợp lệ/],
    [{ items: [{ code: 'DA2', amounts: { nsdp: 'bảy' } }] }, /items\[0\]\.amounts\.nsdp/],
  ])('exits 2 on unreadable input %j', async (input, message) => {
    const path = input === 'missing.json' ? join(tmpdir(), 'no-such-plan-gnbv.json') : tempPlan(input);
    const r = await run('check', path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
  });
});

describe('gnbv section', () => {
  it('prints the kinh phí section of the example with the figures of the plan', async () => {
    const r = await run('section', example);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toContain('b) Kinh phí thực hiện: 1.695 triệu đồng, cụ thể:');
    expect(lines).toContain('- Ngân sách trung ương: 1.588 triệu đồng (vốn sự nghiệp);');
    expect(lines).toContain('- Ngân sách địa phương: 107 triệu đồng.');
    expect(lines.slice(-3)).toEqual([
      'Tổng kinh phí thực hiện: 7.645 triệu đồng, cụ thể:',
      '- Ngân sách trung ương: 7.538 triệu đồng (vốn sự nghiệp);',
      '- Ngân sách địa phương: 107 triệu đồng.',
    ]);
  });

  it('writes the other style and the total in words', async () => {
    const r = await run('section', example, '--style', 'nguon-von-giao', '--words', 'total');
    expect(r.code).toBe(0);
    expect(r.out).toContain('- Nguồn vốn giao năm 2024: 1.695 triệu đồng. Trong đó:');
    expect(r.out).toContain('(Bảy tỷ sáu trăm bốn mươi lăm triệu đồng)');
  });

  it('refuses to print a section whose totals do not add up, unless forced', async () => {
    const path = tempPlan({
      items: [{ code: 'DA2', amounts: { total: '10', nsdp: '9' } }],
      stated_totals: null,
    });
    const r = await run('section', path);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('DA2');
    const forced = await run('section', path, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(
      'b) Kinh phí thực hiện: 10 triệu đồng (Ngân sách địa phương: 9 triệu đồng).',
    );
  });
});

describe('plan documents', () => {
  const muongLayText = join(root, 'test/fixtures/plans/muong-lay-style.txt');

  it('imports a plan text to the JSON plan format, with the lines the figures came from', async () => {
    const r = await run('import', muongLayText, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      unit: string;
      items: {
        code: string;
        amounts: Record<string, string>;
        source_lines: { line: number; text: string }[];
      }[];
      stated_totals: Record<string, string> | null;
      findings: { severity: string }[];
    };
    expect(json.unit).toBe('trieu_dong');
    expect(json.items.map((i) => i.code)).toEqual([
      'DA2',
      'DA3.1',
      'DA4.1',
      'DA4.3',
      'DA6.1',
      'DA6.2',
      'DA7.1',
      'DA7.2',
    ]);
    const da41 = json.items.find((i) => i.code === 'DA4.1');
    expect(da41?.amounts).toEqual({ total: '1695', nstw: '1588', nstw_su_nghiep: '1588', nsdp: '107' });
    expect(da41?.source_lines.map((l) => l.line)).toEqual([74, 76, 78]);
    expect(da41?.source_lines[0]?.text).toBe('b) Kinh phí thực hiện: 1.695 triệu đồng , cụ thể:');
    expect(json.stated_totals).toEqual({ total: '7645', nstw: '7538', nstw_su_nghiep: '7538', nsdp: '107' });
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('checks and renders a plan text like a JSON plan', async () => {
    expect((await run('check', muongLayText)).code).toBe(0);
    const section = await run('section', muongLayText);
    expect(section.code).toBe(0);
    expect(section.out).toContain('Tổng kinh phí thực hiện: 7.645 triệu đồng, cụ thể:');
  });

  it('finds a sub-project whose sources do not add up and a wrong section total, and nothing else', async () => {
    const text = readFileSync(muongLayText, 'utf8')
      .replace('+ Ngân sách địa phương: 107 triệu đồng.', '+ Ngân sách địa phương: 170 triệu đồng.')
      .replace('Tổng kinh phí thực hiện: 7.645 triệu đồng', 'Tổng kinh phí thực hiện: 7.654 triệu đồng');
    const path = join(mkdtempSync(join(tmpdir(), 'gnbv-')), 'sai-tong.txt');
    writeFileSync(path, text);
    const r = await run('check', path, '--json');
    expect(r.code).toBe(1);
    const errors = (
      JSON.parse(r.out) as { severity: string; where: string; code: string; message: string }[]
    ).filter((f) => f.severity === 'error');
    expect([...new Set(errors.map((f) => f.where))]).toEqual(['DA4.1', 'TONG']);
    const da41 = errors.find((f) => f.where === 'DA4.1');
    expect(da41).toMatchObject({ code: 'ITEM_TOTAL', expected: '1758', actual: '1695', difference: '-63' });
    expect(da41?.message).toContain('1.695');
    expect(da41?.message).toContain('1.758');
    expect(da41?.message).toContain('63');
    const total = errors.find((f) => f.where === 'TONG' && f.code === 'PLAN_TOTAL');
    expect(total?.message).toContain('7.654');
  });

  it('says clearly when a document cannot be found', async () => {
    const r = await run('import', join(tmpdir(), 'khong-co-tep-nay.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Lỗi: Không tìm thấy tệp/);
  });
});

describe('gnbv itself', () => {
  it('shows its usage', async () => {
    const r = await run('help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('gnbv allocate');
  });

  it('rejects an unknown command', async () => {
    const r = await run('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toBe('Lỗi: Không có lệnh "frobnicate". Gõ "gnbv help" để xem các lệnh.');
  });
});
