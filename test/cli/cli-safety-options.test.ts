/**
 * `--ratio` as a fraction or a percentage (divided by 100 exactly), `--step`/`--ratio` refused unless
 * positive, and `--locale` accepted by every command that reads numbers (documented in `gnbv help`).
 */
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { positiveArg, ratioArg } from '../../src/cli/positive-args';

const root = join(__dirname, '../..');
const plan = join(root, 'examples/muong-lay-2024.json');
const planText = join(root, 'test/fixtures/plans/muong-lay-style.txt');

type Ran = Awaited<ReturnType<typeof run>>;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('--ratio', () => {
  it.each([
    ['5%', '0.05'],
    ['5 %', '0.05'],
    ['0,05', '0.05'],
    ['0.05', '0.05'],
    ['12,5%', '0.125'],
    ['0,333%', '0.00333'],
  ])('%s reads as %s', (text, expected) => {
    expect(ratioArg(text, 'auto').toString()).toBe(expected);
  });

  it('gives check the same findings as a percentage, a Vietnamese and an English fraction', async () => {
    const [pct, vi, en] = (await Promise.all(
      ['5%', '0,05', '0.05'].map((r) => run('check', plan, '--ratio', r, '--json')),
    )) as [Ran, Ran, Ran];
    expect(pct).toEqual(vi);
    expect(pct).toEqual(en);
    // NSTW is 7.538 triệu: 5 % of it is 376,9 exactly, 7 % is 527,66.
    expect(pct.out).toMatch(/376,9 triệu đồng \(5% của/);
    const seven = await run('check', plan, '--ratio', '7%', '--json');
    expect(seven.out).toMatch(/527,66 triệu đồng \(7% của/);
  });
});

describe('--step and --ratio must be positive', () => {
  it.each([
    ['check', plan, '--ratio', '-1'],
    ['check', plan, '--ratio', '0'],
    ['check', plan, '--ratio', '0%'],
    ['check', plan, '--step', '0'],
    ['check', plan, '--step', '-1'],
    ['allocate', '--total', '10', '--weights', '1,1', '--step', '0'],
    ['allocate', '--total', '10', '--weights', '1,1', '--step', '-1'],
  ])('gnbv %s … refuses %s %s', async (...argv) => {
    const r = await run(...argv);
    const name = argv[argv.length - 2];
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`Lỗi: ${name} phải là số dương, lớn hơn 0 (đã nhập "${argv[argv.length - 1]}").`);
  });

  it('a positive step is read in the locale given', () => {
    expect(positiveArg('0,01', '--step', 'vi').toString()).toBe('0.01');
    expect(() => positiveArg('0,00', '--step', 'vi')).toThrow(/phải là số dương/);
  });
});

describe('--locale on every command', () => {
  it.each([
    ['words', '1.469'],
    ['allocate', '--total', '10', '--weights', '1,1'],
    ['check', plan],
    ['section', plan, '--force'],
    ['import', planText],
  ])('gnbv %s accepts --locale vi, en and auto, and refuses another', async (...argv) => {
    for (const locale of ['vi', 'en', 'auto']) {
      const r = await run(...argv, '--locale', locale);
      expect(r.code).toBeLessThan(2);
    }
    const bad = await run(...argv, '--locale', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('Lỗi: --locale phải là một trong: auto, vi, en (đã nhập "fr").');
  });

  it.each(['build', 'export'])(
    'gnbv %s accepts --locale and refuses another value before reading',
    async (c) => {
      const r = await run(c, 'khong-co.json', '-o', c === 'build' ? 'x.xlsx' : 'x.docx', '--locale', 'vi');
      expect(r.err).toMatch(/khong-co\.json/); // got past the options to the (missing) file
      const bad = await run(c, 'khong-co.json', '-o', c === 'build' ? 'x.xlsx' : 'x.docx', '--locale', 'fr');
      expect(bad.err).toMatch(/--locale phải là một trong/);
    },
  );

  it('gnbv help documents --locale for every command and the positive step and ratio', async () => {
    const r = await run('help');
    for (const c of ['words', 'allocate', 'check', 'section', 'import', 'build', 'export']) {
      const line = r.out.split('\n').find((l) => l.startsWith(`  gnbv ${c} `));
      expect(line).toMatch(/--locale vi\|en\|auto/);
    }
    expect(r.out).toMatch(/--step và --ratio phải là số dương; --ratio nhận 0,05, 0\.05 hoặc 5%/);
  });
});
