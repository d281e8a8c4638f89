import fc from 'fast-check';
import { Dec, formatVi, sum } from '../../src/domain/money';
import type { Plan, PlanItem } from '../../src/domain/plan';
import { SUMMARY_COLUMNS, summaryTable, type RowAmounts } from '../../src/export';
import { bigPlan, examplePlan, planOf } from './helpers';

const shown = (a: RowAmounts) =>
  Object.fromEntries(SUMMARY_COLUMNS.flatMap((k) => (a[k] === undefined ? [] : [[k, formatVi(a[k])]])));

describe('summaryTable on the Mường Lay 2024 example', () => {
  const table = summaryTable(examplePlan());

  it('lists every item in plan order, numbered like the template (Roman Dự án, Arabic Tiểu dự án)', () => {
    expect(table.rows.map((r) => `${r.stt} ${r.code}`)).toEqual([
      'II DA2',
      'III DA3',
      '1 DA3.1',
      'IV DA4',
      '1 DA4.1',
      '3 DA4.3',
      'VI DA6',
      '1 DA6.1',
      '2 DA6.2',
      'VII DA7',
      '1 DA7.1',
      '2 DA7.2',
    ]);
    expect(table.rows[4]?.label).toBe('Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo');
    expect(table.rows[0]?.label).toBe('Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo');
  });

  it('gives a Dự án without figures of its own the sum of its Tiểu dự án', () => {
    const da4 = table.rows.find((r) => r.code === 'DA4');
    expect(shown(da4?.amounts ?? {})).toEqual({
      total: '1.892',
      nstw: '1.785',
      nstw_su_nghiep: '1.785',
      nsdp: '107',
    });
  });

  it('totals 7.645 = NSTW 7.538 + NSĐP 107, the sum of the Dự án rows', () => {
    expect(shown(table.total)).toEqual({
      total: '7.645',
      nstw: '7.538',
      nstw_su_nghiep: '7.538',
      nsdp: '107',
    });
    for (const key of SUMMARY_COLUMNS) {
      const parts = table.rows.filter((r) => r.level === 1).flatMap((r) => r.amounts[key] ?? []);
      if (parts.length === 0) expect(table.total[key]).toBeUndefined();
      else expect(table.total[key]?.equals(sum(parts))).toBe(true);
    }
  });

  it('keeps a source that is not stated empty and a stated zero as 0', () => {
    const da2 = table.rows.find((r) => r.code === 'DA2');
    const da43 = table.rows.find((r) => r.code === 'DA4.3');
    expect(da2?.amounts.nsdp?.isZero()).toBe(true);
    expect(da43?.amounts.nsdp).toBeUndefined();
    expect(table.total.khac).toBeUndefined();
  });
});

