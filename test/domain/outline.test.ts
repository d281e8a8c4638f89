import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entryLabel, QD90, type Catalogue } from '../../src/domain/catalogue';
import { at } from '../../src/domain/findings';
import { dec, plain, type Dec } from '../../src/domain/money';
import {
  buildOutline,
  OUTLINE_MESSAGES,
  type OutlineAmounts,
  type OutlineCode,
  type OutlineMessageArgs,
} from '../../src/domain/outline';
import {
  AMOUNT_KEYS,
  childrenIndex,
  planAmount,
  rollup,
  type Plan,
  type PlanItem,
} from '../../src/domain/plan';
import { summaryTable } from '../../src/export/summary-rows';
import { importPlanText } from '../../src/import';
import { buildTemplate } from '../../src/sheet';
import { bigPlan } from '../fixtures/big-plan';
import { examplePlan } from '../export/helpers';

const figures = (a: OutlineAmounts | Partial<Record<string, Dec>>) =>
  Object.fromEntries(AMOUNT_KEYS.flatMap((k) => (a[k] === undefined ? [] : [[k, plain(a[k])]])));

function item(
  code: string,
  parent: string | null,
  stated: Record<string, number> = {},
  name = code,
): PlanItem {
  return {
    code,
    name,
    level: parent === null ? 1 : 2,
    parent,
    applicable: true,
    stated: Object.fromEntries(Object.entries(stated).map(([k, v]) => [k, dec(String(v))])),
  };
}

function planOf(items: PlanItem[], catalogueId = QD90.id): Plan {
  return { catalogueId, unit: 'trieu_dong', year: 2024, items, statedTotals: null };
}

const FIXTURES = join(__dirname, '../fixtures/plans');
const fixturePlans = (): [string, Plan][] =>
  [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')),
    ...readdirSync(join(FIXTURES, 'other-offices')).map((f) => `other-offices/${f}`),
  ].map((f) => [f, importPlanText(readFileSync(join(FIXTURES, f), 'utf8')).plan]);

/** User rows under a Dự án without Tiểu dự án and under a Tiểu dự án listed without its Dự án. */
const userRowsPlan = (): Plan =>
  planOf([
    item('DA2', null),
    item('DA2.1', 'DA2', {}, 'Mô hình nuôi bò sinh sản'),
    item('DA2.1.1', 'DA2.1', { nstw_su_nghiep: 120.5, nsdp: 6 }, 'Xã Lay Nưa'),
    item('DA2.1.2', 'DA2.1', { nstw_su_nghiep: 80, nsdp: 4 }, 'Phường Na Lay'),
    item('DA2.2', 'DA2', { total: 50, nstw_su_nghiep: 50 }, 'Mô hình trồng cây ăn quả'),
    item('DA4.1', 'DA4', {}, 'Phát triển giáo dục nghề nghiệp'),
    item('DA4.1.1', 'DA4.1', { nstw_dau_tu: 300 }, 'Sửa chữa trường nghề'),
    item('DA7', null, { total: 460, nstw_su_nghiep: 460 }),
    item('DA3.2', 'DA3', { nstw_su_nghiep: 70, khac: 0 }),
  ]);

const plans = (): [string, Plan][] => [
  ['examples/muong-lay-2024.json', examplePlan()],
  ...fixturePlans(),
  ['user rows', userRowsPlan()],
  ['big plan (3 000 rows)', bigPlan(3000)],
];

describe.each(plans())('the outline of %s', (_name, plan) => {
  const outline = buildOutline(plan);

  it('has no finding on a well-formed plan', () => {
    expect(outline.findings).toEqual([]);
  });

  it('rolls up like plan/amounts (a recursive roll-up over the items), item by item and for the plan', () => {
    const children = childrenIndex(plan.items);
    const listed = outline.nodes.flatMap((n) => (n.item ? [{ node: n, item: n.item }] : []));
    expect(
      listed.map(({ node }) => [node.code, AMOUNT_KEYS.map((k) => node.amounts[k]?.toString())]),
    ).toEqual(
      listed.map(({ node, item }) => [
        node.code,
        AMOUNT_KEYS.map((key) => rollup(item, key, children)?.toString()),
      ]),
    );
    expect(AMOUNT_KEYS.map((key) => outline.totals[key]?.toString())).toEqual(
      AMOUNT_KEYS.map((key) => planAmount(plan, key)?.toString()),
    );
  });

  it('in catalogue scope, holds every catalogue entry in catalogue order and every item once', () => {
    const cat = buildOutline(plan, { scope: 'catalogue' });
    expect(
      cat.nodes.filter((n) => n.entry && n.entry === cat.node(n.code)?.entry).map((n) => n.code),
    ).toEqual(expect.arrayContaining(cat.catalogue.entries.map((e) => e.code)));
    expect(
      cat.nodes.flatMap((n) => (n.itemIndex === undefined ? [] : [n.itemIndex])).sort((a, b) => a - b),
    ).toEqual(plan.items.map((_, i) => i));
    expect(figures(cat.totals)).toEqual(figures(outline.totals));
  });
});

