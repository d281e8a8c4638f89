import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planFromJson, type Plan } from '../../src/domain/plan';
import { at } from '../../src/domain/findings';
import {
  DEFAULT_SECTION_STYLE,
  isSectionStyle,
  parseSectionStyle,
  renderSection,
  SECTION_STYLE_REGISTRY,
  SECTION_STYLES,
  sectionText,
  type RenderOptions,
} from '../../src/domain/render';

function load(json: unknown): Plan {
  const r = planFromJson(json);
  if (!r.ok) throw new Error(r.error.text.en);
  return r.plan;
}

const muongLay = load(
  JSON.parse(readFileSync(join(__dirname, '../../examples/muong-lay-2024.json'), 'utf8')),
);

/** Seed 001 (huyện Sông Mã, 2024): its figures, its structure. */
const songMa = load({
  unit: 'trieu_dong',
  year: 2024,
  locality: 'huyện Sông Mã',
  items: [
    { code: 'DA1', applicable: false },
    { code: 'DA2', amounts: { total: '7133.25', nstw_su_nghiep: '6667', nsdp: '466.25' } },
    { code: 'DA3.1', amounts: { total: '2756', nstw_su_nghiep: '2756' } },
    { code: 'DA3.2', amounts: { total: '547', nstw_su_nghiep: '547' } },
    { code: 'DA4.1', amounts: { total: '1763', nstw_su_nghiep: '1763' } },
    { code: 'DA4.2', applicable: false },
    { code: 'DA4.3', amounts: { total: '1460', nstw_su_nghiep: '1460' } },
    { code: 'DA5', applicable: false },
    { code: 'DA6.1', applicable: false },
    { code: 'DA6.2', amounts: { total: '275', nstw_su_nghiep: '275' } },
    { code: 'DA7', amounts: { total: '1621', nstw_su_nghiep: '1621' } },
  ],
  stated_totals: { total: '15555.25', nstw: '15089', nsdp: '466.25' },
});

function lines(plan: Plan, options: RenderOptions = {}): string[] {
  return renderSection(plan, options).lines.map((l) => l.text);
}

function block(all: string[], heading: string, count: number): string[] {
  const i = all.indexOf(heading);
  if (i === -1) throw new Error(`no heading ${heading} in\n${all.join('\n')}`);
  return all.slice(i, i + 1 + count);
}

describe('the kinh-phi-thuc-hien style (seed 000, thị xã Mường Lay 2024)', () => {
  const all = lines(muongLay);

  it('reproduces the list form of an item with two stated sources', () => {
    expect(block(all, '3.1. Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo', 4)).toEqual([
      '3.1. Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo',
      'b) Kinh phí thực hiện: 1.695 triệu đồng, cụ thể:',
      '- Ngân sách trung ương: 1.588 triệu đồng (vốn sự nghiệp);',
      '- Ngân sách địa phương: 107 triệu đồng.',
      'c) Đơn vị thực hiện: Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên.',
    ]);
  });

  it('keeps a stated zero as the seed writes it', () => {
    expect(block(all, '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', 3)).toEqual([
      '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
      'b) Kinh phí thực hiện: 3.154 triệu đồng, cụ thể:',
      '- Ngân sách trung ương: 3.154 triệu đồng (vốn sự nghiệp);',
      '- Ngân sách địa phương: 0 triệu đồng.',
    ]);
  });

  it('writes a single stated source on one line (the seed with its parenthesis closed)', () => {
    // The seed writes "197 triệu đồng (Ngân sách trung ương: 197 triệu đồng (vốn sự nghiệp)." — one ")" short.
    expect(block(all, '3.2. Tiểu dự án 3: Hỗ trợ việc làm bền vững', 2)).toEqual([
      '3.2. Tiểu dự án 3: Hỗ trợ việc làm bền vững',
      'b) Kinh phí thực hiện: 197 triệu đồng (Ngân sách trung ương: 197 triệu đồng (vốn sự nghiệp)).',
      'c) Đơn vị thực hiện: Phòng Lao động - Thương binh và Xã hội.',
    ]);
    expect(all).toContain(
      'b) Kinh phí thực hiện: 522 triệu đồng (Ngân sách trung ương: 522 triệu đồng (vốn sự nghiệp)).',
    );
    expect(all).toContain(
      'b) Kinh phí thực hiện: 148 triệu đồng (Ngân sách trung ương: 148 triệu đồng (vốn sự nghiệp)).',
    );
    expect(all).toContain(
      'b) Kinh phí thực hiện: 288 triệu đồng (Ngân sách trung ương: 288 triệu đồng (vốn sự nghiệp)).',
    );
    expect(all).toContain(
      'b) Kinh phí thực hiện: 172 triệu đồng (Ngân sách trung ương: 172 triệu đồng (vốn sự nghiệp)).',
    );
  });

  it('numbers projects and sub-projects in plan order, with their catalogue numbers', () => {
    expect(
      renderSection(muongLay)
        .lines.filter((l) => l.kind === 'heading')
        .map((l) => l.text),
    ).toEqual([
      '1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
      '2. Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng',
      '2.1. Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp',
      '3. Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững',
      '3.1. Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo',
      '3.2. Tiểu dự án 3: Hỗ trợ việc làm bền vững',
      '4. Dự án 6: Truyền thông và giảm nghèo về thông tin',
      '4.1. Tiểu dự án 1: Giảm nghèo về thông tin',
      '4.2. Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều',
      '5. Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình',
      '5.1. Tiểu dự án 1: Nâng cao năng lực thực hiện Chương trình',
      '5.2. Tiểu dự án 2: Giám sát, đánh giá',
    ]);
  });

  it('ends with the section total of the seed', () => {
    expect(all.slice(-4)).toEqual([
      'IV. KINH PHÍ THỰC HIỆN',
      'Tổng kinh phí thực hiện: 7.645 triệu đồng, cụ thể:',
      '- Ngân sách trung ương: 7.538 triệu đồng (vốn sự nghiệp);',
      '- Ngân sách địa phương: 107 triệu đồng.',
    ]);
  });

  it('adds the amount in words after the total when asked', () => {
    expect(lines(muongLay, { words: 'total' })).toContain(
      'Tổng kinh phí thực hiện: 7.645 triệu đồng (Bảy tỷ sáu trăm bốn mươi lăm triệu đồng), cụ thể:',
    );
    const every = lines(muongLay, { words: 'all' });
    expect(every).toContain(
      'b) Kinh phí thực hiện: 1.695 triệu đồng (Một tỷ sáu trăm chín mươi lăm triệu đồng), cụ thể:',
    );
  });

  it('uses the bullet asked for', () => {
    expect(lines(muongLay, { bullet: '+' })).toContain(
      '+ Ngân sách trung ương: 1.588 triệu đồng (vốn sự nghiệp);',
    );
  });
});

