import { readFileSync } from 'fs';
import { join } from 'path';
import { at, whereLabel, type Finding } from '../../src/domain/findings';
import { dec, plain } from '../../src/domain/money/decimal';
import {
  planFromJson,
  type AmountsJson,
  type Plan,
  type PlanItem,
  type PlanItemJson,
} from '../../src/domain/plan';
import { buildOutline } from '../../src/domain/outline';
import { validatePlan, type ValidationOptions } from '../../src/domain/validation';

/** A plan from its JSON form, in triệu đồng; the reader must accept it. */
function plan(items: PlanItemJson[], statedTotals: AmountsJson | null = null, extra: object = {}): Plan {
  const r = planFromJson({ unit: 'trieu_dong', items, stated_totals: statedTotals, ...extra });
  if (!r.ok) throw new Error(r.error.text.en);
  return r.plan;
}

/** The figures of a finding as plain strings, so exact values are compared, not doubles. */
function figures(f: Finding | undefined): { expected?: string; actual?: string; difference?: string } {
  if (!f) throw new Error('no finding');
  return {
    ...(f.expected ? { expected: plain(f.expected) } : {}),
    ...(f.actual ? { actual: plain(f.actual) } : {}),
    ...(f.difference ? { difference: plain(f.difference) } : {}),
  };
}

