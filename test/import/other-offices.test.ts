import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plain } from '../../src/domain/money/decimal';
import type { StatedAmounts } from '../../src/domain/plan/model';
import { validatePlan } from '../../src/domain/validation';
import { importPlanText } from '../../src/import';

/** Plan texts written the way other offices write them: one-line items, tỷ đồng, investment money. */
const read = (name: string) =>
  importPlanText(readFileSync(join(__dirname, '../fixtures/plans/other-offices', name), 'utf8'));

const figures = (a: StatedAmounts | null | undefined) =>
  Object.fromEntries(Object.entries(a ?? {}).map(([k, v]) => [k, v === undefined ? undefined : plain(v)]));

describe('a district plan in tỷ đồng with investment money (Mường Nhé style)', () => {
  const { plan, findings } = read('muong-nhe-2024.txt');

  it('reads every item and the split central total, converted to triệu đồng', () => {
    expect(plan.items.map((i) => [i.code, figures(i.stated)])).toEqual([
      ['DA1', { total: '32000', nstw_dau_tu: '30000', nsdp: '2000' }],
      ['DA4.1', { total: '8000', nstw_su_nghiep: '7000', nsdp: '1000' }],
      ['DA4.3', { total: '5500', nstw_su_nghiep: '5000', nsdp: '500' }],
    ]);
    expect(figures(plan.statedTotals)).toEqual({
      total: '45500',
      nstw: '42000',
      nstw_dau_tu: '30000',
      nstw_su_nghiep: '12000',
      nsdp: '3500',
    });
    expect(plan).toMatchObject({ year: 2024, locality: 'huyện Mường Nhé' });
  });

  it('reconciles without an error', () => {
    expect([...findings, ...validatePlan(plan)].filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a commune plan with the money on the heading lines (Nậm Chà style)', () => {
  const { plan } = read('nam-cha-2025.txt');

  it('takes a figure right after a heading as the item total', () => {
    expect(figures(plan.items.find((i) => i.code === 'DA2')?.stated)).toEqual({
      total: '350',
      nstw: '320',
      nsdp: '30',
    });
    expect(figures(plan.items.find((i) => i.code === 'DA7.1')?.stated)).toEqual({ total: '40' });
    expect(figures(plan.items.find((i) => i.code === 'DA3.1')?.stated)).toEqual({
      total: '410.5',
      nstw_su_nghiep: '400',
      nsdp: '10.5',
    });
    expect(plan.items.find((i) => i.code === 'DA5')?.applicable).toBe(false);
  });

  it('reports what the document leaves unclear instead of guessing a source', () => {
    // Tiểu dự án 7.1 and 7.2 give a total with no source, so the central total cannot be checked to the đồng.
    const errors = validatePlan(plan).filter((f) => f.severity === 'error');
    const central = errors.find((f) => f.where.kind === 'plan' && f.text.vi.includes('Ngân sách trung ương'));
    expect(central && plain(central.difference!)).toBe('65');
  });
});
