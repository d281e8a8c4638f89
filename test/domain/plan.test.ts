import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { at, finding, type Where } from '../../src/domain/findings';
import { Dec, plain } from '../../src/domain/money';
import {
  amountOf,
  childrenIndex,
  findingToJson,
  planAmount,
  planFromJson,
  planToJson,
  rollup,
  statedTotal,
  type Plan,
} from '../../src/domain/plan';

const example = JSON.parse(
  readFileSync(join(__dirname, '../../examples/muong-lay-2024.json'), 'utf8'),
) as unknown;

function load(json: unknown): Plan {
  const r = planFromJson(json);
  if (!r.ok) throw new Error(r.error.text.en);
  return r.plan;
}

describe('plan amounts', () => {
  const plan = load(example);

  it('reads the example plan with names, levels and parents from the catalogue', () => {
    const da43 = plan.items.find((i) => i.code === 'DA4.3');
    expect(da43).toMatchObject({
      name: 'Hỗ trợ việc làm bền vững',
      level: 2,
      parent: 'DA4',
      applicable: true,
    });
    expect(plan.items.find((i) => i.code === 'DA4.1')?.name).toBe(
      'Phát triển giáo dục nghề nghiệp vùng nghèo',
    );
  });

  it('keeps "not stated" apart from a stated zero', () => {
    const da2 = plan.items.find((i) => i.code === 'DA2')!;
    const da43 = plan.items.find((i) => i.code === 'DA4.3')!;
    expect(da2.stated.nsdp && plain(da2.stated.nsdp)).toBe('0');
    expect(da43.stated.nsdp).toBeUndefined();
    expect(da43.stated.khac).toBeUndefined();
  });

  it('derives the central amount and the total from the stated sources', () => {
    expect(plain(amountOf({ nstw_su_nghiep: new Dec(5), nstw_dau_tu: new Dec(7) }, 'nstw')!)).toBe('12');
    expect(plain(statedTotal({ nstw_su_nghiep: new Dec(5), nsdp: new Dec('0.25') })!)).toBe('5.25');
    expect(statedTotal({})).toBeUndefined();
  });

  it('rolls sub-projects up into a project that states nothing itself', () => {
    const children = childrenIndex(plan.items);
    const da4 = plan.items.find((i) => i.code === 'DA4')!;
    expect(plain(rollup(da4, 'total', children)!)).toBe('1892');
    expect(plain(rollup(da4, 'nsdp', children)!)).toBe('107');
    expect(rollup(da4, 'khac', children)).toBeUndefined();
  });

  it('adds the items up to the figures of the plan (7.645 = 7.538 + 107)', () => {
    expect(plain(planAmount(plan, 'total')!)).toBe('7645');
    expect(plain(planAmount(plan, 'nstw')!)).toBe('7538');
    expect(plain(planAmount(plan, 'nsdp')!)).toBe('107');
    expect(plain(plan.statedTotals!.total!)).toBe('7645');
  });

  it('writes the JSON it reads', () => {
    const json = planToJson(plan);
    expect(json.items.find((i) => i.code === 'DA4.1')?.amounts).toEqual({
      total: '1695',
      nstw: '1588',
      nstw_su_nghiep: '1588',
      nsdp: '107',
    });
    const again = load(JSON.parse(JSON.stringify(json)));
    expect(planToJson(again)).toEqual(json);
  });
});

