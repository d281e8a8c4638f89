import { builtInCatalogue, CatalogueIndex, entryLabel, type CatalogueEntry } from '../catalogue';
import { at, finding, type Finding, type Where } from '../findings';
import { formatVi } from '../money/format';
import type { Dec } from '../money/decimal';
import { UNIT_LABEL_VI } from '../money/units';
import { childrenIndex, planAmount, statedNstw, statedTotal } from '../plan/amounts';
import type { AmountKey, Plan, PlanItem, StatedAmounts } from '../plan/model';
import { amountInWords, type WordsOptions } from '../words';
import { RENDER_MESSAGES, type RenderCode } from './messages';

/**
 * The wordings of the seeds:
 * - `kinh-phi-thuc-hien` (thị xã Mường Lay 2024): "b) Kinh phí thực hiện: 1.695 triệu đồng, cụ thể:
 *   - Ngân sách trung ương: 1.588 triệu đồng (vốn sự nghiệp); - Ngân sách địa phương: 107 triệu đồng."
 *   and "IV. KINH PHÍ THỰC HIỆN … Tổng kinh phí thực hiện: …";
 * - `nguon-von-giao` (huyện Sông Mã 2024): "- Nguồn vốn giao năm 2024: 7.133,25 triệu đồng. Trong đó:
 *   + Ngân sách trung ương (vốn sự nghiệp): 6.667 triệu đồng. + Ngân sách địa phương: 466,25 triệu đồng."
 */
export type SectionStyle = 'kinh-phi-thuc-hien' | 'nguon-von-giao';

export const SECTION_STYLES: readonly SectionStyle[] = ['kinh-phi-thuc-hien', 'nguon-von-giao'];

/** Which figures get their amount in words in parentheses after them. */
export type WordsScope = 'none' | 'total' | 'all';

export interface RenderOptions {
  readonly style?: SectionStyle;
  readonly words?: WordsScope;
  readonly wordsOptions?: WordsOptions;
  /** Roman numeral of the section heading (the seeds use IV). */
  readonly sectionNumber?: string;
  /** Bullet before each source line in the `kinh-phi-thuc-hien` style (`-` or `+`, both occur). */
  readonly bullet?: '-' | '+';
  /** Leave out the "c) Đơn vị thực hiện" lines. */
  readonly withoutUnits?: boolean;
}

export type SectionLineKind = 'section' | 'heading' | 'money' | 'unit' | 'note' | 'total';

/** One rendered line; `code` ties it to a plan item so a sheet or a document can place it. */
export interface SectionLine {
  readonly kind: SectionLineKind;
  /** 0 section, 1 Dự án, 2 Tiểu dự án, 3–4 user rows; money lines take their item's level. */
  readonly level: number;
  readonly text: string;
  readonly code?: string;
}

export interface RenderedSection {
  readonly lines: SectionLine[];
  /** Problems met while rendering (an amount that cannot be read in words). */
  readonly findings: Finding<RenderCode>[];
}

interface Ctx {
  readonly plan: Plan;
  readonly style: SectionStyle;
  readonly words: WordsScope;
  readonly wordsOptions: WordsOptions;
  readonly bullet: string;
  readonly withUnits: boolean;
  readonly unitLabel: string;
  readonly findings: Finding<RenderCode>[];
}

/**
 * Renders the kinh phí section of a plan: a heading per Dự án / Tiểu dự án (numbered
 * 1., 1.1. in plan order), its money in the chosen style, its implementing unit, then the
 * section total. Figures are shown exactly as the plan holds them (never rounded), so a
 * consistent plan renders totals that equal the sum of the parts shown.
 */
export function renderSection(plan: Plan, options: RenderOptions = {}): RenderedSection {
  const ctx: Ctx = {
    plan,
    style: options.style ?? 'kinh-phi-thuc-hien',
    words: options.words ?? 'none',
    wordsOptions: options.wordsOptions ?? {},
    bullet: options.bullet ?? '-',
    withUnits: !options.withoutUnits,
    unitLabel: UNIT_LABEL_VI[plan.unit],
    findings: [],
  };
  const catalogue = builtInCatalogue(plan.catalogueId);
  const index = catalogue ? new CatalogueIndex(catalogue) : undefined;
  const lines: SectionLine[] = [];
  const byCode = new Map(plan.items.map((i) => [i.code, i]));
  const children = childrenIndex(plan.items);

  // Headings: every item, and the catalogue parents of items that the plan does not list itself.
  const roots: string[] = [];
  const kids = new Map<string, string[]>();
  const place = (code: string, parent: string | null) => {
    if (parent === null) {
      if (!roots.includes(code)) roots.push(code);
      return;
    }
    const list = kids.get(parent) ?? [];
    if (!list.includes(code)) list.push(code);
    kids.set(parent, list);
    if (!byCode.has(parent)) place(parent, index?.get(parent)?.parent ?? null);
  };
  for (const item of plan.items) place(item.code, item.parent);

  const walk = (code: string, number: string, level: number, nth: number) => {
    const item = byCode.get(code);
    const entry = index?.get(code);
    lines.push({
      kind: 'heading',
      level,
      text: `${number}. ${headingLabel(item, entry, code, nth, index)}`,
      code,
    });
    if (item) lines.push(...itemLines(item, level, ctx));
    (kids.get(code) ?? []).forEach((kid, i) => walk(kid, `${number}.${i + 1}`, level + 1, i + 1));
  };
  roots.forEach((code, i) => walk(code, String(i + 1), 1, i + 1));
  lines.push(...totalLines(plan, children, options.sectionNumber ?? 'IV', ctx));
  return { lines, findings: ctx.findings };
}

