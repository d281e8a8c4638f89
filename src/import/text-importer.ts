/**
 * Reads a plan's text into the plan model: the structure from its headings, the amounts
 * from its money sentences, each with the line it came from.
 *
 * One pass over the logical lines with a small state: the current Dự án, the current item
 * (a Tiểu dự án, or the Dự án itself before any Tiểu dự án), or none, in which case amounts
 * are the plan's own totals. A roman-numbered section, or a numbered heading at the level of
 * the project headings, closes the structure part. A catalogue whose rows are not Dự án /
 * Tiểu dự án (2026–2035: Hợp phần → Nội dung thành phần → Nội dung 01…n) is read the same way
 * with its own kind words (kind-headings.ts) and one open heading per level (kind-outline.ts).
 * Which catalogue: the caller's, else the one the document's headings and year point to
 * (detect-catalogue.ts).
 */
import {
  CatalogueIndex,
  builtInCatalogue,
  DEFAULT_CATALOGUE_ID,
  entryLabel,
  kindStyle,
  kindsOf,
} from '../domain/catalogue';
import type { Catalogue, CatalogueEntry } from '../domain/catalogue/types';
import { TONG, type Finding } from '../domain/findings';
import type { AmountKey, Plan, PlanItem, SourceRef, StatedAmounts } from '../domain/plan/model';
import { detectCatalogue } from './detect-catalogue';
import { AmountDraft, ItemDraft } from './drafts';
import { isRomanSection, numericHeadingDepth, readProjectHeading, type ProjectHeading } from './headings';
import { KindHeadingReader, type KindHeading } from './kind-headings';
import { KindOutline } from './kind-outline';
import { importMessages, type ImportFinding } from './messages';
import { BoundedNotes } from './notes';
import {
  classify,
  findMoney,
  isPlanWideLabel,
  labelBefore,
  qualifierAfter,
  type MoneyMatch,
} from './money-phrases';
import { namesAgree, nameOverlap } from './names';
import {
  cleanLineStream,
  logicalLineStream,
  looksHardWrapped,
  physicalLineStream,
  segment,
  segmentAt,
  type LogicalLine,
} from './text-lines';
import { readTitle } from './title';

export interface ImportOptions {
  /**
   * A built-in catalogue's id. Without it (and without `catalogue`) the document's headings say
   * which programme it follows, else the year of its title (see detect-catalogue.ts).
   */
  readonly catalogueId?: string;
  /** A catalogue to use instead of a built-in one (a user-extended catalogue). */
  readonly catalogue?: Catalogue;
}

export interface ImportResult {
  readonly plan: Plan;
  /** The import's own findings, and those of reading the file (its encoding, its package). */
  readonly findings: Finding[];
  /** The lines the plan's stated totals were read from (the plan model keeps none for totals). */
  readonly statedTotalsSources?: readonly SourceRef[];
}

const NOT_APPLICABLE =
  /không\s+thuộc\s+(?:đối\s+tượng|phạm\s+vi|diện)(?:\s+(?:thụ\s+hưởng|thực\s+hiện|áp\s+dụng|hỗ\s+trợ))?(?:\s+(?:của|thuộc))?\s*(?:(?:tiểu\s+)?dự\s+án|chương\s+trình|nội\s+dung|[.;,]|$)/iu;
const CARRY_OVER = /chuyển\s+nguồn/iu;
/** Integrated or mobilised *money* (not "huy động nguồn lực", "lồng ghép các chương trình"). */
const OTHER_SOURCES =
  /(?:vốn|kinh\s+phí)[^.;:]{0,40}(?:lồng\s+ghép|huy\s+động)|(?:lồng\s+ghép|huy\s+động)[^.;:]{0,40}(?:vốn|kinh\s+phí)/iu;

type Context =
  | { readonly kind: 'none' }
  | { readonly kind: 'item'; readonly draft: ItemDraft }
  | { readonly kind: 'unknown'; readonly where: string };