describe('planFromJson errors', () => {
  it.each<[unknown, RegExp]>([
    [[], /\(gốc\) phải là một đối tượng JSON/],
    [{ items: 3 }, /items phải là một mảng/],
    [{ items: [{}] }, /items\[0\]\.code bị thiếu/],
    [
      { items: [{ code: 'DA2', amounts: { nsdp: 'abc' } }] },
      /items\[0\]\.amounts\.nsdp "abc" không phải là một số tiền/,
    ],
    [
      { items: [{ code: 'DA2', amounts: { vay: '1' } }] },
      /items\[0\]\.amounts\.vay không phải là nguồn vốn đã biết/,
    ],
    [{ items: [{ code: 'DA2' }, { code: 'DA2' }] }, /items\[1\]\.code mã DA2 bị lặp/],
    [{ items: [{ code: 'XYZ' }] }, /mã XYZ không có trong danh mục nên phải có "parent" và "name"/],
    [{ unit: 'usd', items: [] }, /unit "usd" không phải đơn vị tiền/],
    [{ catalogue: 'qd-2030', items: [] }, /catalogue "qd-2030" không phải danh mục đã biết/],
    [{ items: [{ code: 'DA2', applicable: 'no' }] }, /items\[0\]\.applicable phải là true hoặc false/],
    [{ items: [{ code: 'DA2', amounts: { total: '1,469' } }] }, /có thể hiểu là 1469/],
  ])('names the place of the problem in %j', (json, message) => {
    const r = planFromJson(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.text.vi).toMatch(message);
  });

  it('accepts user rows below the catalogue and Vietnamese-formatted amounts', () => {
    const plan = load({
      items: [
        { code: 'DA3.1', amounts: { total: '15.555,25' } },
        { code: 'DA3.1.1', parent: 'DA3.1', name: 'Hỗ trợ giống', amounts: { total: '0,25' } },
      ],
      stated_totals: null,
    });
    expect(plan.items[1]).toMatchObject({ level: 3, parent: 'DA3.1', name: 'Hỗ trợ giống' });
    expect(plain(plan.items[0]!.stated.total!)).toBe('15555.25');
  });

  it('reads JSON amounts as plain decimals: "1.469" is one point four six nine', () => {
    const plan = load({ items: [{ code: 'DA2', amounts: { total: '1.469' } }] });
    expect(plain(plan.items[0]!.stated.total!)).toBe('1.469');
  });
});

describe('findings in JSON', () => {
  const text = { vi: 'Thông báo.', en: 'A message.' };
  const json = (where: Where) =>
    findingToJson(finding({ severity: 'warning', code: 'X', where, text, actual: new Dec('1.50') }));

  it('labels an item by its code and the plan by TONG, with both languages and exact amounts', () => {
    expect(json(at.item('DA4.1'))).toEqual({
      severity: 'warning',
      code: 'X',
      where: 'DA4.1',
      message: 'Thông báo.',
      message_en: 'A message.',
      actual: '1.5',
    });
    expect(json(at.plan()).where).toBe('TONG');
  });

  it('adds the line of a document finding and the cell of a sheet finding', () => {
    expect(json(at.line(12, 'DA2'))).toMatchObject({ where: 'DA2', line: 12 });
    expect(json(at.line(3, 'TONG'))).toMatchObject({ where: 'TONG', line: 3 });
    expect(json(at.cell('Kinh phí', 'E16', 'DA3.1'))).toMatchObject({ where: 'DA3.1', cell: 'E16' });
    expect(Object.keys(json(at.item('DA2')))).not.toContain('line');
  });
});

describe('planFromJson failures', () => {
  it('places the failure at its JSON path, the root at no place', () => {
    const r = planFromJson({ items: [{ code: 'DA2', amounts: { nsdp: 'abc' } }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.where).toEqual(at.argument('items[0].amounts.nsdp'));
      expect(r.error.text.en).toBe(
        'Invalid plan JSON: items[0].amounts.nsdp "abc" is not an amount (only digits, dots, commas and one minus sign are allowed).',
      );
    }
    const root = planFromJson([]);
    expect(root.ok).toBe(false);
    if (!root.ok) {
      expect(root.error.where).toEqual(at.none());
      expect(root.error.text).toEqual({
        vi: 'Kế hoạch JSON không hợp lệ: (gốc) phải là một đối tượng JSON.',
        en: 'Invalid plan JSON: (root) must be a JSON object.',
      });
    }
  });
});
