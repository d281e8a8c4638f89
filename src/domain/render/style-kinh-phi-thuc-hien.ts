/**
 * The `kinh-phi-thuc-hien` wording (seed 000, thị xã Mường Lay 2024): "b) Kinh phí thực hiện: 1.695
 * triệu đồng, cụ thể: - Ngân sách trung ương: 1.588 triệu đồng (vốn sự nghiệp); - Ngân sách địa
 * phương: 107 triệu đồng." and "IV. KINH PHÍ THỰC HIỆN … Tổng kinh phí thực hiện: …".
 */
import { at } from '../findings';
import { statedTotal } from '../plan/amounts';
import type { SectionStyleDefinition } from './style-definition';
import { ITEM_SOURCE_LABELS, listLines } from './wording';

export const KINH_PHI_THUC_HIEN = {
  id: 'kinh-phi-thuc-hien',
  label: {
    vi: 'Kinh phí thực hiện ("b) Kinh phí thực hiện: …, cụ thể: …")',
    en: 'Implementation funding ("b) Kinh phí thực hiện: …, cụ thể: …")',
  },
  ordinal: 1,
  bullet: '-',
  sectionTitle: 'KINH PHÍ THỰC HIỆN',
  // List form when two or more sources are stated, else the one-line form.
  itemMoney(stated, w, where) {
    const total = statedTotal(stated);
    if (total === undefined) return [];
    const parts = w.sourceParts(stated, ITEM_SOURCE_LABELS);
    const head = `b) Kinh phí thực hiện: ${w.figWords(total, where, false)}`;
    const first = parts[0];
    if (first === undefined) return [`${head}.`];
    if (parts.length === 1) {
      const kind = first.kind ? ` (${first.kind})` : '';
      return [`${head} (${first.label}: ${w.fig(first.value)}${kind}).`];
    }
    return [`${head}, cụ thể:`, ...listLines(parts, w)];
  },
  unitLine: (unit) => `c) Đơn vị thực hiện: ${unit}.`,
  totalLines(totals, w) {
    const total = statedTotal(totals);
    if (total === undefined) return [];
    const parts = w.sourceParts(totals, ITEM_SOURCE_LABELS);
    const head = `Tổng kinh phí thực hiện: ${w.figWords(total, at.plan(), true)}`;
    if (parts.length === 0) return [`${head}.`];
    return [`${head}, cụ thể:`, ...listLines(parts, w)];
  },
} as const satisfies SectionStyleDefinition<'kinh-phi-thuc-hien'>;