describe('the outline of the Mường Lay 2024 example', () => {
  const outline = buildOutline(examplePlan());

  it('numbers Dự án in Roman, Tiểu dự án by their own number, and sections by position', () => {
    expect(outline.nodes.map((n) => `${n.numbering.table} ${n.numbering.section} ${n.code}`)).toEqual([
      'II 1. DA2',
      'III 2. DA3',
      '1 2.1. DA3.1',
      'IV 3. DA4',
      '1 3.1. DA4.1',
      '3 3.2. DA4.3',
      'VI 4. DA6',
      '1 4.1. DA6.1',
      '2 4.2. DA6.2',
      'VII 5. DA7',
      '1 5.1. DA7.1',
      '2 5.2. DA7.2',
    ]);
  });

  it('gives Dự án 4, stated only per Tiểu dự án, the sum of them, and the plan 7.645', () => {
    expect(figures(outline.node('DA4')?.amounts ?? {})).toEqual({
      total: '1892',
      nstw: '1785',
      nstw_su_nghiep: '1785',
      nsdp: '107',
    });
    expect(figures(outline.node('DA4')?.childAmounts ?? {})).toEqual(
      figures(outline.node('DA4')?.amounts ?? {}),
    );
    expect(figures(outline.totals)).toEqual({
      total: '7645',
      nstw: '7538',
      nstw_su_nghiep: '7538',
      nsdp: '107',
    });
  });

  it('looks rows up by code, below and above a row, at the top, and iterates in order', () => {
    expect(outline.node('DA4.3')?.label).toBe('Tiểu dự án 3: Hỗ trợ việc làm bền vững');
    expect(outline.node('DA9')).toBeUndefined();
    expect(outline.children('DA4').map((n) => n.code)).toEqual(['DA4.1', 'DA4.3']);
    const da41 = outline.node('DA4.1');
    expect(da41 && outline.parentOf(da41)?.code).toBe('DA4');
    expect(outline.top().map((n) => n.code)).toEqual(['DA2', 'DA3', 'DA4', 'DA6', 'DA7']);
    expect([...outline]).toEqual(outline.nodes);
    expect(outline.nodes.every((n, i) => n.index === i && n.listed)).toBe(true);
  });
});

