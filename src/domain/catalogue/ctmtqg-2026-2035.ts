import type { Catalogue, CatalogueEntry, KindStyle } from './types';

/**
 * One nội dung thành phần: code, official name (Thông tư 60/2026/TT-BTC), the numbers of its Nội dung
 * (from Quyết định 417/QĐ-BNNMT's appendix, offered as rows whose names the user types; a few carry
 * the subject the notes give), and whether it may take investment money (vốn đầu tư phát triển).
 */
interface Component {
  readonly code: string;
  readonly title: string;
  readonly investment: boolean;
  readonly contents: readonly number[];
  /** Nội dung with a known subject, or with a money rule of their own. */
  readonly known?: Readonly<Record<number, { readonly title?: string; readonly investment?: boolean }>>;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const HP1: readonly Component[] = [
  {
    code: 'HP1.1',
    title:
      'Hoàn thiện quy hoạch theo quy định bảo đảm đồng bộ, phù hợp, phát huy lợi thế vùng, miền và phát triển bền vững',
    investment: false,
    contents: range(1, 2),
  },
  {
    code: 'HP1.2',
    title:
      'Phát triển hạ tầng kinh tế - xã hội nông thôn toàn diện, đồng bộ, hiện đại, kết nối hiệu quả với đô thị và thích ứng với biến đổi khí hậu',
    investment: true,
    contents: range(1, 14),
    known: { 14: { title: 'Quản lý vận hành và bảo trì công trình', investment: false } },
  },
  {
    code: 'HP1.3',
    title:
      'Phát triển kinh tế nông thôn theo hướng sinh thái, hiện đại, tích hợp đa giá trị và đáp ứng nhu cầu thị trường',
    investment: false,
    contents: range(1, 10),
  },
  {
    code: 'HP1.4',
    title: 'Phát triển nguồn nhân lực và hỗ trợ tạo việc làm bền vững',
    investment: false,
    contents: range(1, 5),
  },
  {
    code: 'HP1.5',
    title: 'Nâng cao chất lượng dịch vụ hành chính công, trợ giúp pháp lý và thúc đẩy bình đẳng giới',
    investment: false,
    contents: range(1, 4),
  },
  {
    code: 'HP1.6',
    title: 'Phát triển khoa học, công nghệ và chuyển đổi số ở nông thôn',
    investment: false,
    contents: [],
  },
  {
    code: 'HP1.7',
    title:
      'Xây dựng môi trường và cảnh quan nông thôn sáng, xanh, sạch, đẹp, an toàn và thích ứng với biến đổi khí hậu; tăng cường công tác bảo đảm an toàn thực phẩm tại khu vực nông thôn',
    investment: false,
    contents: range(1, 4),
  },
  {
    code: 'HP1.8',
    title:
      'Phát huy vai trò của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội trong xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế xã hội vùng đồng bào dân tộc thiểu số và miền núi',
    investment: false,
    contents: range(1, 5),
  },
  {
    code: 'HP1.9',
    title: 'Bảo đảm quốc phòng, an ninh và trật tự an toàn xã hội',
    investment: false,
    contents: range(1, 2),
  },
  {
    code: 'HP1.10',
    title:
      'Nâng cao năng lực, truyền thông, giám sát, đánh giá; triển khai hiệu quả phong trào thi đua về xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi',
    investment: false,
    contents: range(1, 4),
  },
];

const HP2: readonly Component[] = [
  {
    code: 'HP2.1',
    title: 'Đầu tư xây dựng, hoàn thiện cơ sở hạ tầng đặc thù đồng bào dân tộc thiểu số và miền núi',
    investment: true,
    // Its recurrent money (vốn sự nghiệp) goes to Nội dung 05 and 06.
    contents: range(5, 6),
    known: { 5: { investment: false }, 6: { investment: false } },
  },
  {
    code: 'HP2.2',
    title:
      'Hỗ trợ phát triển sản xuất, tạo sinh kế và nâng cao thu nhập cho người dân vùng đồng bào dân tộc thiểu số và miền núi',
    investment: false,
    contents: range(1, 6),
  },
  {
    code: 'HP2.3',
    title: 'Phát triển nguồn nhân lực vùng đồng bào dân tộc thiểu số và miền núi',
    investment: false,
    contents: range(1, 4),
    known: { 3: { title: 'Bình đẳng giới, tảo hôn, hôn nhân cận huyết' } },
  },
  {
    code: 'HP2.4',
    title:
      'Chính sách đặc thù ưu tiên hỗ trợ, phát triển các dân tộc còn gặp nhiều khó khăn, có khó khăn đặc thù',
    investment: false,
    contents: range(1, 2),
  },
  {
    code: 'HP2.5',
    title:
      'Công tác truyền thông, tuyên truyền; ứng dụng công nghệ thông tin, chuyển đổi số hỗ trợ phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số',
    investment: false,
    contents: range(1, 4),
  },
];

const PARTS: readonly { code: string; title: string; components: readonly Component[] }[] = [
  { code: 'HP1', title: 'Hợp phần thứ nhất', components: HP1 },
  { code: 'HP2', title: 'Hợp phần thứ hai', components: HP2 },
];

function entries(): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  PARTS.forEach((part, p) => {
    out.push({
      code: part.code,
      kind: 'hop_phan',
      level: 1,
      parent: null,
      number: p + 1,
      title: part.title,
      investment: part.components.some((c) => c.investment),
    });
    part.components.forEach((c, i) => {
      out.push({
        code: c.code,
        kind: 'noi_dung_thanh_phan',
        level: 2,
        parent: part.code,
        number: i + 1,
        title: c.title,
        investment: c.investment,
      });
      for (const n of c.contents) {
        const known = c.known?.[n];
        out.push({
          code: `${c.code}.${n}`,
          kind: 'noi_dung',
          level: 3,
          parent: c.code,
          number: n,
          title: known?.title ?? '',
          investment: known?.investment ?? c.investment,
        });
      }
    });
  });
  return out;
}