const NONE: Context = { kind: 'none' };

/** How many first paragraphs may hold the title (see readTitle). */
const TITLE_PARAGRAPHS = 40;

class TextImport {
  private readonly index: CatalogueIndex;
  /** For a catalogue whose rows are not Dự án / Tiểu dự án (2026–2035): its headings and open rows. */
  private readonly kinds: { readonly reader: KindHeadingReader; readonly outline: KindOutline } | undefined;
  private readonly drafts = new Map<string, ItemDraft>();
  private readonly totals = new AmountDraft(TONG);
  readonly findings = new BoundedNotes();
  private context: Context = NONE;
  /** The current Dự án's number (kept even when the Dự án is not in the catalogue). */
  private projectNumber: number | undefined;
  /** A numbered heading of at most this depth closes the structure part (0: none does). */
  private closeDepth = 0;
  private lastNumericDepth = 0;
  private amountsSeen = 0;
  /** The first paragraphs, where the title is; the rest are not kept. */
  private readonly head: LogicalLine[] = [];
  /** How many paragraphs were read. */
  paragraphs = 0;

  constructor(readonly catalogue: Catalogue) {
    this.index = new CatalogueIndex(catalogue);
    this.kinds = kindsOf(catalogue).includes('du_an')
      ? undefined
      : { reader: new KindHeadingReader(catalogue), outline: new KindOutline(this.index, catalogue) };
  }

  /** Reads the paragraphs one at a time; only the title's are kept. */
  run(lines: Iterable<LogicalLine>): void {
    for (const ll of lines) {
      if (this.head.length < TITLE_PARAGRAPHS) this.head.push(ll);
      this.paragraphs++;
      this.line(ll);
    }
  }

  private line(ll: LogicalLine): void {
    const text = ll.text;
    const kindHeading = this.kinds?.reader.read(text);
    if (kindHeading) {
      this.kindHeading(kindHeading, ll);
      this.content(ll, true);
      return;
    }
    const heading = this.kinds ? undefined : readProjectHeading(text);
    if (heading) {
      this.heading(heading, ll);
      this.content(ll, true);
      return;
    } else if (isRomanSection(text)) {
      this.close();
      this.lastNumericDepth = 0;
    } else {
      const depth = numericHeadingDepth(text);
      if (depth > 0) {
        if (this.context.kind !== 'none' && this.closeDepth > 0 && depth <= this.closeDepth) this.close();
        this.lastNumericDepth = depth;
      }
    }
    this.content(ll);
  }

  private close(): void {
    this.context = NONE;
    this.projectNumber = undefined;
    this.closeDepth = 0;
    this.kinds?.outline.reset();
  }

  private draftFor(entry: CatalogueEntry): ItemDraft {
    let d = this.drafts.get(entry.code);
    if (!d) {
      d = new ItemDraft(entry);
      this.drafts.set(entry.code, d);
    }
    return d;
  }

  private heading(h: ProjectHeading, ll: LogicalLine): void {
    const line = ll.lines[0] ?? 0;
    if (h.kind === 'du_an') {
      this.projectNumber = h.number;
      this.closeDepth = h.numericDepth > 0 ? h.numericDepth : this.lastNumericDepth;
      const entry = this.index.byNumber(null, 'du_an', h.number);
      this.open(entry, h, line, TONG);
      return;
    }
    if (h.parentNumber !== undefined && h.parentNumber !== this.projectNumber) {
      this.projectNumber = h.parentNumber;
      if (this.closeDepth === 0) this.closeDepth = this.lastNumericDepth;
    }
    let entry: CatalogueEntry | undefined;
    let parent: CatalogueEntry | undefined;
    if (this.projectNumber !== undefined) {
      parent = this.index.byNumber(null, 'du_an', this.projectNumber);
      entry = parent ? this.index.byNumber(parent.code, 'tieu_du_an', h.number) : undefined;
    } else {
      // A Tiểu dự án with no Dự án above it: only its name can say which one it is.
      entry = this.bySubName(h);
      if (entry) {
        parent = entry.parent === null ? undefined : this.index.get(entry.parent);
        this.projectNumber = parent?.number;
        this.closeDepth = this.lastNumericDepth;
      }
    }
    this.open(entry, h, line, parent?.code ?? TONG);
  }