describe('user rows and catalogue headings', () => {
  const outline = buildOutline(userRowsPlan());

  it('puts the catalogue heading a listed Tiểu dự án needs above it, unlisted', () => {
    const da4 = outline.node('DA4');
    expect(da4).toMatchObject({ listed: false, kind: 'du_an', numbering: { table: 'IV', section: '2.' } });
    const entry = QD90.entries.find((e) => e.code === 'DA4');
    expect(entry && da4?.label).toBe(entry && entryLabel(entry));
    expect(figures(da4?.amounts ?? {})).toEqual({ total: '300', nstw: '300', nstw_dau_tu: '300' });
  });

  it('numbers nội dung a), b) and nội dung thành phần "-", and heads them "Nội dung n" in the section', () => {
    const rows = outline.nodes.filter((n) => n.code.startsWith('DA2'));
    expect(rows.map((n) => [n.code, n.kind, n.level, n.numbering.table, n.numbering.section])).toEqual([
      ['DA2', 'du_an', 1, 'II', '1.'],
      ['DA2.1', 'noi_dung', 2, 'a)', '1.1.'],
      ['DA2.1.1', 'noi_dung_thanh_phan', 3, '-', '1.1.1.'],
      ['DA2.1.2', 'noi_dung_thanh_phan', 3, '-', '1.1.2.'],
      ['DA2.2', 'noi_dung', 2, 'b)', '1.2.'],
    ]);
    expect(outline.node('DA2.2')?.label).toBe('Mô hình trồng cây ăn quả');
    expect(outline.node('DA2.2')?.headingLabel).toBe('Nội dung 2: Mô hình trồng cây ăn quả');
    expect(outline.node('DA2.1.2')?.headingLabel).toBe('Nội dung thành phần 2: Phường Na Lay');
  });

  it('letters nội dung among nội dung only, beside the Tiểu dự án of the same Dự án', () => {
    const o = buildOutline(
      planOf([item('DA3', null), item('DA3.1', 'DA3'), item('DA3.x', 'DA3', {}, 'Tập huấn')]),
    );
    expect(
      o.nodes.map((n) => [n.code, n.numbering.table, n.numbering.section, n.headingLabel.split(':')[0]]),
    ).toEqual([
      ['DA3', 'III', '1.', 'Dự án 3'],
      ['DA3.1', '1', '1.1.', 'Tiểu dự án 1'],
      ['DA3.x', 'a)', '1.2.', 'Nội dung 1'],
    ]);
  });

  it('rolls exact decimals up two levels, a stated zero staying a zero and "not stated" absent', () => {
    expect(figures(outline.node('DA2.1')?.amounts ?? {})).toEqual({
      total: '210.5',
      nstw: '200.5',
      nstw_su_nghiep: '200.5',
      nsdp: '10',
    });
    expect(figures(outline.node('DA2')?.amounts ?? {})).toEqual({
      total: '260.5',
      nstw: '250.5',
      nstw_su_nghiep: '250.5',
      nsdp: '10',
    });
    expect(figures(outline.node('DA3')?.amounts ?? {})).toEqual({
      total: '70',
      nstw: '70',
      nstw_su_nghiep: '70',
      khac: '0',
    });
    expect(outline.node('DA7')?.childAmounts).toEqual({});
  });

  it('places a row when first met: a Dự án listed after its Tiểu dự án still heads it', () => {
    const plan = planOf([item('DA4.1', 'DA4', { nsdp: 1 }), item('DA2', null), item('DA4', null)]);
    const o = buildOutline(plan);
    expect(o.nodes.map((n) => `${n.numbering.table} ${n.code}`)).toEqual(['IV DA4', '1 DA4.1', 'II DA2']);
    expect(summaryTable(plan).rows.map((r) => `${r.stt} ${r.code}`)).toEqual(['IV DA4', '1 DA4.1', 'II DA2']);
  });
});

describe('catalogue scope', () => {
  it('holds every catalogue entry once, and a top-level user row after them rather than dropping it', () => {
    const plan = planOf([
      item('DA3.1', 'DA3', { nsdp: 5 }),
      item('X1', null, { nsdp: 2 }, 'Hoạt động riêng'),
    ]);
    const o = buildOutline(plan, { scope: 'catalogue' });
    expect(o.nodes.filter((n) => n.entry).map((n) => n.code)).toEqual(QD90.entries.map((e) => e.code));
    expect(o.nodes.at(-1)).toMatchObject({ code: 'X1', parent: null, listed: true, depth: 1 });
    // The template writes it too, summed into TỔNG CỘNG (the template used to leave it out).
    const { patch, layout } = buildTemplate({ year: 2024, locality: 'x', plan });
    const x1 = layout.rows.find((r) => r.code === 'X1');
    expect(x1).toMatchObject({ parent: null, level: 1 });
    expect(patch.cells.find((c) => c.address === `B${(x1?.row ?? 0) + 1}`)?.value).toBe('Hoạt động riêng');
    expect(figures(o.totals)).toEqual({ total: '7', nsdp: '7' });
    expect(o.findings).toEqual([]);
  });

  it('takes kinds, levels, numbers and titles from the catalogue, not from DA codes', () => {
    const hp: Catalogue = {
      id: 'test-2026',
      name: 'Chương trình thử 2026 - 2035',
      entries: [
        {
          code: 'HP1',
          kind: 'du_an',
          level: 1,
          parent: null,
          number: 1,
          title: 'Hợp phần thứ nhất',
          investment: true,
        },
        {
          code: 'HP1.2',
          kind: 'tieu_du_an',
          level: 2,
          parent: 'HP1',
          number: 2,
          title: 'Hạ tầng',
          investment: true,
        },
        {
          code: 'HP1.2.14',
          kind: 'noi_dung',
          level: 3,
          parent: 'HP1.2',
          number: 14,
          title: 'Bảo trì',
          investment: false,
        },
        {
          code: 'HP2',
          kind: 'du_an',
          level: 1,
          parent: null,
          number: 2,
          title: 'Hợp phần thứ hai',
          investment: true,
        },
      ],
    };
    const plan = planOf(
      [
        item('HP1.2.14', 'HP1.2', { nstw_su_nghiep: 9 }, 'Bảo trì'),
        item('HP1.2.14.a', 'HP1.2.14', { nsdp: 1 }, 'Xã A'),
      ],
      hp.id,
    );
    const o = buildOutline(plan, { catalogue: hp });
    expect(o.findings).toEqual([]);
    expect(o.nodes.map((n) => [n.code, n.kind, n.level, n.numbering.table, n.listed])).toEqual([
      ['HP1', 'du_an', 1, 'I', false],
      ['HP1.2', 'tieu_du_an', 2, '2', false],
      ['HP1.2.14', 'noi_dung', 3, 'o)', true],
      ['HP1.2.14.a', 'noi_dung_thanh_phan', 4, '-', true],
    ]);
    expect(o.nodes.map((n) => n.label).slice(0, 3)).toEqual(hp.entries.slice(0, 3).map((e) => entryLabel(e)));
    const all = buildOutline(plan, { catalogue: hp, scope: 'catalogue' });
    expect(all.nodes.map((n) => n.code)).toEqual(['HP1', 'HP1.2', 'HP1.2.14', 'HP1.2.14.a', 'HP2']);
  });
});