describe('the nguon-von-giao style (seed 001, huyện Sông Mã 2024)', () => {
  const all = lines(songMa, { style: 'nguon-von-giao' });

  it('reproduces the "Trong đó" form with decimals', () => {
    expect(block(all, '2. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', 3)).toEqual([
      '2. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
      '- Nguồn vốn giao năm 2024: 7.133,25 triệu đồng. Trong đó:',
      '+ Ngân sách trung ương (vốn sự nghiệp): 6.667 triệu đồng.',
      '+ Ngân sách địa phương: 466,25 triệu đồng.',
    ]);
  });

  it('keeps a single source on the line of the total', () => {
    expect(all).toContain(
      '- Nguồn vốn giao năm 2024: 2.756 triệu đồng. Trong đó: Ngân sách trung ương (vốn sự nghiệp): 2.756 triệu đồng.',
    );
    expect(block(all, '7. Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình', 1)).toEqual([
      '7. Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình',
      '- Nguồn vốn giao năm 2024: 1.621 triệu đồng. Trong đó: Ngân sách trung ương (vốn sự nghiệp): 1.621 triệu đồng.',
    ]);
  });

  it('says which projects the locality is not concerned by', () => {
    expect(
      block(
        all,
        '1. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo',
        1,
      )[1],
    ).toBe('Huyện Sông Mã không thuộc đối tượng của Dự án.');
    expect(block(all, '6.1. Tiểu dự án 1: Giảm nghèo về thông tin', 1)[1]).toBe(
      'Huyện Sông Mã không thuộc đối tượng của Tiểu dự án.',
    );
  });

  it('ends with the programme total of the seed', () => {
    expect(all.slice(-4)).toEqual([
      'IV. NGUỒN LỰC THỰC HIỆN',
      'Nguồn vốn giao thực hiện Chương trình năm 2024: 15.555,25 triệu đồng, gồm:',
      '- Ngân sách Trung ương: 15.089 triệu đồng.',
      '- Ngân sách địa phương đối ứng: 466,25 triệu đồng.',
    ]);
  });

  it('writes the total in words with its decimals in đồng', () => {
    expect(lines(songMa, { style: 'nguon-von-giao', words: 'total' })).toContain(
      'Nguồn vốn giao thực hiện Chương trình năm 2024: 15.555,25 triệu đồng (Mười lăm tỷ năm trăm năm mươi lăm triệu hai trăm năm mươi nghìn đồng), gồm:',
    );
  });
});