function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code}@${whereLabel(f.where)}`);
}

/** Seed 001 (huyện Sông Mã, 2024): 15.555,25 = NSTW 15.089 + NSĐP 466,25; DA7 given only per Dự án. */
const SEED_001_ITEMS: PlanItemJson[] = [
  { code: 'DA1', applicable: false },
  { code: 'DA2', amounts: { total: '7133.25', nstw_su_nghiep: '6667', nsdp: '466.25' } },
  { code: 'DA3' },
  { code: 'DA3.1', amounts: { total: '2756', nstw_su_nghiep: '2756' } },
  { code: 'DA3.2', amounts: { total: '547', nstw_su_nghiep: '547' } },
  { code: 'DA4' },
  { code: 'DA4.1', amounts: { total: '1763', nstw_su_nghiep: '1763' } },
  { code: 'DA4.2', applicable: false },
  { code: 'DA4.3', amounts: { total: '1460', nstw_su_nghiep: '1460' } },
  { code: 'DA5', applicable: false },
  { code: 'DA6' },
  { code: 'DA6.1', applicable: false },
  { code: 'DA6.2', amounts: { total: '275', nstw_su_nghiep: '275' } },
  { code: 'DA7', amounts: { total: '1621', nstw_su_nghiep: '1621' } },
];
const SEED_001_TOTALS: AmountsJson = { total: '15555.25', nstw: '15089', nsdp: '466.25' };

function muongLayJson(): { items: PlanItemJson[]; stated_totals: AmountsJson } {
  const path = join(__dirname, '..', '..', 'examples', 'muong-lay-2024.json');
  return JSON.parse(readFileSync(path, 'utf8')) as { items: PlanItemJson[]; stated_totals: AmountsJson };
}

describe('validatePlan on real plans', () => {
  it('finds nothing in the Mường Lay 2024 example (7.645 = 7.538 + 107)', () => {
    const r = planFromJson(muongLayJson());
    if (!r.ok) throw new Error(r.error.text.en);
    expect(validatePlan(r.plan)).toEqual([]);
  });

  it('finds nothing in the seed-001 plan (decimals, not-applicable items, DA7 only at project level)', () => {
    expect(validatePlan(plan(SEED_001_ITEMS, SEED_001_TOTALS))).toEqual([]);
  });
});

describe('ITEM_TOTAL', () => {
  it('names the item, both figures and the difference when the total is not the sum of its sources', () => {
    const p = plan([
      { code: 'DA4' },
      { code: 'DA4.1', amounts: { total: '1696', nstw_su_nghiep: '1588', nsdp: '107' } },
    ]);
    const findings = validatePlan(p);
    expect(codes(findings)).toEqual(['ITEM_TOTAL@DA4.1']);
    const f = findings[0];
    expect(f?.severity).toBe('error');
    expect(figures(f)).toEqual({ expected: '1695', actual: '1696', difference: '1' });
    expect(f?.text.vi).toBe(
      'DA4.1: tổng kinh phí ghi 1.696 triệu đồng nhưng tổng các nguồn là 1.695 triệu đồng (chênh lệch 1 triệu đồng).',
    );
    expect(f?.text.en).toBe(
      'DA4.1: the total is stated as 1,696 million VND but the sources add up to 1,695 million VND (difference 1 million VND).',
    );
  });

  it('accepts a total equal to its sources, and a total stated without any source', () => {
    const p = plan([
      { code: 'DA2', amounts: { total: '7133.25', nstw_su_nghiep: '6667', nsdp: '466.25' } },
      { code: 'DA7', amounts: { total: '1621' } },
    ]);
    expect(validatePlan(p)).toEqual([]);
  });

  it('uses the stated NSTW, not its parts, when summing the sources (the split is NSTW_SPLIT)', () => {
    const p = plan([{ code: 'DA2', amounts: { total: '100', nstw: '100', nstw_su_nghiep: '90' } }]);
    expect(codes(validatePlan(p))).toEqual(['NSTW_SPLIT@DA2']);
  });

  it('checks the plan’s own totals too, at TONG', () => {
    const p = plan(SEED_001_ITEMS, { total: '15555.25', nstw: '15089', nsdp: '456.25' });
    const f = only(validatePlan(p), 'ITEM_TOTAL')[0];
    expect(f?.where).toEqual(at.plan());
    expect(figures(f)).toEqual({ expected: '15545.25', actual: '15555.25', difference: '10' });
    expect(f?.text.vi).toBe(
      'Tổng cộng kế hoạch: tổng kinh phí ghi 15.555,25 triệu đồng nhưng tổng các nguồn là 15.545,25 triệu đồng (chênh lệch 10 triệu đồng).',
    );
  });
});

describe('NSTW_SPLIT', () => {
  it('reports a stated NSTW that is not vốn sự nghiệp + vốn đầu tư phát triển', () => {
    const p = plan([{ code: 'DA4' }, { code: 'DA4.1', amounts: { nstw: '1600', nstw_su_nghiep: '1588' } }]);
    const findings = validatePlan(p);
    expect(codes(findings)).toEqual(['NSTW_SPLIT@DA4.1']);
    expect(figures(findings[0])).toEqual({ expected: '1588', actual: '1600', difference: '12' });
    expect(findings[0]?.text.vi).toBe(
      'DA4.1: Ngân sách trung ương ghi 1.600 triệu đồng nhưng vốn sự nghiệp và vốn đầu tư phát triển cộng lại là 1.588 triệu đồng (chênh lệch 12 triệu đồng).',
    );
  });

  it('accepts a matching split and an NSTW stated without parts', () => {
    const p = plan([
      { code: 'DA4' },
      { code: 'DA4.1', amounts: { nstw: '1600', nstw_su_nghiep: '1500', nstw_dau_tu: '100' } },
      { code: 'DA4.3', amounts: { nstw: '197' } },
    ]);
    expect(validatePlan(p)).toEqual([]);
  });
});

describe('PARENT_SUM', () => {
  it('reports a Dự án whose stated amount is not the sum of its Tiểu dự án', () => {
    const p = plan([
      { code: 'DA4', amounts: { nstw_su_nghiep: '1885' } },
      { code: 'DA4.1', amounts: { nstw_su_nghiep: '1588' } },
      { code: 'DA4.2', applicable: false },
      { code: 'DA4.3', amounts: { nstw_su_nghiep: '197' } },
    ]);
    const findings = validatePlan(p);
    expect(codes(findings)).toEqual(['PARENT_SUM@DA4']);
    expect(figures(findings[0])).toEqual({ expected: '1785', actual: '1885', difference: '100' });
    expect(findings[0]?.text.vi).toBe(
      'DA4: Dự án ghi Ngân sách trung ương (vốn sự nghiệp) 1.885 triệu đồng nhưng tổng các Tiểu dự án (DA4.1, DA4.3) là 1.785 triệu đồng (chênh lệch 100 triệu đồng).',
    );
    expect(findings[0]?.text.en).toContain('Sub-projects (DA4.1, DA4.3) add up to 1,785 million VND');
  });

  it('does not count a child that states nothing as a zero, nor check a key no child states', () => {
    const p = plan([
      // DA4 states NSĐP, which no Tiểu dự án gives: nothing to compare with.
      { code: 'DA4', amounts: { total: '1785', nstw_su_nghiep: '1678', nsdp: '107' } },
      { code: 'DA4.1', amounts: { total: '1588' } },
      { code: 'DA4.2', applicable: false },
      { code: 'DA4.3', amounts: { total: '197' } },
      // DA7 given only at project level; its Tiểu dự án state nothing.
      { code: 'DA7', amounts: { total: '1621' } },
      { code: 'DA7.1' },
      { code: 'DA7.2' },
    ]);
    expect(validatePlan(p)).toEqual([]);
  });

  it('sums a stated zero like any other figure', () => {
    const p = plan([
      { code: 'DA4', amounts: { nsdp: '107' } },
      { code: 'DA4.1', amounts: { nsdp: '0' } },
      { code: 'DA4.3', amounts: { nsdp: '0' } },
    ]);
    const f = only(validatePlan(p), 'PARENT_SUM')[0];
    expect(figures(f)).toEqual({ expected: '0', actual: '107', difference: '107' });
  });

  it('compares a stated NSTW with children that state only vốn sự nghiệp', () => {
    const items = (nstw: string): PlanItemJson[] => [
      { code: 'DA3', amounts: { nstw } },
      { code: 'DA3.1', amounts: { nstw_su_nghiep: '2756' } },
      { code: 'DA3.2', amounts: { nstw_su_nghiep: '547' } },
    ];
    expect(validatePlan(plan(items('3303')))).toEqual([]);
    const f = validatePlan(plan(items('3330')))[0];
    expect(f?.code).toBe('PARENT_SUM');
    expect(figures(f)).toEqual({ expected: '3303', actual: '3330', difference: '27' });
  });

  it('rolls up through a Tiểu dự án given only by its nội dung', () => {
    const items = (da4: string): PlanItemJson[] => [
      { code: 'DA4', amounts: { total: da4 } },
      { code: 'DA4.1' },
      { code: 'DA4.1.1', parent: 'DA4.1', name: 'Đào tạo nghề', amounts: { total: '1000' } },
      { code: 'DA4.1.2', parent: 'DA4.1', name: 'Thiết bị', amounts: { total: '695.5' } },
    ];
    expect(validatePlan(plan(items('1695.5')))).toEqual([]);
    const findings = validatePlan(plan(items('1695')));
    expect(codes(findings)).toEqual(['PARENT_SUM@DA4']);
    expect(figures(findings[0])).toEqual({ expected: '1695.5', actual: '1695', difference: '-0.5' });
  });

  it('calls user rows below a Tiểu dự án "nội dung"', () => {
    const p = plan([
      { code: 'DA4' },
      { code: 'DA4.1', amounts: { total: '2000' } },
      { code: 'DA4.1.1', parent: 'DA4.1', name: 'Đào tạo nghề', amounts: { total: '1000' } },
      { code: 'DA4.1.2', parent: 'DA4.1', name: 'Thiết bị', amounts: { total: '695' } },
    ]);
    const f = validatePlan(p)[0];
    expect(f?.where).toEqual(at.item('DA4.1'));
    expect(f?.text.vi).toBe(
      'DA4.1: Tiểu dự án ghi tổng kinh phí 2.000 triệu đồng nhưng tổng các nội dung (DA4.1.1, DA4.1.2) là 1.695 triệu đồng (chênh lệch 305 triệu đồng).',
    );
  });
});

describe('PLAN_TOTAL', () => {
  it('reports a stated plan total that differs from the sum over the Dự án, at TONG', () => {
    const json = muongLayJson();
    const r = planFromJson({ ...json, stated_totals: { ...json.stated_totals, nstw: '7638' } });
    if (!r.ok) throw new Error(r.error.text.en);
    const findings = validatePlan(r.plan);
    // nstw 7.638 ≠ vốn sự nghiệp 7.538 (split) and ≠ the items' 7.538; total 7.645 ≠ 7.638 + 107.
    expect(codes(findings)).toEqual(['ITEM_TOTAL@TONG', 'NSTW_SPLIT@TONG', 'PLAN_TOTAL@TONG']);
    const f = only(findings, 'PLAN_TOTAL')[0];
    expect(figures(f)).toEqual({ expected: '7538', actual: '7638', difference: '100' });
    expect(f?.text.vi).toBe(
      'Tổng cộng kế hoạch: Ngân sách trung ương ghi 7.638 triệu đồng nhưng tổng các Dự án là 7.538 triệu đồng (chênh lệch 100 triệu đồng).',
    );
  });

  it('derives NSTW from the items’ vốn sự nghiệp and skips a key no item states', () => {
    // Seed 001 states NSTW while its items state only vốn sự nghiệp; khác is stated nowhere in the items.
    const p = plan(SEED_001_ITEMS, { ...SEED_001_TOTALS, total: '15655.25', khac: '100' });
    const findings = validatePlan(p);
    expect(codes(findings)).toEqual(['PLAN_TOTAL@TONG']);
    expect(figures(findings[0])).toEqual({
      expected: '15555.25',
      actual: '15655.25',
      difference: '100',
    });
  });
});

describe('NOT_APPLICABLE_MONEY', () => {
  it('reports money on an item marked not applicable', () => {
    const p = plan([{ code: 'DA5', applicable: false, amounts: { total: '100', nstw_su_nghiep: '100' } }]);
    const findings = validatePlan(p);
    expect(codes(findings)).toEqual(['NOT_APPLICABLE_MONEY@DA5']);
    expect(figures(findings[0])).toEqual({ expected: '0', actual: '100', difference: '100' });
    expect(findings[0]?.text.vi).toBe(
      'DA5: Dự án được ghi là không thuộc đối tượng nhưng vẫn có kinh phí: tổng kinh phí 100 triệu đồng, Ngân sách trung ương (vốn sự nghiệp) 100 triệu đồng.',
    );
  });

  it('accepts stated zeros on an item marked not applicable', () => {
    const p = plan([{ code: 'DA5', applicable: false, amounts: { total: '0', nsdp: '0' } }]);
    expect(validatePlan(p)).toEqual([]);
  });
});

describe('NEGATIVE_AMOUNT', () => {
  it('reports a negative amount on an item and among the stated totals', () => {
    const p = plan([{ code: 'DA2', amounts: { total: '3047', nstw_su_nghiep: '3154', nsdp: '-107' } }], {
      total: '3047',
      nstw: '3154',
      nsdp: '-107',
    });
    const findings = validatePlan(p);
    expect(codes(findings)).toEqual(['NEGATIVE_AMOUNT@DA2', 'NEGATIVE_AMOUNT@TONG']);
    expect(figures(findings[0])).toEqual({ actual: '-107' });
    expect(findings[0]?.text.vi).toBe(
      'DA2: Ngân sách địa phương là số âm (-107 triệu đồng); kinh phí không được âm.',
    );
  });

  it('accepts zero', () => {
    expect(validatePlan(plan([{ code: 'DA2', amounts: { total: '0', nsdp: '0' } }]))).toEqual([]);
  });
});

describe('COUNTERPART_RATIO', () => {
  const seed = () => plan(SEED_001_ITEMS, SEED_001_TOTALS);

  it('reports NSĐP below the minimum ratio of NSTW, at TONG', () => {
    const findings = validatePlan(seed(), { minCounterpartRatio: dec('0.05') });
    expect(codes(findings)).toEqual(['COUNTERPART_RATIO@TONG']);
    // 5 % of 15.089 = 754,45; NSĐP is 466,25.
    expect(figures(findings[0])).toEqual({ expected: '754.45', actual: '466.25', difference: '-288.2' });
    expect(findings[0]?.text.vi).toBe(
      'Tổng cộng kế hoạch: Ngân sách địa phương (vốn đối ứng) 466,25 triệu đồng thấp hơn mức tối thiểu 754,45 triệu đồng (5% của Ngân sách trung ương 15.089 triệu đồng; chênh lệch -288,2 triệu đồng).',
    );
  });

  it('accepts NSĐP at or above the minimum, and checks nothing without a ratio', () => {
    expect(validatePlan(seed(), { minCounterpartRatio: dec('0.03') })).toEqual([]);
    expect(validatePlan(seed())).toEqual([]);
  });

  it('reads the ratio from the plan settings and treats an unstated NSĐP as none', () => {
    const p = plan([{ code: 'DA7', amounts: { nstw_su_nghiep: '1000' } }], null, {
      settings: { min_counterpart_ratio: '0.1' },
    });
    const findings = validatePlan(p);
    expect(codes(findings)).toEqual(['COUNTERPART_RATIO@TONG']);
    expect(figures(findings[0])).toEqual({ expected: '100', actual: '0', difference: '-100' });
    expect(findings[0]?.text.vi).toContain('không ghi Ngân sách địa phương (vốn đối ứng)');
  });
});

describe('STEP_DECIMALS', () => {
  it('warns about an amount finer than the step and proposes the rounded figure', () => {
    const p = plan([{ code: 'DA2', amounts: { nsdp: '466.25' } }]);
    const findings = validatePlan(p, { step: dec(1) });
    expect(codes(findings)).toEqual(['STEP_DECIMALS@DA2']);
    expect(findings[0]?.severity).toBe('warning');
    expect(figures(findings[0])).toEqual({ expected: '466', actual: '466.25', difference: '0.25' });
    expect(findings[0]?.text.vi).toBe(
      'DA2: Ngân sách địa phương 466,25 triệu đồng có nhiều chữ số thập phân hơn bước làm tròn 1 triệu đồng cho phép (làm tròn thành 466 triệu đồng).',
    );
  });

  it('allows 1 đồng by default: 0,000001 triệu đồng passes, 0,0000001 does not', () => {
    expect(validatePlan(plan([{ code: 'DA2', amounts: { nsdp: '466.250001' } }]))).toEqual([]);
    const findings = validatePlan(plan([{ code: 'DA2', amounts: { nsdp: '466.2500001' } }]));
    expect(codes(findings)).toEqual(['STEP_DECIMALS@DA2']);
    expect(figures(findings[0])).toEqual({
      expected: '466.25',
      actual: '466.2500001',
      difference: '0.0000001',
    });
  });

  it('takes the step from the plan settings; options override them', () => {
    const p = plan([{ code: 'DA2', amounts: { nsdp: '466.25' } }], null, { settings: { step: '1' } });
    expect(codes(validatePlan(p))).toEqual(['STEP_DECIMALS@DA2']);
    const options: ValidationOptions = { step: dec('0.01') };
    expect(validatePlan(p, options)).toEqual([]);
  });

  it('checks whole multiples of a step that is not a power of ten', () => {
    const p = plan([{ code: 'DA2', amounts: { nsdp: '107', total: '105' } }], null);
    const findings = only(validatePlan(p, { step: dec(5) }), 'STEP_DECIMALS');
    expect(findings.map((f) => f.where)).toEqual([at.item('DA2')]);
    expect(figures(findings[0])).toEqual({ expected: '105', actual: '107', difference: '2' });
    expect(findings[0]?.text.vi).toContain('không phải là bội số của bước làm tròn 5 triệu đồng');
  });
});

describe('FLOAT_DRIFT', () => {
  function withCells(values: number[]): Plan {
    const base = plan([{ code: 'DA2', amounts: { nsdp: '0.3' } }]);
    const item = base.items[0] as PlanItem;
    const rawCells = values.map((value, i) => ({ key: 'nsdp' as const, cell: `E${12 + i}`, value }));
    return { ...base, items: [{ ...item, rawCells }] };
  }

  it('warns about a cell whose stored double is not what Excel shows', () => {
    const findings = validatePlan(withCells([0.1 + 0.2]));
    expect(codes(findings)).toEqual(['FLOAT_DRIFT@DA2']);
    expect(figures(findings[0])).toEqual({
      expected: '0.3',
      actual: '0.30000000000000004',
      difference: '0.00000000000000004',
    });
    expect(findings[0]?.text.vi).toBe(
      'DA2: ô E12 (Ngân sách địa phương) lưu số 0.30000000000000004 nhưng Excel hiển thị 0,3; hãy nhập lại số hoặc làm tròn bằng hàm ROUND để số lưu đúng bằng số hiển thị.',
    );
  });

  it('accepts clean doubles', () => {
    expect(validatePlan(withCells([0.3, 1469, 466.25]))).toEqual([]);
  });
});

describe('INVESTMENT_NOT_ALLOWED', () => {
  it('warns about vốn đầu tư phát triển on a recurrent-only catalogue entry', () => {
    const findings = validatePlan(
      plan([{ code: 'DA3' }, { code: 'DA3.1', amounts: { nstw_dau_tu: '100' } }]),
    );
    expect(codes(findings)).toEqual(['INVESTMENT_NOT_ALLOWED@DA3.1']);
    expect(findings[0]?.severity).toBe('warning');
    expect(figures(findings[0])).toEqual({ expected: '0', actual: '100', difference: '100' });
    expect(findings[0]?.text.vi).toBe(
      'DA3.1 (Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp): có Ngân sách trung ương (vốn đầu tư phát triển) 100 triệu đồng nhưng theo danh mục của Chương trình, mục này chỉ được bố trí vốn sự nghiệp.',
    );
  });

  it('warns once, at the row holding the money, when a Dự án row shows its Tiểu dự án roll-up', () => {
    const summed = plan([
      { code: 'DA6', amounts: { nstw_dau_tu: '176', nstw_su_nghiep: '133' } },
      { code: 'DA6.1', amounts: { nstw_dau_tu: '176' } },
      { code: 'DA6.2', amounts: { nstw_su_nghiep: '133' } },
    ]);
    expect(codes(validatePlan(summed))).toEqual(['INVESTMENT_NOT_ALLOWED@DA6.1']);
    // A Dự án figure its rows do not explain is warned about on its own (and its sum is an error).
    const own = plan([
      { code: 'DA6', amounts: { nstw_dau_tu: '200', nstw_su_nghiep: '133' } },
      { code: 'DA6.1', amounts: { nstw_dau_tu: '176' } },
      { code: 'DA6.2', amounts: { nstw_su_nghiep: '133' } },
    ]);
    expect(codes(validatePlan(own)).filter((c) => c.startsWith('INVESTMENT'))).toEqual([
      'INVESTMENT_NOT_ALLOWED@DA6',
      'INVESTMENT_NOT_ALLOWED@DA6.1',
    ]);
  });

  it('accepts it on an investment entry, a user row and a plan whose catalogue is unknown', () => {
    const p = plan([
      { code: 'DA4' },
      { code: 'DA4.1', amounts: { nstw_dau_tu: '100' } },
      { code: 'DA3' },
      { code: 'DA3.1' },
      { code: 'DA3.1.1', parent: 'DA3.1', name: 'Nhà kho', amounts: { nstw_dau_tu: '50' } },
    ]);
    expect(validatePlan(p)).toEqual([]);
    const other = plan([{ code: 'DA3' }, { code: 'DA3.1', amounts: { nstw_dau_tu: '100' } }]);
    // An unknown catalogue: the outline warns and falls back to QĐ 90, whose flags do not apply to this plan.
    expect(codes(validatePlan({ ...other, catalogueId: 'khong-co-2099' }))).toEqual(['UNKNOWN_CATALOGUE@']);
  });
});

describe('UNKNOWN_PARENT', () => {
  const item = (code: string, parent: string | null): PlanItem => ({
    code,
    name: code,
    level: parent === null ? 1 : 2,
    parent,
    applicable: true,
    stated: {},
  });
  const base: Plan = { catalogueId: 'qd90-2021-2025', unit: 'trieu_dong', items: [], statedTotals: null };

  it("reports a parent that is neither an item nor a catalogue entry, once, as the outline's finding", () => {
    const p = { ...base, items: [item('DA2', null), item('X1.1', 'X1')] };
    const findings = validatePlan(p);
    expect(codes(findings)).toEqual(['UNKNOWN_PARENT@X1.1']);
    expect(findings[0]?.text.vi).toBe('X1.1 ghi mục cha X1 nhưng kế hoạch và danh mục không có mục X1.');
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.expected).toBeUndefined();
    expect(findings).toEqual(buildOutline(p).findings);
  });

  it('accepts a parent found among the items or in the catalogue', () => {
    const items = [item('X1', null), item('X1.1', 'X1'), item('DA4.1', 'DA4')];
    expect(validatePlan({ ...base, items })).toEqual([]);
  });

  it('reports a parent cycle once, and still checks the sums around it', () => {
    const a: PlanItem = { ...item('A', 'B'), stated: { total: dec(5) } };
    const b = item('B', 'A');
    expect(codes(validatePlan({ ...base, items: [a, b] }))).toEqual(['PARENT_CYCLE@A']);
    // C hangs below A, which the cycle put at the top: A's total is checked against C.
    const c: PlanItem = { ...item('C', 'A'), stated: { total: dec(4) } };
    const findings = validatePlan({ ...base, items: [a, b, c] });
    expect(codes(findings)).toEqual(['PARENT_CYCLE@A', 'PARENT_SUM@A']);
    expect(figures(findings[1])).toEqual({ expected: '4', actual: '5', difference: '1' });
  });

  it('reports a code used twice once, and sums the children below its first row', () => {
    const findings = validatePlan({
      ...base,
      items: [
        { ...item('X1', null), stated: { total: dec(3) } },
        { ...item('X1', null), stated: { total: dec(9) } },
        { ...item('X1.1', 'X1'), stated: { total: dec(3) } },
      ],
    });
    expect(codes(findings)).toEqual(['DUPLICATE_CODE@X1']);
  });
});

describe('ordering', () => {
  it('lists findings in document order of the items, the plan totals last', () => {
    const p = plan(
      [
        { code: 'DA2', amounts: { total: '10', nstw_su_nghiep: '9' } },
        { code: 'DA4', amounts: { total: '5' } },
        { code: 'DA4.1', amounts: { total: '4', nsdp: '-1', nstw_su_nghiep: '5' } },
        { code: 'DA5', applicable: false, amounts: { total: '1' } },
      ],
      { total: '1' },
    );
    expect(codes(validatePlan(p))).toEqual([
      'ITEM_TOTAL@DA2',
      'PARENT_SUM@DA4',
      'NEGATIVE_AMOUNT@DA4.1',
      'NOT_APPLICABLE_MONEY@DA5',
      'PLAN_TOTAL@TONG',
    ]);
  });
});

describe('sub-projects listed without their project', () => {
  it('counts them in the plan total (seed 004 lists Tiểu dự án 2 of Dự án 7 alone)', () => {
    const p = plan(
      [
        { code: 'DA2', amounts: { nstw_su_nghiep: '1005' } },
        { code: 'DA7.2', amounts: { nstw_su_nghiep: '58' } },
      ],
      { total: '1063' },
    );
    expect(validatePlan(p)).toEqual([]);
    const wrong = validatePlan(plan([{ code: 'DA7.2', amounts: { nstw_su_nghiep: '58' } }], { total: '60' }));
    expect(codes(wrong)).toEqual(['PLAN_TOTAL@TONG']);
    expect(figures(wrong[0])).toEqual({ expected: '58', actual: '60', difference: '2' });
  });
});