  /** A heading of a generic catalogue: "Hợp phần thứ nhất", "Nội dung thành phần 2: …", "Nội dung 01". */
  private kindHeading(h: KindHeading, ll: LogicalLine): void {
    const line = ll.lines[0] ?? 0;
    const depth = h.numericDepth;
    // The top heading's enumerator depth closes the structure part, as a Dự án's does; a lower
    // heading with none open above it stands for its own top ("1.2." of a Nội dung thành phần → 1).
    if (h.level <= 1) this.closeDepth = depth > 0 ? depth : this.lastNumericDepth;
    else if (this.closeDepth === 0) {
      this.closeDepth = depth > 0 ? Math.max(1, depth - h.level + 1) : this.lastNumericDepth;
    }
    const placed = this.kinds?.outline.place(h) ?? { fallback: TONG };
    const label = `${h.written}${h.title ? `: ${h.title}` : ''}`;
    const entry = placed.entry;
    if (!entry) {
      this.context = { kind: 'unknown', where: placed.fallback };
      this.findings.push(importMessages.unknownHeading(placed.fallback, line, label));
      return;
    }
    const named = entry.title !== '' && kindStyle(this.catalogue, entry.kind).label !== 'title';
    if (named && h.title !== '' && !namesAgree(h.title, entry.title)) {
      this.findings.push(
        importMessages.nameMismatch(entry.code, line, label, h.title, entryLabel(entry, this.catalogue)),
      );
    }
    const draft = this.draftFor(entry);
    if (entry.title === '' && h.title !== '') draft.writtenName ??= h.title;
    this.context = { kind: 'item', draft };
  }

