import { sumOfSources } from '../../domain/plan/amounts';
import type { Plan, StatedAmounts } from '../../domain/plan/model';
import { renderSection, type SectionStyle } from '../../domain/render/section';
import { DEFAULT_SECTION_STYLE, parseSectionStyle } from '../../domain/render/styles';
import { readOptional } from './cells';
import * as msg from './failures';
import { isFnError, type FnError, type FnResult } from './result';

/** The code of the one item of the plan built for the sentence; it never shows. */
const ITEM = 'GNBV_KINHPHI';

/**
 * GNBV.KINHPHI: one item's kinh phí sentence in the official wording, written by the section renderer
 * (`renderSection`), so the function and the full section never word the same money differently.
 *
 * - `tong`, `nstw` (Ngân sách trung ương), `nsdp` (Ngân sách địa phương), `khac` (nguồn vốn khác), in
 *   triệu đồng. An empty cell is "not stated" and the source is left out of the sentence; 0 is stated.
 *   `nstw` is stated without saying vốn sự nghiệp or vốn đầu tư phát triển, which the argument cannot tell.
 * - `tong` left empty is the sum of the stated sources; given, it must equal that sum exactly, since the
 *   sentence's total must equal the parts it lists.
 * - `kieu` 1 (default): "b) Kinh phí thực hiện: 1.695 triệu đồng, cụ thể: - Ngân sách trung ương: …";
 *   2: "- Nguồn vốn giao: 7.133,25 triệu đồng. Trong đó: + …". The lines are joined by spaces into one text.
 */
export function kinhphi(
  tong: unknown,
  nstw: unknown,
  nsdp: unknown,
  khac?: unknown,
  kieu?: unknown,
): FnResult<string> {
  const stated: StatedAmounts = {};
  const fields = [
    ['nstw', nstw, 'nstw'],
    ['nsdp', nsdp, 'nsdp'],
    ['khac', khac, 'khac'],
    ['tong', tong, 'total'],
  ] as const;
  for (const [arg, raw, key] of fields) {
    const v = readOptional(raw, arg);
    if (isFnError(v)) return v;
    if (v === undefined) continue;
    if (v.isNegative() && !v.isZero()) return msg.negative({ arg }, v);
    stated[key] = v;
  }
  const style = readStyle(kieu);
  if (typeof style !== 'string') return style;
  const sources = sumOfSources(stated);
  if (stated.total === undefined && sources === undefined) {
    return msg.allEmpty();
  }
  if (stated.total !== undefined && sources !== undefined && !stated.total.equals(sources)) {
    return msg.totalMismatch(stated.total, sources);
  }
  const plan: Plan = {
    catalogueId: '',
    unit: 'trieu_dong',
    items: [{ code: ITEM, name: '', level: 1, parent: null, applicable: true, stated }],
    statedTotals: null,
  };
  const lines = renderSection(plan, { style, words: 'none', withoutUnits: true }).lines;
  return lines
    .filter((l) => l.kind === 'money' && l.code === ITEM)
    .map((l) => l.text)
    .join(' ');
}

function readStyle(raw: unknown): SectionStyle | FnError {
  let v = raw;
  while (Array.isArray(v) && v.length === 1) v = (v as unknown[])[0];
  if (v === null || v === undefined || v === '') return DEFAULT_SECTION_STYLE;
  return parseSectionStyle(v) ?? msg.badStyle(typeof v === 'string' || typeof v === 'number' ? v : undefined);
}
