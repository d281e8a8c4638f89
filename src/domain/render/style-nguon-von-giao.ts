/**
 * The `nguon-von-giao` wording (seed 001, huyện Sông Mã 2024): "- Nguồn vốn giao năm 2024: 7.133,25
 * triệu đồng. Trong đó: + Ngân sách trung ương (vốn sự nghiệp): 6.667 triệu đồng. + Ngân sách địa
 * phương: 466,25 triệu đồng." and "IV. NGUỒN LỰC THỰC HIỆN … Nguồn vốn giao thực hiện Chương trình …".
 */
import { at } from '../findings';
import { statedTotal } from '../plan/amounts';
import type { SectionStyleDefinition } from './style-definition';
import { ITEM_SOURCE_LABELS, type SourceLabels } from './wording';

/** The programme total names the central budget with a capital and the local one as counterpart. */
const TOTAL_SOURCE_LABELS: SourceLabels = {
  nstw: 'Ngân sách Trung ương',
  nsdp: 'Ngân sách địa phương đối ứng',
  khac: ITEM_SOURCE_LABELS.khac,
};

export const NGUON_VON_GIAO = {
  id: 'nguon-von-giao',
  label: {
    vi: 'Nguồn vốn giao ("Nguồn vốn giao năm …: …. Trong đó: …")',
    en: 'Allocated funds ("Nguồn vốn giao năm …: …. Trong đó: …")',
  },
  ordinal: 2,
  bullet: '+',
  sectionTitle: 'NGUỒN LỰC THỰC HIỆN',
  // One line when a single source is stated.
  itemMoney(stated, w, where) {
    const total = statedTotal(stated);
    if (total === undefined) return [];
    const head = `- Nguồn vốn giao${w.year}: ${w.figWords(total, where, false)}.`;
    const parts = w
      .sourceParts(stated, ITEM_SOURCE_LABELS)
      .map((p) => `${p.label}${p.kind ? ` (${p.kind})` : ''}: ${w.fig(p.value)}.`);
    if (parts.length === 0) return [head];
    if (parts.length === 1) return [`${head} Trong đó: ${parts[0] ?? ''}`];
    return [`${head} Trong đó:`, ...parts.map((p) => `${w.bullet} ${p}`)];
  },
  // The total lines always take a dash, as the seed writes them; vốn sự nghiệp goes unsaid there.
  totalLines(totals, w) {
    const total = statedTotal(totals);
    if (total === undefined) return [];
    const parts = w.sourceParts(totals, TOTAL_SOURCE_LABELS);
    const head = `Nguồn vốn giao thực hiện Chương trình${w.year}: ${w.figWords(total, at.plan(), true)}`;
    if (parts.length === 0) return [`${head}.`];
    return [
      `${head}, gồm:`,
      ...parts.map((p) => {
        const kind = p.kind && p.kind !== 'vốn sự nghiệp' ? ` (${p.kind})` : '';
        return `- ${p.label}${kind}: ${w.fig(p.value)}.`;
      }),
    ];
  },
} as const satisfies SectionStyleDefinition<'nguon-von-giao'>;
