/**
 * The four views of a plan (section text, Word summary table, sheet template, validation) read one
 * outline: on a plan whose tree is broken (a parent cycle, an unknown parent, a repeated code) each
 * shows every row with its money, none dropped silently, and each that reports findings reports
 * the outline's finding, with the same code and text.
 */
import { QD90 } from '../../src/domain/catalogue';
import { dec, formatVi, sum } from '../../src/domain/money';
import { buildOutline, type OutlineCode } from '../../src/domain/outline';
import type { Plan, PlanItem } from '../../src/domain/plan';
import { renderSection, SECTION_STYLES, sectionText } from '../../src/domain/render';
import { validatePlan } from '../../src/domain/validation';
import { buildKinhPhiDocument, summaryTable } from '../../src/export';
import { buildTemplate } from '../../src/sheet';

const item = (code: string, parent: string | null, name: string, nsdp?: string): PlanItem => ({
  code,
  name,
  level: parent === null ? 1 : 4,
  parent,
  applicable: true,
  stated: nsdp === undefined ? {} : { nsdp: dec(nsdp) },
});

const planOf = (items: PlanItem[]): Plan => ({
  catalogueId: QD90.id,
  unit: 'trieu_dong',
  year: 2024,
  items,
  statedTotals: null,
});

interface Case {
  readonly code: OutlineCode;
  readonly plan: Plan;
  /** The rows the broken tree concerns, by name. */
  readonly names: readonly string[];
}

const CASES: [string, Case][] = [
  [
    'a parent cycle (DA4.1.1 below DA4.1.2 below DA4.1.1)',
    {
      code: 'PARENT_CYCLE',
      plan: planOf([
        item('DA4', null, 'Dự án 4'),
        item('DA4.1', 'DA4', 'Tiểu dự án 1', '10'),
        item('DA4.1.1', 'DA4.1.2', 'Đào tạo nghề nông thôn', '12.5'),
        item('DA4.1.2', 'DA4.1.1', 'Sửa chữa xưởng thực hành', '7.25'),
      ]),
      names: ['Đào tạo nghề nông thôn', 'Sửa chữa xưởng thực hành'],
    },
  ],
  [
    'an unknown parent (DA4.1.1 below DA9.9)',
    {
      code: 'UNKNOWN_PARENT',
      plan: planOf([
        item('DA2', null, 'Dự án 2', '3'),
        item('DA4.1.1', 'DA9.9', 'Đào tạo nghề nông thôn', '12.5'),
        item('X7', 'X6', 'Hội nghị tổng kết', '1.5'),
      ]),
      names: ['Đào tạo nghề nông thôn', 'Hội nghị tổng kết'],
    },
  ],
  [
    'a code used twice (DA4.1.1)',
    {
      code: 'DUPLICATE_CODE',
      plan: planOf([
        item('DA4.1', 'DA4', 'Tiểu dự án 1'),
        item('DA4.1.1', 'DA4.1', 'Đào tạo nghề nông thôn', '12.5'),
        item('DA4.1.1', 'DA4.1', 'Sửa chữa xưởng thực hành', '7.25'),
      ]),
      names: ['Đào tạo nghề nông thôn', 'Sửa chữa xưởng thực hành'],
    },
  ],
];

/** Code and Vietnamese text: what a user reads, and what must be the same in every view. */
const said = (findings: readonly { code: string; text: { vi: string } }[], code: string) =>
  findings.filter((f) => f.code === code).map((f) => `${f.code}: ${f.text.vi}`);

