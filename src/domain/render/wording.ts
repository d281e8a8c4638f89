/**
 * What a section style words money with: figures with their unit, amounts in words when asked
 * (a figure that cannot be read in words stays a figure, with a finding), and the stated sources
 * as the list lines name them. One per rendering; the styles in `styles.ts` read it.
 */
import { finding, type Finding, type Text, type Where } from '../findings';
import type { Dec } from '../money/decimal';
import { formatVi } from '../money/format';
import { UNIT_LABEL_VI } from '../money/units';
import { statedNstw } from '../plan/amounts';
import type { Plan, StatedAmounts } from '../plan/model';
import { amountInWords, type WordsOptions } from '../words';
import { RENDER_MESSAGES, type RenderCode } from './messages';

/** Which figures get their amount in words in parentheses after them. */
export type WordsScope = 'none' | 'total' | 'all';

/** One stated source, as the list lines name it. */
export interface SourcePart {
  readonly label: string;
  /** "vốn sự nghiệp", "vốn đầu tư phát triển", or a split of both. */
  readonly kind?: string;
  readonly value: Dec;
}

/** How the sources are named: at an item, or in the plan's total (the styles differ there). */
export interface SourceLabels {
  readonly nstw: string;
  readonly nsdp: string;
  readonly khac: string;
}

/** The names of the sources at an item, in both styles. */
export const ITEM_SOURCE_LABELS: SourceLabels = {
  nstw: 'Ngân sách trung ương',
  nsdp: 'Ngân sách địa phương',
  khac: 'Nguồn vốn khác',
};

/** The wording tools of one rendering. */
export interface Wording {
  readonly plan: Plan;
  /** Bullet before each listed source. */
  readonly bullet: string;
  /** " năm 2024", or "" when the plan states no year. */
  readonly year: string;
  /** "1.695 triệu đồng". */
  fig(value: Dec): string;
  /** "7.645 triệu đồng (Bảy tỷ … đồng)" when the words scope covers this figure, else as {@link fig}. */
  figWords(value: Dec, where: Where, isTotal: boolean): string;
  /** The stated sources in order (central, local, other), named with `labels`. */
  sourceParts(a: StatedAmounts, labels: SourceLabels): SourcePart[];
}

export interface WordingOptions {
  readonly words: WordsScope;
  readonly wordsOptions: WordsOptions;
  readonly bullet: string;
}

/** The wording of one rendering; problems met (amounts without words) go to `findings`. */
export function wording(plan: Plan, options: WordingOptions, findings: Finding<RenderCode>[]): Wording {
  const unitLabel = UNIT_LABEL_VI[plan.unit];
  const fig = (value: Dec): string => `${formatVi(value)} ${unitLabel}`;
  const figWords = (value: Dec, where: Where, isTotal: boolean): string => {
    const base = fig(value);
    if (options.words === 'none' || (options.words === 'total' && !isTotal)) return base;
    const words = amountInWords(value, plan.unit, options.wordsOptions);
    if (words.ok) return `${base} (${words.value})`;
    const text: Text = RENDER_MESSAGES.WORDS_UNAVAILABLE({
      where,
      amount: value,
      unit: plan.unit,
      reason: words.error.text,
    });
    findings.push(finding({ severity: 'warning', code: 'WORDS_UNAVAILABLE', where, actual: value, text }));
    return base;
  };
  const sourceParts = (a: StatedAmounts, labels: SourceLabels): SourcePart[] => {
    const parts: SourcePart[] = [];
    const nstw = statedNstw(a);
    if (nstw !== undefined) {
      const kind = centralKind(a, fig);
      parts.push(
        kind === undefined ? { label: labels.nstw, value: nstw } : { label: labels.nstw, kind, value: nstw },
      );
    }
    if (a.nsdp !== undefined) parts.push({ label: labels.nsdp, value: a.nsdp });
    if (a.khac !== undefined) parts.push({ label: labels.khac, value: a.khac });
    return parts;
  };
  return {
    plan,
    bullet: options.bullet,
    year: plan.year !== undefined ? ` năm ${plan.year}` : '',
    fig,
    figWords,
    sourceParts,
  };
}

/** Which central money it is: vốn sự nghiệp, vốn đầu tư phát triển, both with their figures, or unsaid. */
function centralKind(a: StatedAmounts, fig: (v: Dec) => string): string | undefined {
  const sn = a.nstw_su_nghiep;
  const dt = a.nstw_dau_tu;
  if (sn !== undefined && (dt === undefined || dt.isZero())) return 'vốn sự nghiệp';
  if (dt !== undefined && (sn === undefined || sn.isZero())) return 'vốn đầu tư phát triển';
  if (sn !== undefined && dt !== undefined)
    return `vốn sự nghiệp ${fig(sn)}, vốn đầu tư phát triển ${fig(dt)}`;
  return undefined;
}

/** "- Ngân sách trung ương: 1.588 triệu đồng (vốn sự nghiệp);" … the last line ending with ".". */
export function listLines(parts: readonly SourcePart[], w: Wording): string[] {
  return parts.map((p, i) => {
    const end = i === parts.length - 1 ? '.' : ';';
    const kind = p.kind ? ` (${p.kind})` : '';
    return `${w.bullet} ${p.label}: ${w.fig(p.value)}${kind}${end}`;
  });
}