describe('problems of the tree are findings, and no row is dropped', () => {
  it('puts every row of a parent cycle at the top, flagged, with one error naming the cycle', () => {
    const plan = planOf([
      item('DA2', null, { nsdp: 1 }),
      item('U1', 'U2', { nsdp: 2 }),
      item('U2', 'U3', { nsdp: 3 }),
      item('U3', 'U1'),
      item('U4', 'U3', { nsdp: 4 }),
    ]);
    const o = buildOutline(plan);
    expect(o.nodes.map((n) => [n.code, n.parent, n.problems])).toEqual([
      ['DA2', null, []],
      ['U1', null, ['PARENT_CYCLE']],
      ['U2', null, ['PARENT_CYCLE']],
      ['U3', null, ['PARENT_CYCLE']],
      ['U4', 'U3', []],
    ]);
    expect(o.findings).toEqual([
      {
        severity: 'error',
        code: 'PARENT_CYCLE',
        where: at.item('U1'),
        text: {
          vi: 'Mục cha của 3 mục tạo thành vòng lặp (U1 → U2 → U3 → U1); các mục này được đặt ở cấp trên cùng.',
          en: 'The parents of 3 items form a cycle (U1 → U2 → U3 → U1); these items are placed at the top level.',
        },
      },
    ]);
    expect(figures(o.node('U3')?.amounts ?? {})).toEqual({ total: '4', nsdp: '4' });
    expect(figures(o.totals)).toEqual({ total: '10', nsdp: '10' });
    const cat = buildOutline(plan, { scope: 'catalogue' });
    expect(cat.findings).toEqual(o.findings);
    expect(plan.items.every((i) => cat.nodes.filter((n) => n.item === i).length === 1)).toBe(true);
  });

  it('reports a row naming itself as parent', () => {
    const o = buildOutline(planOf([item('U1', 'U1', { nsdp: 2 })]));
    expect(o.nodes.map((n) => n.code)).toEqual(['U1']);
    expect(o.findings.map((f) => f.text.vi)).toEqual([
      'U1 ghi chính nó là mục cha; mục này được đặt ở cấp trên cùng.',
    ]);
  });

  it('puts a row whose parent nobody has at the top with an error naming the parent', () => {
    const plan = planOf([
      item('DA2', null),
      item('DA4.1', 'DA9', { nsdp: 3 }),
      item('U1', 'U9', { nsdp: 1 }),
    ]);
    const o = buildOutline(plan);
    expect(o.nodes.map((n) => [n.code, n.parent, n.depth, n.problems])).toEqual([
      ['DA2', null, 1, []],
      ['DA4.1', null, 1, ['UNKNOWN_PARENT']],
      ['U1', null, 1, ['UNKNOWN_PARENT']],
    ]);
    expect(o.findings.map((f) => [f.severity, f.code, f.where, f.text.vi])).toEqual([
      [
        'error',
        'UNKNOWN_PARENT',
        at.item('DA4.1'),
        'DA4.1 ghi mục cha DA9 nhưng kế hoạch và danh mục không có mục DA9.',
      ],
      [
        'error',
        'UNKNOWN_PARENT',
        at.item('U1'),
        'U1 ghi mục cha U9 nhưng kế hoạch và danh mục không có mục U9.',
      ],
    ]);
    expect(figures(o.totals)).toEqual({ total: '4', nsdp: '4' });
  });

  it('reports the same findings in catalogue scope, where a catalogue item keeps its entry row', () => {
    const plans = [
      planOf([item('DA2', null), item('DA4.1', 'DA9', { nsdp: 3 }), item('U1', 'U9', { nsdp: 1 })]),
      planOf([item('DA4', 'DA4.1'), item('DA4.1', 'DA4', { nsdp: 3 }), item('DA2', null)]),
      planOf([item('U1', 'U2'), item('U2', 'U1'), item('DA2', null), item('DA2', null)]),
    ];
    for (const plan of plans) {
      const o = buildOutline(plan);
      const cat = buildOutline(plan, { scope: 'catalogue' });
      expect(o.findings.length).toBeGreaterThan(0);
      expect(cat.findings).toEqual(o.findings);
      for (const [i, it] of plan.items.entries()) {
        const rows = cat.nodes.filter((n) => n.item === it);
        expect([i, rows.length, rows[0]?.problems]).toEqual([
          i,
          1,
          o.nodes.find((n) => n.item === it)?.problems,
        ]);
      }
    }
    const cat = buildOutline(plans[0] ?? planOf([]), { scope: 'catalogue' });
    expect(cat.node('DA4.1')).toMatchObject({ parent: 'DA4', depth: 2, problems: ['UNKNOWN_PARENT'] });
    expect(cat.node('U1')).toMatchObject({ parent: null, depth: 1, problems: ['UNKNOWN_PARENT'] });
  });

  it('keeps both rows of a repeated code, reported once, both flagged', () => {
    const plan = planOf([
      item('DA4', null),
      item('DA4.1', 'DA4', { nsdp: 1 }),
      item('DA4.1', 'DA4', { nsdp: 2 }),
      item('DA4.1.1', 'DA4.1', { nsdp: 5 }),
    ]);
    const o = buildOutline(plan);
    expect(o.nodesOf('DA4.1').map((n) => [n.item, n.problems, n.children])).toEqual([
      [plan.items[1], ['DUPLICATE_CODE'], ['DA4.1.1']],
      [plan.items[2], ['DUPLICATE_CODE'], []],
    ]);
    expect(o.node('DA4.1')?.item).toBe(plan.items[1]);
    expect(o.findings.map((f) => [f.code, f.where, f.text.vi])).toEqual([
      [
        'DUPLICATE_CODE',
        at.item('DA4.1'),
        'Mã DA4.1 được dùng cho 2 dòng của kế hoạch; mỗi mã chỉ được dùng cho một dòng.',
      ],
    ]);
    // Both rows count in their parent, as plan/amounts adds up every child item.
    expect(figures(o.node('DA4')?.amounts ?? {})).toEqual({ total: '3', nsdp: '3' });
    expect(o.totals.nsdp?.toString()).toBe(planAmount(plan, 'nsdp')?.toString());
    const cat = buildOutline(plan, { scope: 'catalogue' });
    expect(cat.nodesOf('DA4.1').map((n) => n.item)).toEqual([plan.items[1], plan.items[2]]);
  });

  it('warns about an unknown catalogue and uses the default one', () => {
    const o = buildOutline(planOf([item('DA4.1', 'DA4', { nsdp: 1 })], 'khong-co'));
    expect(o.catalogue).toBe(QD90);
    expect(o.nodes.map((n) => n.code)).toEqual(['DA4', 'DA4.1']);
    expect(o.findings.map((f) => [f.severity, f.code, f.where])).toEqual([
      ['warning', 'UNKNOWN_CATALOGUE', at.none()],
    ]);
  });
});