const KINDS: Readonly<Partial<Record<CatalogueEntry['kind'], KindStyle>>> = {
  hop_phan: {
    level: 1,
    word: 'Hợp phần',
    wordEn: 'Component',
    label: 'title',
    table: 'roman',
    child: 'noi_dung_thanh_phan',
  },
  noi_dung_thanh_phan: {
    level: 2,
    word: 'Nội dung thành phần',
    short: 'NDTP',
    wordEn: 'Sub-component',
    label: 'numbered',
    table: 'arabic',
    child: 'noi_dung',
  },
  noi_dung: {
    level: 3,
    word: 'Nội dung',
    wordEn: 'Content item',
    label: 'numbered',
    digits: 2,
    table: 'two-digit',
    child: 'chi_tiet',
  },
  chi_tiet: { level: 4, word: 'Chi tiết', wordEn: 'Detail', label: 'numbered', table: 'dash' },
};

/**
 * Chương trình MTQG xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng
 * đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035 (Nghị quyết 257/2025/QH15; giai đoạn
 * 2026–2030 by Quyết định 417/QĐ-BNNMT). Hợp phần → Nội dung thành phần → Nội dung 01…n. Investment
 * money goes to the infrastructure components HP1.2 and HP2.1 (not to HP1.2's Nội dung 14, upkeep,
 * nor to HP2.1's recurrent Nội dung 05–06): data to check against the decision of each year.
 */
export const CTMTQG_2026_2035: Catalogue = Object.freeze({
  id: 'ctmtqg-2026-2035',
  name: 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035 (Nghị quyết 257/2025/QH15)',
  shortName: '2026–2035 (NQ 257/2025/QH15)',
  basis: {
    vi: 'Nghị quyết 257/2025/QH15, Quyết định 417/QĐ-BNNMT',
    en: 'Resolution 257/2025/QH15, Decision 417/QĐ-BNNMT',
  },
  programme:
    'Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi',
  years: { from: 2026, to: 2035 },
  nameTag: '2026',
  kinds: KINDS,
  entries: Object.freeze(entries()),
});
