import { validatePlan } from '../../src/domain/validation';
import { planFromJson, planToJson } from '../../src/domain/plan';
import { editDistance, nearestKey } from '../../src/domain/plan/nearest-key';
import { plain } from '../../src/domain/money/decimal';

const base = { unit: 'trieu_dong', items: [{ code: 'DA2', amounts: { total: '100' } }], stated_totals: null };

function refusal(json: unknown): string {
  const r = planFromJson(json);
  if (r.ok) throw new Error('accepted');
  return r.error.text.vi;
}

describe('unknown keys in a JSON plan', () => {
  it.each([
    [
      { ...base, stated_total: { total: '100' } },
      /stated_total có khóa "stated_total" không được biết; có phải "stated_totals"\?/,
    ],
    [
      { ...base, items: [{ code: 'DA2', amount: { total: '100' } }] },
      /items\[0\]\.amount .*có phải "amounts"\?/,
    ],
    [{ ...base, settings: { stpe: '1' } }, /settings\.stpe .*có phải "step"\?/],
    [
      { ...base, items: [{ code: 'DA2', amounts: { nsdb: '1' } }] },
      /items\[0\]\.amounts\.nsdb không phải là nguồn vốn đã biết; có phải "nsdp"\?/,
    ],
    [
      { ...base, items: [{ code: 'DA2', source_lines: [{ text: 'x', lien: 1 }] }] },
      /items\[0\]\.source_lines\[0\]\.lien .*có phải "line"\?/,
    ],
    [{ ...base, zzzzzzzzzz: 1 }, /khóa "zzzzzzzzzz" không được biết \(các khóa: catalogue, unit/],
  ])('refuses %j', (json, message) => {
    expect(refusal(json)).toMatch(message);
  });

  it('suggests within three edits only', () => {
    expect(editDistance('amount', 'amounts')).toBe(1);
    expect(nearestKey('stated_total', ['items', 'stated_totals'])).toBe('stated_totals');
    expect(nearestKey('qwertyuiop', ['items', 'stated_totals'])).toBeUndefined();
  });
});

describe('JSON numbers that cannot be exact', () => {
  it.each([1234567890123456, 1.5e21, 0.1234567890123456, 1e-7])('refuses %p and asks for a string', (n) => {
    expect(refusal({ ...base, items: [{ code: 'DA2', amounts: { total: n } }] })).toMatch(
      /hãy ghi số tiền dạng chuỗi/,
    );
  });

  it('reads exact numbers and any-length strings', () => {
    const r = planFromJson({
      ...base,
      items: [{ code: 'DA2', amounts: { total: 123456789012345, nsdp: '1234567890123456789.25' } }],
    });
    if (!r.ok) throw new Error(r.error.text.en);
    const stated = r.plan.items[0]?.stated;
    expect([stated?.total, stated?.nsdp].map((d) => d && plain(d))).toEqual([
      '123456789012345',
      '1234567890123456789.25',
    ]);
  });

  it('refuses an amount beyond the engine precision instead of rounding it', () => {
    expect(
      refusal({
        ...base,
        items: [{ code: 'DA2', amounts: { total: `1${'0'.repeat(30)}.${'1'.repeat(31)}` } }],
      }),
    ).toMatch(/chữ số có nghĩa.*không làm tròn/);
  });
});

describe('settings', () => {
  it.each([
    [{ step: '0' }, /settings\.step phải lớn hơn 0/],
    [{ step: '-1' }, /settings\.step phải lớn hơn 0/],
    [{ min_counterpart_ratio: '-0.1' }, /settings\.min_counterpart_ratio không được âm/],
  ])('refuses %j', (settings, message) => {
    expect(refusal({ ...base, settings })).toMatch(message);
  });

  it('accepts a positive step and a zero ratio', () => {
    expect(planFromJson({ ...base, settings: { step: '0.01', min_counterpart_ratio: '0' } }).ok).toBe(true);
  });
});

describe('qualified amounts round-trip through JSON', () => {
  it('keeps precision on items and stated totals, and old JSON without it still reads', () => {
    const json = {
      ...base,
      items: [
        {
          code: 'DA2',
          amounts: { total: '76000' },
          precision: { total: { qualifier: 'gan', unit: '1000' } },
        },
      ],
      stated_totals: { total: '512000' },
      stated_totals_precision: { total: { qualifier: 'hon', unit: '1000' } },
    };
    const r = planFromJson(json);
    if (!r.ok) throw new Error(r.error.text.en);
    const back = planToJson(r.plan);
    expect(back.items[0]?.precision).toEqual({ total: { qualifier: 'gan', unit: '1000' } });
    expect(back.stated_totals_precision).toEqual({ total: { qualifier: 'hon', unit: '1000' } });
    const old = planFromJson(base);
    if (!old.ok) throw new Error(old.error.text.en);
    expect(old.plan.statedTotalsApprox).toBeUndefined();
    expect(planToJson(old.plan)).not.toHaveProperty('stated_totals_precision');
    expect(planToJson(old.plan).items[0]).not.toHaveProperty('precision');
  });

  it('refuses an unknown qualifier', () => {
    expect(
      refusal({ ...base, items: [{ code: 'DA2', precision: { total: { qualifier: 'about', unit: '1' } } }] }),
    ).toMatch(/qualifier/);
  });
});

describe('a user row whose parent is missing', () => {
  it('is kept in the plan, and validation names its missing parent', () => {
    const json = {
      ...base,
      items: [{ code: 'X1', parent: 'DA99', name: 'Hàng mới', amounts: { total: '5' } }],
    };
    const r = planFromJson(json);
    if (!r.ok) throw new Error(r.error.text.vi);
    expect(r.plan.items.map((i) => [i.code, i.parent])).toEqual([['X1', 'DA99']]);
    const unknown = validatePlan(r.plan).filter((f) => f.code === 'UNKNOWN_PARENT');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.text.vi).toMatch(/X1.*DA99/);
  });

  it('may be listed before its parent', () => {
    const json = {
      ...base,
      items: [
        { code: 'DA4.1.1.1', parent: 'DA4.1.1', name: 'Lớp may', amounts: { total: '2' } },
        { code: 'DA4.1.1', parent: 'DA4.1', name: 'Đào tạo nghề', amounts: { total: '2' } },
      ],
    };
    const r = planFromJson(json);
    if (!r.ok) throw new Error(r.error.text.vi);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(validatePlan(r.plan).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