describe('OUTLINE_MESSAGES', () => {
  const samples: { [C in OutlineCode]: OutlineMessageArgs[C] } = {
    PARENT_CYCLE: { codes: ['U1', 'U2'] },
    UNKNOWN_PARENT: { code: 'DA4.1', parent: 'DA9' },
    DUPLICATE_CODE: { code: 'DA4.1', count: 2 },
    UNKNOWN_CATALOGUE: { id: 'x', fallback: 'QD 90' },
  };

  it.each(Object.keys(samples) as OutlineCode[])(
    '%s speaks Vietnamese with diacritics and English',
    (code) => {
      const text = (OUTLINE_MESSAGES[code] as (a: unknown) => { vi: string; en: string })(samples[code]);
      expect(text.vi.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.vi).not.toBe(text.en);
      expect(text.vi).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/);
      expect(text.en).toMatch(/^[\x20-\x7e→…]+$/);
    },
  );

  it('shortens a long cycle', () => {
    const codes = Array.from({ length: 20 }, (_, i) => `U${i}`);
    const text = OUTLINE_MESSAGES.PARENT_CYCLE({ codes });
    expect(text.vi).toContain('(U0 → U1 → U2 → U3 → U4 → U5 → U6 → U7 → … → U0)');
    expect(text.vi).toContain('20 mục');
  });
});
