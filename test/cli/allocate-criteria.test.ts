import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { Dec, sum } from '../../src/domain/money';

const fixtures = join(__dirname, '../fixtures/criteria');
const recipientsXa = join(fixtures, 'recipients-xa.csv');
const coefficientsXa = join(fixtures, 'coefficients-xa.csv');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A file with this content in a new temporary folder. */
function temp(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gnbv-criteria-')), name);
  writeFileSync(path, content);
  return path;
}

interface Row {
  name: string;
  score: string;
  part: string;
}

/** Each part is a whole number of steps within one step of total × score / Σscores, and they sum to the total. */
function expectProportional(rows: Row[], total: Dec, step: Dec): void {
  const scores = rows.map((r) => new Dec(r.score));
  const parts = rows.map((r) => new Dec(r.part));
  const totalScore = sum(scores);
  expect(sum(parts).equals(total)).toBe(true);
  rows.forEach((_, i) => {
    const exact = total.times(scores[i]!).dividedBy(totalScore);
    expect(parts[i]!.mod(step).isZero()).toBe(true);
    expect(parts[i]!.minus(exact).abs().lessThan(step)).toBe(true);
  });
}

describe('gnbv allocate --criteria (acceptance)', () => {
  it.each([
    ['the built-in table by default', []],
    ['the built-in table by id', ['--coefficients', 'qd16-2026-xa']],
    ['the same coefficients as a CSV file', ['--coefficients', coefficientsXa]],
  ])('Xã A, B, C with %s: scores 55, 52, 25 and parts summing exactly to 1000', async (_, extra) => {
    const r = await run('allocate', '--total', '1000', '--criteria', recipientsXa, ...extra, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Row[];
    expect(rows.map((x) => [x.name, x.score])).toEqual([
      ['Xã A', '55'],
      ['Xã B', '52'],
      ['Xã C', '25'],
    ]);
    for (const row of rows) expect(Object.keys(row)).toEqual(['name', 'score', 'part']);
    expectProportional(rows, new Dec(1000), new Dec(1));
  });

  it('keeps every part within one step of its exact share with a step of 0,5 and a decimal total', async () => {
    const r = await run(
      'allocate',
      '--total',
      '466,5',
      '--criteria',
      recipientsXa,
      '--step',
      '0,5',
      '--json',
    );
    expect(r.code).toBe(0);
    expectProportional(JSON.parse(r.out) as Row[], new Dec('466.5'), new Dec('0.5'));
  });

  it('prints the caution of a reported table beside the JSON, on stderr', async () => {
    const r = await run('allocate', '--total', '1000', '--criteria', recipientsXa, '--json');
    expect(r.err).toMatch(/đối chiếu với văn bản gốc trước khi dùng/);
    const own = await run(
      'allocate',
      '--total',
      '1000',
      '--criteria',
      recipientsXa,
      '--coefficients',
      coefficientsXa,
      '--json',
    );
    expect(own.err).toBe('');
  });

  it('prints a table with Vietnamese numbers, a total line and the caution', async () => {
    const r = await run('allocate', '--total', '1000', '--criteria', recipientsXa);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/bảng qd16-2026-xa/);
    expect(r.out).toMatch(/Lưu ý: .*đối chiếu với văn bản gốc trước khi dùng/);
    const rowOf = (name: string) => lines.find((l) => l.startsWith(name))?.split(/\s{2,}/);
    expect(rowOf('Xã A')?.[1]).toBe('55');
    expect(rowOf('Tổng cộng')).toEqual(['Tổng cộng', '132', '1.000']);
    const parts = ['Xã A', 'Xã B', 'Xã C'].map((n) => new Dec(rowOf(n)?.[2] ?? 'NaN'));
    expect(sum(parts).equals(1000)).toBe(true);
  });

  it('reads a ;-separated file with a BOM, CRLF line ends and quoted lists', async () => {
    const path = temp(
      'doi-tuong.csv',
      '\uFEFFTên;Nhóm;thon_dbkk\r\n"Xã A";khu_vuc_III;5\r\n"Xã B";"khu_vuc_II;bien_gioi";2\r\nXã C;;0\r\n',
    );
    const r = await run('allocate', '--total', '1000', '--criteria', path, '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Row[]).map((x) => x.score)).toEqual(['55', '52', '25']);
  });

  it('keeps the weights mode as it was', async () => {
    const r = await run('allocate', '--total', '10', '--weights', '1,1,1');
    expect(r).toEqual({ code: 0, out: '["4","3","3"]', err: '' });
  });
});

describe('gnbv allocate --criteria: bad input', () => {
  const allocate = (recipients: string, ...extra: string[]) =>
    run('allocate', '--total', '1000', '--criteria', recipients, ...extra);

  it.each([
    ['an empty file', '', /^Lỗi: doi-tuong\.csv: tệp trống/],
    ['a header only', 'ten,nhom,thon_dbkk\n', /chỉ có dòng tiêu đề/],
    ['no ten column', 'nhom,thon_dbkk\nkhu_vuc_I,1\n', /dòng 1: thiếu cột "ten"/],
    ['no nhom column', 'ten,thon_dbkk\nXã A,1\n', /dòng 1: thiếu cột "nhom"/],
    [
      'an unknown category',
      'ten,nhom,thon_dbkk\nXã A,khu_vuc_IV,1\n',
      /dòng 2, cột "nhom": nhóm "khu_vuc_IV" không có trong bảng tiêu chí qd16-2026-xa; có phải "khu_vuc_II"\?/,
    ],
    [
      'a quantity column with no coefficient',
      'ten,nhom,thon_dbk\nXã A,khu_vuc_I,1\n',
      /dòng 1, cột "thon_dbk": cột số lượng này không có hệ số .*có phải "thon_dbkk"\?/,
    ],
    [
      'a negative quantity',
      'ten,nhom,thon_dbkk\nXã A,khu_vuc_I,-2\n',
      /dòng 2, cột "thon_dbkk": -2 là số âm/,
    ],
    [
      'a quantity that is not a number',
      'ten,nhom,thon_dbkk\nXã A,khu_vuc_I,ba\n',
      /dòng 2, cột "thon_dbkk": "ba" không phải là một số/,
    ],
    [
      'a fractional count',
      'ten,nhom,thon_dbkk\nXã A,khu_vuc_I,"2,5"\n',
      /dòng 2, cột "thon_dbkk": 2,5 không phải số nguyên/,
    ],
    [
      'a repeated name',
      'ten,nhom,thon_dbkk\nXã A,khu_vuc_I,1\nxã a,,0\n',
      /dòng 3, cột "ten": tên "xã a" đã có ở dòng 2/,
    ],
    ['a quote never closed', 'ten,nhom,thon_dbkk\n"Xã A,khu_vuc_I,1\n', /dòng 2: dấu ngoặc kép/],
  ])('refuses %s with exit code 2 and says where', async (_, content, message) => {
    const r = await allocate(temp('doi-tuong.csv', content));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    for (const line of r.err.split('\n')) expect(line).toMatch(/^Lỗi: doi-tuong\.csv/);
  });

  it('tells every problem of a file at once', async () => {
    const r = await allocate(temp('doi-tuong.csv', 'ten,nhom,thon_dbkk\nXã A,khu_vuc_IV,1\nXã B,,-1\n'));
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
  });

  it('refuses an unknown table, naming the built-in ones', async () => {
    const r = await allocate(recipientsXa, '--coefficients', 'qd16-2026');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không có bảng tiêu chí "qd16-2026"; có phải "qd16-2026-xa"\?/);
  });

  it('refuses a missing file, naming it', async () => {
    const r = await allocate(join(fixtures, 'khong-co.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/khong-co\.csv/);
  });

  it.each([
    [
      'a wrong loai',
      'kv3,KV3,thuoc_nhom_x,xa,50',
      /dòng 2, cột "loai": "thuoc_nhom_x" không phải loại tiêu chí.*có phải "thuoc_nhom"\?/,
    ],
    ['a negative he_so', 'kv3,KV3,thuoc_nhom,xa,-4', /dòng 2, cột "he_so": -4 là số âm/],
    ['a category without nhom', 'kv3,KV3,thuoc_nhom,,50', /dòng 2, cột "nhom": .*phải có "nhom"/],
  ])('refuses a coefficients file with %s, at its line and column', async (_, row, message) => {
    const coefficients = temp('he-so.csv', `ma,ten,loai,nhom,he_so\n${row}\nthon_dbkk,Thôn,moi_don_vi,,1\n`);
    const r = await allocate(recipientsXa, '--coefficients', coefficients);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('names the recipient, not the line, when the split cannot be made within its bounds', async () => {
    const path = temp(
      'doi-tuong.csv',
      'ten,nhom,thon_dbkk,toi_thieu,toi_da\nXã A,khu_vuc_I,1,500,400\nXã B,,0,,\n',
    );
    const r = await allocate(path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Lỗi: Đối tượng "Xã A": mức tối thiểu 500 lớn hơn mức tối đa 400\./);
    expect(r.err).not.toMatch(/Dòng 1/);
  });

  it('gives exit code 1 when the total is not a multiple of the step', async () => {
    const r = await allocate(recipientsXa, '--step', '3');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/không phải là bội số của bước 3/);
  });

  it('refuses a missing --total and a non-positive --step as usage errors', async () => {
    expect((await run('allocate', '--criteria', recipientsXa)).code).toBe(2);
    const step = await allocate(recipientsXa, '--step', '0');
    expect(step.code).toBe(2);
    expect(step.err).toMatch(/--step phải là số dương/);
  });
});

describe('gnbv allocate --criteria: bounds and locks', () => {
  it('honours a fixed part (co_dinh) and shares the rest by score', async () => {
    const path = temp(
      'doi-tuong.csv',
      'ten,nhom,thon_dbkk,co_dinh\nXã A,khu_vuc_III,5,100\nXã B,"khu_vuc_II;bien_gioi",2,\nXã C,,0,\n',
    );
    const r = await run('allocate', '--total', '1000', '--criteria', path, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Row[];
    expect(rows[0]?.part).toBe('100');
    expectProportional(rows.slice(1), new Dec(900), new Dec(1));
  });
});