describe.each(CASES)('a plan with %s', (_name, { code, plan, names }) => {
  const outline = buildOutline(plan);
  const expected = said(outline.findings, code);
  const statedSum = sum(plan.items.flatMap((i) => i.stated.nsdp ?? []));

  it('makes the outline report an error per problem and keep every row', () => {
    expect(expected).toHaveLength(code === 'UNKNOWN_PARENT' ? 2 : 1);
    expect(outline.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(outline.nodes.filter((n) => n.item)).toHaveLength(plan.items.length);
  });

  it('validatePlan reports the same errors, once each', () => {
    const findings = validatePlan(plan);
    expect(said(findings, code)).toEqual(expected);
    expect(findings.filter((f) => f.code === code)).toEqual(outline.findings.filter((f) => f.code === code));
  });

  it.each(SECTION_STYLES)(
    'the section (%s) has a heading and the money of every row, and the errors',
    (style) => {
      const section = renderSection(plan, { style });
      const text = sectionText(section);
      for (const name of names) expect(text).toContain(name);
      for (const i of plan.items) {
        const heading = section.lines.findIndex(
          (l) => l.kind === 'heading' && l.code === i.code && l.text.endsWith(i.name),
        );
        expect([i.name, heading >= 0]).toEqual([i.name, true]);
        const money = i.stated.nsdp;
        if (money) expect(section.lines[heading + 1]?.text).toContain(`${formatVi(money)} triệu đồng`);
      }
      expect(text).toContain(`${formatVi(statedSum)} triệu đồng`);
      expect(said(section.findings, code)).toEqual(expected);
    },
  );

  it('the Word summary table has a row for every item and totals all their money', () => {
    const table = summaryTable(plan);
    for (const name of names) expect(table.rows.map((r) => r.label)).toContain(name);
    const count = (codes: readonly string[], c: string) => codes.filter((x) => x === c).length;
    const itemCodes = plan.items.map((i) => i.code);
    const rowCodes = table.rows.map((r) => r.code);
    for (const c of itemCodes) expect([c, count(rowCodes, c)]).toEqual([c, count(itemCodes, c)]);
    expect(table.total.nsdp?.toFixed()).toBe(statedSum.toFixed());
    expect(said(table.findings, code)).toEqual(expected);
    const doc = buildKinhPhiDocument(plan, { style: 'kinh-phi-thuc-hien', words: 'none' });
    expect(said(doc.findings, code)).toEqual(expected);
  });

  it('the sheet template writes every row, sums the top rows into TỔNG CỘNG, and reports the errors', () => {
    const { patch, layout, findings } = buildTemplate({ year: 2024, locality: 'x', plan });
    const written = patch.cells.filter((c) => c.address.startsWith('B')).map((c) => c.value);
    for (const name of names) expect(written).toContain(name);
    const codes = new Set(plan.items.map((i) => i.code));
    expect(layout.rows.filter((r) => codes.has(r.code))).toHaveLength(plan.items.length);
    // TỔNG CỘNG sums exactly the top rows, among them the rows a cycle or an unknown parent put there.
    const formula = patch.cells.find((c) => c.address === `G${layout.totalRow + 1}`)?.formula ?? '';
    const summed = new Set<number>();
    for (const [, from, to] of formula.matchAll(/G(\d+)(?::G(\d+))?/g)) {
      for (let r = Number(from); r <= Number(to ?? from); r++) summed.add(r - 1);
    }
    const top = layout.rows.filter((r) => r.parent === null).map((r) => r.row);
    expect([...summed].sort((a, b) => a - b)).toEqual(top);
    expect(said(findings, code)).toEqual(expected);
  });
});

describe('the template of a plan whose catalogue items name a cycle', () => {
  it('keeps each item on its catalogue row and reports the cycle', () => {
    const plan = planOf([item('DA4', 'DA4.1', 'Dự án 4'), item('DA4.1', 'DA4', 'Tiểu dự án 1', '10')]);
    const { layout, findings } = buildTemplate({ year: 2024, locality: 'x', plan });
    expect(layout.rows.filter((r) => r.code === 'DA4' || r.code === 'DA4.1')).toHaveLength(2);
    expect(said(findings, 'PARENT_CYCLE')).toEqual(said(buildOutline(plan).findings, 'PARENT_CYCLE'));
    expect(said(validatePlan(plan), 'PARENT_CYCLE')).toHaveLength(1);
  });
});
