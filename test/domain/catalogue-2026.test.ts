/**
 * The 2026–2035 merged programme's catalogue: every official name exactly, its three levels, the
 * Nội dung offered as rows to fill in, labels and STT from the catalogue, investment as data, and the
 * 2021–2025 catalogue beside it unchanged.
 */
import {
  builtInCatalogue,
  builtInCatalogueIds,
  CatalogueIndex,
  CTMTQG_2026_2035,
  defaultCatalogueFor,
  entryLabel,
  extendCatalogue,
  QD90,
} from '../../src/domain/catalogue';
import { buildOutline } from '../../src/domain/outline';
import { dec } from '../../src/domain/money';
import { planAmount, type Plan } from '../../src/domain/plan';
import { validatePlan } from '../../src/domain/validation';

/** The nội dung thành phần as the domain notes name them (Thông tư 60/2026/TT-BTC). */
const COMPONENTS: readonly [string, string][] = [
  [
    'HP1.1',
    'Hoàn thiện quy hoạch theo quy định bảo đảm đồng bộ, phù hợp, phát huy lợi thế vùng, miền và phát triển bền vững',
  ],
  [
    'HP1.2',
    'Phát triển hạ tầng kinh tế - xã hội nông thôn toàn diện, đồng bộ, hiện đại, kết nối hiệu quả với đô thị và thích ứng với biến đổi khí hậu',
  ],
  [
    'HP1.3',
    'Phát triển kinh tế nông thôn theo hướng sinh thái, hiện đại, tích hợp đa giá trị và đáp ứng nhu cầu thị trường',
  ],
  ['HP1.4', 'Phát triển nguồn nhân lực và hỗ trợ tạo việc làm bền vững'],
  ['HP1.5', 'Nâng cao chất lượng dịch vụ hành chính công, trợ giúp pháp lý và thúc đẩy bình đẳng giới'],
  ['HP1.6', 'Phát triển khoa học, công nghệ và chuyển đổi số ở nông thôn'],
  [
    'HP1.7',
    'Xây dựng môi trường và cảnh quan nông thôn sáng, xanh, sạch, đẹp, an toàn và thích ứng với biến đổi khí hậu; tăng cường công tác bảo đảm an toàn thực phẩm tại khu vực nông thôn',
  ],
  [
    'HP1.8',
    'Phát huy vai trò của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội trong xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế xã hội vùng đồng bào dân tộc thiểu số và miền núi',
  ],
  ['HP1.9', 'Bảo đảm quốc phòng, an ninh và trật tự an toàn xã hội'],
  [
    'HP1.10',
    'Nâng cao năng lực, truyền thông, giám sát, đánh giá; triển khai hiệu quả phong trào thi đua về xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi',
  ],
  ['HP2.1', 'Đầu tư xây dựng, hoàn thiện cơ sở hạ tầng đặc thù đồng bào dân tộc thiểu số và miền núi'],
  [
    'HP2.2',
    'Hỗ trợ phát triển sản xuất, tạo sinh kế và nâng cao thu nhập cho người dân vùng đồng bào dân tộc thiểu số và miền núi',
  ],
  ['HP2.3', 'Phát triển nguồn nhân lực vùng đồng bào dân tộc thiểu số và miền núi'],
  [
    'HP2.4',
    'Chính sách đặc thù ưu tiên hỗ trợ, phát triển các dân tộc còn gặp nhiều khó khăn, có khó khăn đặc thù',
  ],
  [
    'HP2.5',
    'Công tác truyền thông, tuyên truyền; ứng dụng công nghệ thông tin, chuyển đổi số hỗ trợ phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số',
  ],
];

/** Numbers of the Nội dung each component lists in the notes (HP2.1: its recurrent 05–06). */
const CONTENT_NUMBERS: Readonly<Record<string, readonly number[]>> = {
  'HP1.1': [1, 2],
  'HP1.2': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  'HP1.3': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  'HP1.4': [1, 2, 3, 4, 5],
  'HP1.5': [1, 2, 3, 4],
  'HP1.6': [],
  'HP1.7': [1, 2, 3, 4],
  'HP1.8': [1, 2, 3, 4, 5],
  'HP1.9': [1, 2],
  'HP1.10': [1, 2, 3, 4],
  'HP2.1': [5, 6],
  'HP2.2': [1, 2, 3, 4, 5, 6],
  'HP2.3': [1, 2, 3, 4],
  'HP2.4': [1, 2],
  'HP2.5': [1, 2, 3, 4],
};