describe('summaryTable on other shapes of plans', () => {
  it('puts in the Dự án heading of a Tiểu dự án listed alone, with its sum', () => {
    const plan = planOf({
      catalogue: 'qd90-2021-2025',
      unit: 'trieu_dong',
      items: [
        { code: 'DA6.2', amounts: { nstw_su_nghiep: '148.5' } },
        { code: 'DA4.1', amounts: { nstw_su_nghiep: '1588', nsdp: '107' } },
      ],
      stated_totals: null,
    });
    const table = summaryTable(plan);
    expect(table.rows.map((r) => `${r.stt} ${r.code} ${shown(r.amounts).total ?? ''}`)).toEqual([
      'VI DA6 148,5',
      '2 DA6.2 148,5',
      'IV DA4 1.695',
      '1 DA4.1 1.695',
    ]);
    expect(formatVi(table.total.total ?? new Dec(-1))).toBe('1.843,5');
  });

  it('numbers nội dung a), b) and nội dung thành phần with a dash, below their parents', () => {
    const plan = planOf({
      catalogue: 'qd90-2021-2025',
      unit: 'trieu_dong',
      items: [
        { code: 'DA3.1' },
        { code: 'X1', parent: 'DA3.1', name: 'Hỗ trợ giống cây trồng' },
        { code: 'X1.1', parent: 'X1', name: 'Giống lúa', amounts: { nstw_su_nghiep: '10.25' } },
        { code: 'X2', parent: 'DA3.1', name: 'Hỗ trợ vật nuôi', amounts: { nstw_su_nghiep: '4.75' } },
      ],
      stated_totals: null,
    });
    const rows = summaryTable(plan).rows;
    expect(rows.map((r) => [r.stt, r.label, r.kind, shown(r.amounts).total])).toEqual([
      ['III', 'Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng', 'du_an', '15'],
      ['1', 'Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp', 'tieu_du_an', '15'],
      ['a)', 'Hỗ trợ giống cây trồng', 'noi_dung', '10,25'],
      ['-', 'Giống lúa', 'noi_dung_thanh_phan', '10,25'],
      ['b)', 'Hỗ trợ vật nuôi', 'noi_dung', '4,75'],
    ]);
  });

  it('marks a project the locality is not concerned by and shows no money for it', () => {
    const plan = planOf({
      catalogue: 'qd90-2021-2025',
      unit: 'trieu_dong',
      items: [
        { code: 'DA1', applicable: false },
        { code: 'DA2', amounts: { nstw_su_nghiep: '5' } },
      ],
      stated_totals: null,
    });
    const [da1] = summaryTable(plan).rows;
    expect(da1?.applicable).toBe(false);
    expect(shown(da1?.amounts ?? {})).toEqual({});
  });

  it('does not lose rows whose parents point at each other', () => {
    const item = (code: string, parent: string, v: string): PlanItem => ({
      code,
      name: code,
      level: 3,
      parent,
      applicable: true,
      stated: { nstw_su_nghiep: new Dec(v) },
    });
    const plan: Plan = {
      catalogueId: 'qd90-2021-2025',
      unit: 'trieu_dong',
      items: [item('A', 'B', '1'), item('B', 'A', '2')],
      statedTotals: null,
    };
    expect(
      summaryTable(plan)
        .rows.map((r) => r.code)
        .sort(),
    ).toEqual(['A', 'B']);
  });

  it('reconciles a 1.000-row plan to the last decimal', () => {
    const plan = bigPlan(1000);
    const table = summaryTable(plan);
    expect(table.rows).toHaveLength(plan.items.length);
    const leaves = plan.items.flatMap((i) => i.stated.nstw_su_nghiep ?? []);
    expect(table.total.nstw_su_nghiep?.equals(sum(leaves))).toBe(true);
  });

  it('always totals exactly the sum of its top rows (random two-decimal amounts)', () => {
    const amount = fc.integer({ min: 0, max: 99_999_999 }).map((n) => new Dec(n).dividedBy(100));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('DA2', 'DA3.1', 'DA3.2', 'DA4.1', 'DA6.2', 'DA7.1'), amount, amount),
          {
            maxLength: 6,
          },
        ),
        (entries) => {
          const seen = new Set<string>();
          const items = entries
            .filter(([code]) => !seen.has(code) && seen.add(code))
            .map(([code, sn, dp]) => ({
              code,
              amounts: { nstw_su_nghiep: sn.toFixed(), nsdp: dp.toFixed() },
            }));
          const plan = planOf({
            catalogue: 'qd90-2021-2025',
            unit: 'trieu_dong',
            items,
            stated_totals: null,
          });
          const table = summaryTable(plan);
          const top = table.rows.filter((r) => r.level === 1);
          for (const key of SUMMARY_COLUMNS) {
            const parts = top.flatMap((r) => r.amounts[key] ?? []);
            if (parts.length === 0) expect(table.total[key]).toBeUndefined();
            else expect(table.total[key]?.equals(sum(parts))).toBe(true);
          }
          const all = entries.length === 0 ? [] : items.map((i) => new Dec(i.amounts.nstw_su_nghiep));
          if (all.length > 0) expect(table.total.nstw_su_nghiep?.equals(sum(all))).toBe(true);
        },
      ),
    );
  });
});