  private bySubName(h: ProjectHeading): CatalogueEntry | undefined {
    if (h.title === '') return undefined;
    const candidates = this.catalogue.entries.filter(
      (e) => e.kind === 'tieu_du_an' && e.number === h.number && nameOverlap(h.title, e.title) >= 0.8,
    );
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  private open(entry: CatalogueEntry | undefined, h: ProjectHeading, line: number, fallback: string): void {
    const label = `${h.kind === 'du_an' ? 'Dự án' : 'Tiểu dự án'} ${h.number}${h.title ? `: ${h.title}` : ''}`;
    if (!entry) {
      this.context = { kind: 'unknown', where: fallback };
      this.findings.push(importMessages.unknownHeading(fallback, line, label));
      return;
    }
    if (h.title !== '' && !namesAgree(h.title, entry.title)) {
      this.findings.push(importMessages.nameMismatch(entry.code, line, label, h.title, entryLabel(entry)));
    }
    this.context = { kind: 'item', draft: this.draftFor(entry) };
  }

  private target(): AmountDraft | undefined {
    switch (this.context.kind) {
      case 'none':
        return this.totals;
      case 'item':
        return this.context.draft;
      case 'unknown':
        return undefined;
    }
  }

  private where(): string {
    switch (this.context.kind) {
      case 'none':
        return TONG;
      case 'item':
        return this.context.draft.where;
      case 'unknown':
        return this.context.where;
    }
  }

  private content(ll: LogicalLine, isHeading = false): void {
    const text = ll.text;
    const matches = findMoney(text);
    this.amounts(ll, matches, isHeading);
    if (ll.lines.length === 0) return;
    const first = segment(ll, 0);
    const source = (re: RegExp): SourceRef => {
      const m = re.exec(text);
      const seg = m ? segmentAt(ll, m.index) : first;
      return { line: seg.line, text: seg.text };
    };
    if (this.context.kind === 'item' && NOT_APPLICABLE.test(text)) {
      const draft = this.context.draft;
      const src = source(NOT_APPLICABLE);
      draft.applicable = false;
      draft.notApplicableLine ??= src.line;
      draft.addSource(src);
    }
    if (matches.length > 0) return;
    const target = this.target();
    if (!target) return;
    if (CARRY_OVER.test(text) && !target.noted.has('carry')) {
      target.noted.add('carry');
      this.findings.push(importMessages.carryOver(target.where, source(CARRY_OVER).line ?? 0));
    }
    if (OTHER_SOURCES.test(text) && !target.noted.has('other')) {
      target.noted.add('other');
      this.findings.push(importMessages.otherSources(target.where, source(OTHER_SOURCES).line ?? 0));
    }
  }

  /**
   * Reads the amounts of a line. On a heading line, a first figure with no money word before
   * it ("- Tiểu dự án 2: Giám sát, đánh giá: 25 triệu đồng.") is the item's total: a heading
   * names the item, so the figure after its name can only be that item's money.
   */
  private amounts(ll: LogicalLine, matches: readonly MoneyMatch[], isHeading: boolean): void {
    const text = ll.text;
    let previousKey: AmountKey | undefined;
    let labelFrom = 0;
    matches.forEach((m, i) => {
      const next = matches[i + 1];
      const seg = segmentAt(ll, m.index);
      const src: SourceRef = { line: seg.line, text: seg.text };
      const qualifier = qualifierAfter(text, m.end, next?.index ?? text.length);
      const label = labelBefore(text, labelFrom, m.index);
      labelFrom = m.end + qualifier.length;
      if (m.rate) return;
      if (m.value === undefined) {
        this.findings.push(importMessages.unreadable(this.where(), seg.line, m.written));
        return;
      }
      const read = classify(label, qualifier.text, previousKey);
      const cls: typeof read =
        read.kind === 'unlabelled' && isHeading && i === 0 && this.context.kind === 'item'
          ? { kind: 'amount', key: 'total', assumedCentral: false }
          : read;
      if (cls.kind === 'unlabelled') {
        this.findings.push(importMessages.unlabelled(this.where(), seg.line, m.written));
        return;
      }
      if (cls.kind === 'breakdown') {
        this.findings.push(importMessages.breakdown(this.where(), seg.line, m.written));
        return;
      }
      // "Tổng kinh phí thực hiện Chương trình …" after the last item: the items' part has ended.
      if (this.context.kind === 'item' && isPlanWideLabel(label)) this.close();
      const target = this.target();
      if (!target) {
        this.findings.push(importMessages.unassigned(this.where(), seg.line, m.written));
        return;
      }
      this.amountsSeen++;
      const precision =
        m.qualifier !== undefined && m.digitUnit !== undefined
          ? { qualifier: m.qualifier, unit: m.digitUnit }
          : undefined;
      target.set(cls.key, m.value, src, this.findings, precision);
      if (cls.assumedCentral) {
        this.findings.push(importMessages.assumedCentral(target.where, seg.line, cls.key, m.value));
      }
      if (m.converted)
        this.findings.push(importMessages.converted(target.where, seg.line, m.written, m.value));
      if (m.foreignFormat) {
        this.findings.push(importMessages.foreignFormat(target.where, seg.line, m.written, m.value));
      }
      previousKey = cls.key;
    });
  }

  result(): ImportResult {
    const items: PlanItem[] = [];
    for (const d of this.drafts.values()) {
      if (!d.isItem()) continue;
      if (!d.applicable && d.hasAmounts()) {
        this.findings.push(importMessages.notApplicableWithMoney(d.where, d.notApplicableLine ?? 0));
      }
      items.push(d.toItem());
    }
    if (this.amountsSeen === 0) this.findings.push(importMessages.noAmounts());
    const statedTotals: StatedAmounts | null = this.totals.hasAmounts() ? this.totals.snapshot() : null;
    const title = readTitle(this.head);
    const plan: Plan = {
      catalogueId: this.catalogue.id,
      unit: 'trieu_dong',
      ...title,
      items,
      statedTotals,
      ...(statedTotals && this.totals.precision() ? { statedTotalsApprox: this.totals.precision() } : {}),
    };
    return {
      plan,
      findings: this.findings.list(),
      ...(this.totals.sources.length > 0 ? { statedTotalsSources: [...this.totals.sources] } : {}),
    };
  }
}

/** Share of characters that no text holds; above it the input is reported as not text. */
const BINARY_SHARE = 0.01;

function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd / sample.length > BINARY_SHARE;
}