/** The section as plain text, one line per line. */
export function sectionText(section: RenderedSection): string {
  return section.lines.map((l) => l.text).join('\n');
}

function headingLabel(
  item: PlanItem | undefined,
  entry: CatalogueEntry | undefined,
  code: string,
  nth: number,
  index: CatalogueIndex | undefined,
): string {
  if (entry) return entryLabel({ kind: entry.kind, number: entry.number, title: item?.name ?? entry.title });
  // A user row: a nội dung directly under a programme entry, a nội dung thành phần below a nội dung.
  const parentEntry = item?.parent ? index?.get(item.parent) : undefined;
  const kind = parentEntry ? 'noi_dung' : 'noi_dung_thanh_phan';
  return entryLabel({ kind, number: nth, title: item?.name ?? code });
}

const KIND_OF_LEVEL = ['Dự án', 'Dự án', 'Tiểu dự án', 'Nội dung', 'Nội dung thành phần'];

function itemLines(item: PlanItem, level: number, ctx: Ctx): SectionLine[] {
  const out: SectionLine[] = [];
  const push = (kind: SectionLineKind, text: string) => out.push({ kind, level, text, code: item.code });
  if (!item.applicable) {
    const who = ctx.plan.locality ? capitalize(ctx.plan.locality) : 'Địa phương';
    push('note', `${who} không thuộc đối tượng của ${KIND_OF_LEVEL[level] ?? 'Dự án'}.`);
    return out;
  }
  const money =
    ctx.style === 'kinh-phi-thuc-hien'
      ? moneyCuThe(item.stated, ctx, at.item(item.code))
      : moneyTrongDo(item.stated, ctx, at.item(item.code));
  for (const text of money) push('money', text);
  if (ctx.style === 'kinh-phi-thuc-hien' && item.implementingUnit && ctx.withUnits) {
    push('unit', `c) Đơn vị thực hiện: ${item.implementingUnit}.`);
  }
  return out;
}

/** One stated source, as the list lines name it. */
interface SourcePart {
  readonly label: string;
  /** "vốn sự nghiệp", "vốn đầu tư phát triển", or a split of both. */
  readonly kind?: string;
  readonly value: Dec;
}

function sourceParts(a: StatedAmounts, ctx: Ctx, totalLevel: boolean): SourcePart[] {
  const parts: SourcePart[] = [];
  const nstw = statedNstw(a);
  if (nstw !== undefined) {
    const sn = a.nstw_su_nghiep;
    const dt = a.nstw_dau_tu;
    let kind: string | undefined;
    if (sn !== undefined && (dt === undefined || dt.isZero())) kind = 'vốn sự nghiệp';
    else if (dt !== undefined && (sn === undefined || sn.isZero())) kind = 'vốn đầu tư phát triển';
    else if (sn !== undefined && dt !== undefined) {
      kind = `vốn sự nghiệp ${fig(sn, ctx)}, vốn đầu tư phát triển ${fig(dt, ctx)}`;
    }
    const label =
      ctx.style === 'nguon-von-giao' && totalLevel ? 'Ngân sách Trung ương' : 'Ngân sách trung ương';
    parts.push(kind === undefined ? { label, value: nstw } : { label, kind, value: nstw });
  }
  if (a.nsdp !== undefined) {
    const label =
      ctx.style === 'nguon-von-giao' && totalLevel ? 'Ngân sách địa phương đối ứng' : 'Ngân sách địa phương';
    parts.push({ label, value: a.nsdp });
  }
  if (a.khac !== undefined) parts.push({ label: 'Nguồn vốn khác', value: a.khac });
  return parts;
}

/** Figure with its unit: "1.695 triệu đồng". */
function fig(value: Dec, ctx: Ctx): string {
  return `${formatVi(value)} ${ctx.unitLabel}`;
}

/** Figure with its unit and, when asked, its amount in words: "7.645 triệu đồng (Bảy tỷ … đồng)". */
function figWords(value: Dec, ctx: Ctx, where: Where, isTotal: boolean): string {
  const base = fig(value, ctx);
  if (ctx.words === 'none' || (ctx.words === 'total' && !isTotal)) return base;
  const words = amountInWords(value, ctx.plan.unit, ctx.wordsOptions);
  if (!words.ok) {
    const text = RENDER_MESSAGES.WORDS_UNAVAILABLE({
      where,
      amount: value,
      unit: ctx.plan.unit,
      reason: words.error.text,
    });
    ctx.findings.push(
      finding({ severity: 'warning', code: 'WORDS_UNAVAILABLE', where, actual: value, text }),
    );
    return base;
  }
  return `${base} (${words.value})`;
}