describe('other plans', () => {
  it('computes the total from the items when the plan states none, and splits central money', () => {
    const plan = load({
      year: 2025,
      items: [
        { code: 'DA1', amounts: { nstw_dau_tu: '4136', nsdp: '413.6' } },
        { code: 'DA4.1', amounts: { nstw_su_nghiep: '62', nstw_dau_tu: '100' } },
      ],
    });
    const all = lines(plan);
    expect(all).toContain('- Ngân sách trung ương: 4.136 triệu đồng (vốn đầu tư phát triển);');
    expect(all).toContain(
      'b) Kinh phí thực hiện: 162 triệu đồng (Ngân sách trung ương: 162 triệu đồng (vốn sự nghiệp 62 triệu đồng, vốn đầu tư phát triển 100 triệu đồng)).',
    );
    expect(all.slice(-3)).toEqual([
      'Tổng kinh phí thực hiện: 4.711,6 triệu đồng, cụ thể:',
      '- Ngân sách trung ương: 4.298 triệu đồng (vốn sự nghiệp 62 triệu đồng, vốn đầu tư phát triển 4.236 triệu đồng);',
      '- Ngân sách địa phương: 413,6 triệu đồng.',
    ]);
  });

  it('reports an amount that cannot be written in words instead of rounding it', () => {
    const plan = load({ items: [{ code: 'DA2', amounts: { nstw_su_nghiep: '0.0000005' } }] });
    const r = renderSection(plan, { words: 'all' });
    expect(r.findings.map((f) => [f.code, f.where])).toEqual([
      ['WORDS_UNAVAILABLE', at.item('DA2')],
      ['WORDS_UNAVAILABLE', at.plan()],
    ]);
    expect(sectionText(r)).toContain('b) Kinh phí thực hiện: 0,0000005 triệu đồng (Ngân sách trung ương');
  });

  it('renders user rows below a sub-project with their own names', () => {
    const plan = load({
      items: [
        { code: 'DA3.1', amounts: { nstw_su_nghiep: '459' } },
        {
          code: 'DA3.1.1',
          parent: 'DA3.1',
          name: 'Hỗ trợ giống cây trồng',
          amounts: { nstw_su_nghiep: '300' },
        },
      ],
    });
    expect(lines(plan)).toContain('1.1.1. Nội dung 1: Hỗ trợ giống cây trồng');
  });
});

describe('the section style registry', () => {
  it('derives the ids from the registry, each style naming itself, in both languages', () => {
    expect(SECTION_STYLES).toEqual(['kinh-phi-thuc-hien', 'nguon-von-giao']);
    expect(SECTION_STYLES).toContain(DEFAULT_SECTION_STYLE);
    for (const id of SECTION_STYLES) {
      const style = SECTION_STYLE_REGISTRY[id];
      expect(style.id).toBe(id);
      expect(style.label.vi).not.toBe(style.label.en);
      expect(style.label.vi.trim() && style.label.en.trim()).toBeTruthy();
    }
    expect(new Set(SECTION_STYLES.map((id) => SECTION_STYLE_REGISTRY[id].ordinal)).size).toBe(
      SECTION_STYLES.length,
    );
  });

  it('reads a style by id or by ordinal, and nothing else', () => {
    expect(['kinh-phi-thuc-hien', 1, '1', ' 2 ', 'nguon-von-giao'].map(parseSectionStyle)).toEqual([
      'kinh-phi-thuc-hien',
      'kinh-phi-thuc-hien',
      'kinh-phi-thuc-hien',
      'nguon-von-giao',
      'nguon-von-giao',
    ]);
    expect([3, '1.0', 'Kinh-phi-thuc-hien', '', null, undefined, 'toString'].map(parseSectionStyle)).toEqual(
      Array(7).fill(undefined),
    );
    expect(isSectionStyle('nguon-von-giao')).toBe(true);
    expect(isSectionStyle('constructor')).toBe(false);
  });

  it("renders with the style object's own bullet unless another is asked for", () => {
    expect(lines(songMa, { style: 'nguon-von-giao' })).toContain(
      '+ Ngân sách địa phương: 466,25 triệu đồng.',
    );
    expect(lines(songMa, { style: 'nguon-von-giao', bullet: '-' })).toContain(
      '- Ngân sách địa phương: 466,25 triệu đồng.',
    );
    expect(lines(muongLay)).toContain('- Ngân sách địa phương: 107 triệu đồng.');
  });

  it('names the kind of a row the locality is not concerned by from the outline', () => {
    const plan = load({
      locality: 'xã Bình Lư',
      items: [{ code: 'DA2' }, { code: 'DA2.x', parent: 'DA2', name: 'Mô hình nuôi bò', applicable: false }],
    });
    expect(lines(plan)).toContain('Xã Bình Lư không thuộc đối tượng của Nội dung.');
  });
});