const index = new CatalogueIndex(CTMTQG_2026_2035);

describe('the 2026–2035 catalogue', () => {
  it('sits beside the 2021–2025 one, chosen by id or by the plan year', () => {
    expect(builtInCatalogueIds()).toEqual(['qd90-2021-2025', 'ctmtqg-2026-2035']);
    expect(builtInCatalogue('ctmtqg-2026-2035')).toBe(CTMTQG_2026_2035);
    expect(defaultCatalogueFor(2025)).toBe(QD90);
    expect(defaultCatalogueFor(2026)).toBe(CTMTQG_2026_2035);
    expect(defaultCatalogueFor(2031)).toBe(CTMTQG_2026_2035);
    expect(defaultCatalogueFor(undefined)).toBe(QD90);
  });

  it('has two hợp phần and the fifteen nội dung thành phần, with their official names exactly', () => {
    const top = index.children(null);
    expect(top.map((e) => [e.code, e.kind, e.level, e.title])).toEqual([
      ['HP1', 'hop_phan', 1, 'Hợp phần thứ nhất'],
      ['HP2', 'hop_phan', 1, 'Hợp phần thứ hai'],
    ]);
    const components = CTMTQG_2026_2035.entries.filter((e) => e.level === 2);
    expect(components.map((e) => [e.code, e.title])).toEqual(COMPONENTS);
    for (const c of components) {
      expect({ code: c.code, kind: c.kind, parent: c.parent }).toEqual({
        code: c.code,
        kind: 'noi_dung_thanh_phan',
        parent: c.code.split('.')[0],
      });
      expect(c.number).toBe(Number(c.code.split('.')[1]));
    }
  });

  it('offers the Nội dung the notes number, as rows whose names the user types', () => {
    for (const [code, numbers] of Object.entries(CONTENT_NUMBERS)) {
      const rows = index.children(code);
      expect({ code, numbers: rows.map((e) => e.number) }).toEqual({ code, numbers });
      for (const r of rows) {
        expect(r.code).toBe(`${code}.${r.number}`);
        expect(r.kind).toBe('noi_dung');
        expect(r.level).toBe(3);
      }
    }
    // Every entry is one of the above: no stray row.
    expect(CTMTQG_2026_2035.entries).toHaveLength(
      2 + COMPONENTS.length + Object.values(CONTENT_NUMBERS).flat().length,
    );
    expect(index.get('HP1.2.14')?.title).toBe('Quản lý vận hành và bảo trì công trình');
    expect(index.get('HP1.2.13')?.title).toBe('');
  });

  it('labels rows by the catalogue: ordinal hợp phần, numbered components, two-digit Nội dung', () => {
    const label = (code: string) => {
      const e = index.get(code);
      if (!e) throw new Error(code);
      return entryLabel(e, CTMTQG_2026_2035);
    };
    expect(label('HP1')).toBe('Hợp phần thứ nhất');
    expect(label('HP2.2')).toBe(
      'Nội dung thành phần 2: Hỗ trợ phát triển sản xuất, tạo sinh kế và nâng cao thu nhập cho người dân vùng đồng bào dân tộc thiểu số và miền núi',
    );
    expect(label('HP1.2.14')).toBe('Nội dung 14: Quản lý vận hành và bảo trì công trình');
    expect(label('HP1.1.1')).toBe('Nội dung 01');
    // The 2021–2025 labels are as before.
    const da43 = new CatalogueIndex(QD90).get('DA4.3');
    expect(da43 && entryLabel(da43, QD90)).toBe('Tiểu dự án 3: Hỗ trợ việc làm bền vững');
  });

  it('says where investment money may go, as data', () => {
    const investing = CTMTQG_2026_2035.entries.filter((e) => e.investment).map((e) => e.code);
    expect(investing).toEqual([
      'HP1',
      'HP1.2',
      ...Array.from({ length: 13 }, (_, i) => `HP1.2.${i + 1}`),
      'HP2',
      'HP2.1',
    ]);
  });

  it('numbers a plan outline I, 1, 01 and puts user rows at the kind the catalogue says', () => {
    const plan: Plan = {
      catalogueId: CTMTQG_2026_2035.id,
      unit: 'trieu_dong',
      statedTotals: null,
      items: [
        {
          code: 'HP1.2.3',
          parent: 'HP1.2',
          level: 3,
          name: 'Đường giao thông nội đồng',
          applicable: true,
          stated: { nstw_dau_tu: dec('1200') },
        },
        {
          code: 'HP1.2.3.1',
          parent: 'HP1.2.3',
          level: 4,
          name: 'Tuyến bản Nà Ca',
          applicable: true,
          stated: { nstw_dau_tu: dec('700') },
        },
        {
          code: 'HP2.5.15',
          parent: 'HP2.5',
          level: 3,
          name: 'Tuyên truyền lưu động',
          applicable: true,
          stated: { nsdp: dec('12.5') },
        },
      ],
    };
    const o = buildOutline(plan);
    expect(o.findings).toEqual([]);
    expect(o.nodes.map((n) => [n.code, n.kind, n.level, n.numbering.table, n.headingLabel])).toEqual([
      ['HP1', 'hop_phan', 1, 'I', 'Hợp phần thứ nhất'],
      ['HP1.2', 'noi_dung_thanh_phan', 2, '2', `Nội dung thành phần 2: ${COMPONENTS[1]?.[1]}`],
      ['HP1.2.3', 'noi_dung', 3, '03', 'Nội dung 03: Đường giao thông nội đồng'],
      ['HP1.2.3.1', 'chi_tiet', 4, '-', 'Chi tiết 1: Tuyến bản Nà Ca'],
      ['HP2', 'hop_phan', 1, 'II', 'Hợp phần thứ hai'],
      ['HP2.5', 'noi_dung_thanh_phan', 2, '5', `Nội dung thành phần 5: ${COMPONENTS[14]?.[1]}`],
      ['HP2.5.15', 'noi_dung', 3, '15', 'Nội dung 15: Tuyên truyền lưu động'],
    ]);
  });

  it('rolls a Nội dung whose component is not listed into its hợp phần, once (plan totals = outline totals)', () => {
    const plan: Plan = {
      catalogueId: CTMTQG_2026_2035.id,
      unit: 'trieu_dong',
      statedTotals: null,
      items: [
        {
          code: 'HP2',
          parent: null,
          level: 1,
          name: '',
          applicable: true,
          stated: { total: dec('145'), nsdp: dec('145') },
        },
        {
          code: 'HP2.3.3',
          parent: 'HP2.3',
          level: 3,
          name: 'Phòng chống tảo hôn',
          applicable: true,
          stated: { total: dec('145'), nsdp: dec('145') },
        },
      ],
    };
    const outline = buildOutline(plan);
    expect(outline.findings).toEqual([]);
    expect(outline.nodes.map((n) => n.code)).toEqual(['HP2', 'HP2.3', 'HP2.3.3']);
    expect(planAmount(plan, 'total')?.toFixed()).toBe('145');
    expect(outline.totals.total?.toFixed()).toBe('145');
    expect(validatePlan(plan)).toEqual([]);
  });

  it('extends below a nội dung thành phần with nội dung, and refuses rows below a detail', () => {
    const { catalogue, findings } = extendCatalogue(CTMTQG_2026_2035, [
      { code: 'HP1.6.1', parent: 'HP1.6', title: 'Số hóa bản đồ nông thôn' },
      { code: 'HP1.6.1.1', parent: 'HP1.6.1', title: 'Thôn Nà Ca' },
      { code: 'HP1.6.1.1.1', parent: 'HP1.6.1.1', title: 'Quá sâu' },
    ]);
    const added = new CatalogueIndex(catalogue);
    expect(added.get('HP1.6.1')).toMatchObject({ kind: 'noi_dung', level: 3, number: 1, userDefined: true });
    expect(added.get('HP1.6.1.1')).toMatchObject({ kind: 'chi_tiet', level: 4 });
    expect(findings.map((f) => [f.code, f.where])).toEqual([
      ['CATALOGUE_ROW', { kind: 'item', code: 'HP1.6.1.1.1' }],
    ]);
    expect(catalogue.kinds).toBe(CTMTQG_2026_2035.kinds);
  });
});
