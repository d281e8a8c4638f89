import { whereLabel, type Finding } from '../../src/domain/findings';
import { planFromJson, type AmountsJson, type Plan, type PlanItemJson } from '../../src/domain/plan';
import { validatePlan } from '../../src/domain/validation';

function plan(items: PlanItemJson[], statedTotals: AmountsJson | null): Plan {
  const r = planFromJson({ unit: 'trieu_dong', items, stated_totals: statedTotals });
  if (!r.ok) throw new Error(r.error.text.en);
  return r.plan;
}

const errors = (findings: Finding[]): string[] =>
  findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${whereLabel(f.where)}`);

describe('NSTW not split into sự nghiệp / đầu tư is never compared as a zero part', () => {
  it('items stating only NSTW against totals stating vốn sự nghiệp: no false PLAN_TOTAL', () => {
    const p = plan(
      [
        { code: 'DA2', amounts: { total: '700', nstw: '600', nsdp: '100' } },
        { code: 'DA3', amounts: { total: '300', nstw_su_nghiep: '300' } },
      ],
      { total: '1000', nstw_su_nghiep: '900', nsdp: '100' },
    );
    expect(errors(validatePlan(p))).toEqual([]);
  });

  it('still reports a vốn sự nghiệp total that no split can reach', () => {
    const p = plan(
      [
        { code: 'DA2', amounts: { total: '700', nstw: '600', nsdp: '100' } },
        { code: 'DA3', amounts: { total: '300', nstw_su_nghiep: '300' } },
      ],
      { nstw_su_nghiep: '950' },
    );
    expect(errors(validatePlan(p))).toEqual(['PLAN_TOTAL@TONG']);
    const p2 = plan(
      [
        { code: 'DA2', amounts: { total: '700', nstw: '600', nsdp: '100' } },
        { code: 'DA3', amounts: { total: '300', nstw_su_nghiep: '300' } },
      ],
      { nstw_su_nghiep: '250' },
    );
    expect(errors(validatePlan(p2))).toEqual(['PLAN_TOTAL@TONG']);
  });

  it('a fully split plan is still compared exactly', () => {
    const p = plan(
      [
        { code: 'DA2', amounts: { total: '700', nstw_su_nghiep: '600', nsdp: '100' } },
        { code: 'DA3', amounts: { total: '300', nstw_su_nghiep: '300' } },
      ],
      { nstw_su_nghiep: '901' },
    );
    expect(errors(validatePlan(p))).toEqual(['PLAN_TOTAL@TONG']);
  });

  it('a parent stating vốn sự nghiệp over children stating only NSTW: no false PARENT_SUM', () => {
    const p = plan(
      [
        { code: 'DA3', amounts: { nstw_su_nghiep: '500' } },
        { code: 'DA3.1', amounts: { nstw: '200' } },
        { code: 'DA3.2', amounts: { nstw_su_nghiep: '300' } },
      ],
      null,
    );
    expect(errors(validatePlan(p))).toEqual([]);
    const wrong = plan(
      [
        { code: 'DA3', amounts: { nstw_su_nghiep: '501' } },
        { code: 'DA3.1', amounts: { nstw: '200' } },
        { code: 'DA3.2', amounts: { nstw_su_nghiep: '300' } },
      ],
      null,
    );
    expect(errors(validatePlan(wrong))).toContain('PARENT_SUM@DA3');
  });
});