/** `kinh-phi-thuc-hien`: list form when two or more sources are stated, else the one-line form. */
function moneyCuThe(a: StatedAmounts, ctx: Ctx, where: Where): string[] {
  const total = statedTotal(a);
  if (total === undefined) return [];
  const parts = sourceParts(a, ctx, false);
  const head = `b) Kinh phí thực hiện: ${figWords(total, ctx, where, false)}`;
  const first = parts[0];
  if (parts.length === 0) return [`${head}.`];
  if (parts.length === 1 && first) {
    const kind = first.kind ? ` (${first.kind})` : '';
    return [`${head} (${first.label}: ${fig(first.value, ctx)}${kind}).`];
  }
  return [`${head}, cụ thể:`, ...listLines(parts, ctx)];
}

function listLines(parts: readonly SourcePart[], ctx: Ctx): string[] {
  return parts.map((p, i) => {
    const end = i === parts.length - 1 ? '.' : ';';
    const kind = p.kind ? ` (${p.kind})` : '';
    return `${ctx.bullet} ${p.label}: ${fig(p.value, ctx)}${kind}${end}`;
  });
}

/** `nguon-von-giao`: "- Nguồn vốn giao năm 2024: X. Trong đó: + …" (one line when a single source is stated). */
function moneyTrongDo(a: StatedAmounts, ctx: Ctx, where: Where): string[] {
  const total = statedTotal(a);
  if (total === undefined) return [];
  const year = ctx.plan.year !== undefined ? ` năm ${ctx.plan.year}` : '';
  const head = `- Nguồn vốn giao${year}: ${figWords(total, ctx, where, false)}.`;
  const parts = sourceParts(a, ctx, false).map(
    (p) => `${p.label}${p.kind ? ` (${p.kind})` : ''}: ${fig(p.value, ctx)}.`,
  );
  if (parts.length === 0) return [head];
  if (parts.length === 1) return [`${head} Trong đó: ${parts[0] ?? ''}`];
  return [`${head} Trong đó:`, ...parts.map((p) => `+ ${p}`)];
}

function totalLines(
  plan: Plan,
  children: ReadonlyMap<string | null, readonly PlanItem[]>,
  roman: string,
  ctx: Ctx,
): SectionLine[] {
  // The plan's own totals when it states them (validation checks them against the items), else the items' sum.
  const keys: AmountKey[] = ['total', 'nstw', 'nstw_su_nghiep', 'nstw_dau_tu', 'nsdp', 'khac'];
  const totals: StatedAmounts = {};
  for (const key of keys) {
    const v = plan.statedTotals ? plan.statedTotals[key] : planAmount(plan, key, children);
    if (v !== undefined) totals[key] = v;
  }
  if (plan.statedTotals && totals.nstw !== undefined && totals.nstw_su_nghiep === undefined) {
    // A stated central total without its split: take the split from the items when they give one.
    const sn = planAmount(plan, 'nstw_su_nghiep', children);
    const dt = planAmount(plan, 'nstw_dau_tu', children);
    if (sn !== undefined && sn.plus(dt ?? 0).equals(totals.nstw)) {
      totals.nstw_su_nghiep = sn;
      if (dt !== undefined) totals.nstw_dau_tu = dt;
    }
  }
  const total = statedTotal(totals);
  const out: SectionLine[] = [];
  const push = (kind: SectionLineKind, text: string, level = 1) =>
    out.push({ kind, level, text, code: 'TONG' });
  if (ctx.style === 'kinh-phi-thuc-hien') {
    push('section', `${roman}. KINH PHÍ THỰC HIỆN`, 0);
    if (total === undefined) return out;
    const parts = sourceParts(totals, ctx, true);
    const head = `Tổng kinh phí thực hiện: ${figWords(total, ctx, at.plan(), true)}`;
    if (parts.length === 0) push('total', `${head}.`);
    else {
      push('total', `${head}, cụ thể:`);
      for (const l of listLines(parts, ctx)) push('total', l);
    }
    return out;
  }
  push('section', `${roman}. NGUỒN LỰC THỰC HIỆN`, 0);
  if (total === undefined) return out;
  const year = plan.year !== undefined ? ` năm ${plan.year}` : '';
  const parts = sourceParts(totals, ctx, true);
  const head = `Nguồn vốn giao thực hiện Chương trình${year}: ${figWords(total, ctx, at.plan(), true)}`;
  if (parts.length === 0) push('total', `${head}.`);
  else {
    push('total', `${head}, gồm:`);
    for (const p of parts) {
      const kind = p.kind && p.kind !== 'vốn sự nghiệp' ? ` (${p.kind})` : '';
      push('total', `- ${p.label}${kind}: ${fig(p.value, ctx)}.`);
    }
  }
  return out;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
