import { kindStyle } from '../catalogue';
import { at, TONG, type Finding } from '../findings';
import { buildOutline, type Outline, type OutlineCode, type OutlineNode } from '../outline';
import { AMOUNT_KEYS, type Plan, type StatedAmounts } from '../plan/model';
import type { WordsOptions } from '../words';
import type { RenderCode } from './messages';
import {
  DEFAULT_SECTION_STYLE,
  sectionStyle,
  type SectionStyle,
  type SectionStyleDefinition,
} from './styles';
import { wording, type Wording, type WordsScope } from './wording';

export {
  DEFAULT_SECTION_STYLE,
  isSectionStyle,
  parseSectionStyle,
  SECTION_STYLE_REGISTRY,
  SECTION_STYLES,
  sectionStyle,
  type SectionStyle,
  type SectionStyleDefinition,
} from './styles';
export type { WordsScope } from './wording';

export interface RenderOptions {
  /** Default {@link DEFAULT_SECTION_STYLE}. */
  readonly style?: SectionStyle;
  readonly words?: WordsScope;
  readonly wordsOptions?: WordsOptions;
  /** Roman numeral of the section heading (the seeds use IV). */
  readonly sectionNumber?: string;
  /** Bullet before each listed source (`-` or `+`, both occur); default: the style's own. */
  readonly bullet?: '-' | '+';
  /** Leave out the "c) Đơn vị thực hiện" lines. */
  readonly withoutUnits?: boolean;
  /** The plan's outline (plan scope) when the caller has built it already. */
  readonly outline?: Outline;
}

export type SectionLineKind = 'section' | 'heading' | 'money' | 'unit' | 'note' | 'total';

/** One rendered line; `code` ties it to a plan item so a sheet or a document can place it. */
export interface SectionLine {
  readonly kind: SectionLineKind;
  /** 0 section, 1 top rows (Dự án), 2 below them, …; money lines take their row's depth. */
  readonly level: number;
  readonly text: string;
  readonly code?: string;
}

export interface RenderedSection {
  readonly lines: SectionLine[];
  /** The outline's findings (a parent cycle, an unknown parent, …), then problems met while rendering. */
  readonly findings: Finding<RenderCode | OutlineCode>[];
}

/**
 * Renders the kinh phí section of a plan from its outline: a heading per row (numbered 1., 1.1. in
 * document order, catalogue headings the plan does not list put in), its money in the chosen style,
 * its implementing unit, then the section total. Every row of the outline is rendered, including
 * rows of a parent cycle or below an unknown parent (the outline's findings say so). Figures are
 * shown exactly as the plan holds them (never rounded), so a consistent plan renders totals that
 * equal the sum of the parts shown.
 */
export function renderSection(plan: Plan, options: RenderOptions = {}): RenderedSection {
  const style = sectionStyle(options.style ?? DEFAULT_SECTION_STYLE);
  const outline = options.outline ?? buildOutline(plan);
  const findings: Finding<RenderCode | OutlineCode>[] = [...outline.findings];
  const wordFindings: Finding<RenderCode>[] = [];
  const w = wording(
    plan,
    {
      words: options.words ?? 'none',
      wordsOptions: options.wordsOptions ?? {},
      bullet: options.bullet ?? style.bullet,
    },
    wordFindings,
  );
  const lines: SectionLine[] = [];
  for (const node of outline.nodes) {
    const level = node.depth;
    lines.push({
      kind: 'heading',
      level,
      text: `${node.numbering.section} ${node.headingLabel}`,
      code: node.code,
    });
    lines.push(
      ...itemLines(node, w, style, !options.withoutUnits, kindStyle(outline.catalogue, node.kind).word),
    );
  }
  lines.push({
    kind: 'section',
    level: 0,
    text: `${options.sectionNumber ?? 'IV'}. ${style.sectionTitle}`,
    code: TONG,
  });
  for (const text of style.totalLines(sectionTotals(plan, outline), w)) {
    lines.push({ kind: 'total', level: 1, text, code: TONG });
  }
  findings.push(...wordFindings);
  return { lines, findings };
}

/** The section as plain text, one line per line. */
export function sectionText(section: RenderedSection): string {
  return section.lines.map((l) => l.text).join('\n');
}

function itemLines(
  node: OutlineNode,
  w: Wording,
  style: SectionStyleDefinition,
  withUnits: boolean,
  /** "Dự án", "Nội dung thành phần": what a locality not concerned is said not to be concerned by. */
  kindWord: string,
): SectionLine[] {
  const item = node.item;
  if (!item) return [];
  const out: SectionLine[] = [];
  const push = (kind: SectionLineKind, text: string) =>
    out.push({ kind, level: node.depth, text, code: item.code });
  if (!item.applicable) {
    const who = w.plan.locality ? capitalize(w.plan.locality) : 'Địa phương';
    push('note', `${who} không thuộc đối tượng của ${kindWord}.`);
    return out;
  }
  for (const text of style.itemMoney(item.stated, w, at.item(item.code))) push('money', text);
  if (style.unitLine && item.implementingUnit && withUnits)
    push('unit', style.unitLine(item.implementingUnit));
  return out;
}

/**
 * The figures of the section total: the plan's own totals when it states them (validation checks
 * them against the items), else the outline's totals (the sum of the top rows shown).
 */
function sectionTotals(plan: Plan, outline: Outline): StatedAmounts {
  const totals: StatedAmounts = {};
  for (const key of AMOUNT_KEYS) {
    const v = plan.statedTotals ? plan.statedTotals[key] : outline.totals[key];
    if (v !== undefined) totals[key] = v;
  }
  if (plan.statedTotals && totals.nstw !== undefined && totals.nstw_su_nghiep === undefined) {
    // A stated central total without its split: take the split from the items when they give one.
    const sn = outline.totals.nstw_su_nghiep;
    const dt = outline.totals.nstw_dau_tu;
    if (sn !== undefined && sn.plus(dt ?? 0).equals(totals.nstw)) {
      totals.nstw_su_nghiep = sn;
      if (dt !== undefined) totals.nstw_dau_tu = dt;
    }
  }
  return totals;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
