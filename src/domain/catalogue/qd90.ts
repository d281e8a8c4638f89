import type { Catalogue, CatalogueEntry } from './types';

type Row = readonly [code: string, title: string, investment?: boolean];

/**
 * Chương trình MTQG Giảm nghèo bền vững giai đoạn 2021–2025 (Quyết định 90/QĐ-TTg ngày 18/01/2022).
 * Names are those the plans use. Investment money goes to Dự án 1 and Dự án 4 (its
 * Tiểu dự án 1); the rest is recurrent money (vốn sự nghiệp).
 */
const ROWS: readonly Row[] = [
  [
    'DA1',
    'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo',
    true,
  ],
  ['DA2', 'Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo'],
  ['DA3', 'Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng'],
  ['DA3.1', 'Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp'],
  ['DA3.2', 'Cải thiện dinh dưỡng'],
  ['DA4', 'Phát triển giáo dục nghề nghiệp, việc làm bền vững', true],
  ['DA4.1', 'Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn', true],
  ['DA4.2', 'Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng'],
  ['DA4.3', 'Hỗ trợ việc làm bền vững'],
  ['DA5', 'Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo'],
  ['DA6', 'Truyền thông và giảm nghèo về thông tin'],
  ['DA6.1', 'Giảm nghèo về thông tin'],
  ['DA6.2', 'Truyền thông về giảm nghèo đa chiều'],
  ['DA7', 'Nâng cao năng lực và giám sát, đánh giá Chương trình'],
  ['DA7.1', 'Nâng cao năng lực thực hiện Chương trình'],
  ['DA7.2', 'Giám sát, đánh giá'],
];

function toEntry([code, title, investment = false]: Row): CatalogueEntry {
  const m = /^DA(\d+)(?:\.(\d+))?$/.exec(code);
  if (!m) throw new Error(`bad built-in code ${code}`);
  const sub = m[2];
  return sub === undefined
    ? { code, kind: 'du_an', level: 1, parent: null, number: Number(m[1]), title, investment }
    : { code, kind: 'tieu_du_an', level: 2, parent: `DA${m[1]}`, number: Number(sub), title, investment };
}

export const QD90: Catalogue = Object.freeze({
  id: 'qd90-2021-2025',
  shortName: '2021–2025 (QĐ 90/QĐ-TTg)',
  basis: { vi: 'Quyết định 90/QĐ-TTg', en: 'Decision 90/QĐ-TTg' },
  programme: 'Chương trình mục tiêu quốc gia Giảm nghèo bền vững',
  // Its money may still be spent in 2026 (extended to 31/12/2026).
  years: { from: 2021, to: 2026 },
  name: 'Chương trình mục tiêu quốc gia Giảm nghèo bền vững giai đoạn 2021 - 2025 (Quyết định 90/QĐ-TTg)',
  entries: Object.freeze(ROWS.map(toEntry)),
});