/** The catalogue asked for; `detect` gives it from the document when none is. */
function resolveCatalogue(options: ImportOptions, detect?: () => Catalogue): Catalogue {
  if (options.catalogue) return options.catalogue;
  if (options.catalogueId === undefined && detect) return detect();
  return (
    builtInCatalogue(options.catalogueId ?? DEFAULT_CATALOGUE_ID) ??
    (builtInCatalogue(DEFAULT_CATALOGUE_ID) as Catalogue)
  );
}

/** The note that an unknown catalogue id was replaced by the default one. */
function catalogueFindings(options: ImportOptions, catalogue: Catalogue): ImportFinding[] {
  return options.catalogueId !== undefined && !options.catalogue && !builtInCatalogue(options.catalogueId)
    ? [importMessages.catalogue(options.catalogueId, catalogue.id)]
    : [];
}

/**
 * Imports already split lines. `paragraphs` says each line should be a whole paragraph (a .docx's
 * paragraphs and table rows): they are kept whole unless the document turns out to be wrapped
 * lines ({@link looksHardWrapped}: a text saved as .docx); otherwise wrapped lines are joined first
 * (text from a PDF).
 */
export function importPlanLines(
  lines: readonly string[],
  options: ImportOptions = {},
  paragraphs = false,
): ImportResult {
  const join = !paragraphs || looksHardWrapped(cleanLineStream(lines));
  const catalogue = resolveCatalogue(options, () => detectCatalogue(cleanLineStream(lines), join));
  const findings = catalogueFindings(options, catalogue);
  return importLineStream(cleanLineStream(lines), join, catalogue, findings);
}

/** Imports cleaned lines as they come; `findings` go first (the catalogue's). */
function importLineStream(
  lines: Iterable<string>,
  joinWrapped: boolean,
  catalogue: Catalogue,
  findings: ImportFinding[],
): ImportResult {
  const run = new TextImport(catalogue);
  run.run(logicalLineStream(lines, joinWrapped));
  if (run.paragraphs === 0) findings.push(importMessages.empty());
  const result = run.result();
  return { ...result, findings: [...findings, ...result.findings] };
}

/**
 * Imports a plan from its text. Never throws: whatever the input, the result is a plan
 * (possibly with no items) and findings that say what was read and what was doubtful.
 */
export function importPlanText(text: string, options: ImportOptions = {}): ImportResult {
  try {
    const input = typeof text === 'string' ? text : String(text);
    const catalogue = resolveCatalogue(options, () => detectCatalogue(physicalLineStream(input)));
    const findings = catalogueFindings(options, catalogue);
    const result = importLineStream(physicalLineStream(input), true, catalogue, findings);
    return looksBinary(input)
      ? { ...result, findings: [importMessages.binary(), ...result.findings] }
      : result;
  } catch (e) {
    return failedImport(options, e);
  }
}

/** The result when reading failed unexpectedly: an empty plan and an error finding. */
export function failedImport(options: ImportOptions, e: unknown): ImportResult {
  const reason = e instanceof Error ? e.message : String(e);
  return {
    plan: { catalogueId: resolveCatalogue(options).id, unit: 'trieu_dong', items: [], statedTotals: null },
    findings: [importMessages.failed(reason)],
  };
}
