import { amountArg, listArg, ratioArg } from '../../src/cli/amounts';
import { main } from '../../src/cli/main';
import { at } from '../../src/domain/findings';
import { plain } from '../../src/domain/money';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('amount arguments with unit words', () => {
  it('gnbv words "1,5 tỷ" reads one and a half billion', async () => {
    expect(await run('words', '1,5 tỷ')).toEqual({ code: 0, out: 'Một tỷ năm trăm triệu đồng', err: '' });
  });

  it('gnbv words reads a compound amount whole', async () => {
    const r = await run('words', '1 tỷ 005 triệu đồng');
    expect(r.out).toBe('Một tỷ không trăm linh năm triệu đồng');
  });

  it('allocate --total "1,5 tỷ" splits 1500 triệu', async () => {
    const r = await run('allocate', '--total', '1,5 tỷ', '--weights', '1;2');
    expect(r).toEqual({ code: 0, out: JSON.stringify(['500', '1000']), err: '' });
  });

  it('refuses an unknown unit word with the argument named', async () => {
    const r = await run('allocate', '--total', '12 quả', '--weights', '1;2');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--total: "12 quả": không hiểu đơn vị "quả"/);
  });

  it('converts to the unit asked for', () => {
    expect(plain(amountArg('2.000.000 đồng', at.argument('--total'), 'auto'))).toBe('2');
    expect(plain(amountArg('1,5 tỷ', at.argument('--total'), 'auto', 'dong'))).toBe('1500000000');
    expect(listArg('500 nghìn;1 tỷ', '--min', 'auto').map((d) => d && plain(d))).toEqual(['0.5', '1000']);
  });

  it('reads ratios with a percent sign and refuses money units on them', () => {
    expect(plain(ratioArg('5%', at.argument('--ratio'), 'auto'))).toBe('0.05');
    expect(() => ratioArg('5 tỷ', at.argument('--ratio'), 'auto')).toThrow(/--ratio: "5 tỷ" là một tỷ lệ/);
    expect(() => ratioArg('-1', at.argument('--ratio'), 'auto')).toThrow(
      /--ratio: "-1": tỷ lệ không được âm/,
    );
  });
});
