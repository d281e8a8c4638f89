/**
 * What the importer collects while it reads: per catalogue entry, the amounts stated
 * under its heading and the lines they came from; and the same for the plan's own totals.
 */
import type { CatalogueEntry } from '../domain/catalogue/types';
import type { Dec } from '../domain/money/decimal';
import type {
  AmountKey,
  AmountPrecision,
  PlanItem,
  SourceRef,
  StatedAmounts,
  StatedPrecision,
} from '../domain/plan/model';
import { importMessages } from './messages';
import type { NoteSink } from './notes';

/** How many source lines an item keeps; a real item has a handful, a hostile document thousands. */
export const MAX_SOURCES = 100;

/** Amounts being collected for one place (an item or the plan's totals). */
export class AmountDraft {
  readonly stated: { -readonly [K in AmountKey]?: Dec } = {};
  readonly sources: SourceRef[] = [];
  /** The precision of the amounts written with a qualifier ("hơn 512 tỷ"). */
  readonly approx: { -readonly [K in AmountKey]?: AmountPrecision } = {};
  private readonly lines = new Set<number>();
  /** Kinds of notes already given here, so each is given once. */
  readonly noted = new Set<string>();

  /** `where` is the item code, or `TONG` for the plan's own totals. */
  constructor(readonly where: string) {}

  /** Adds the line a figure or a mark came from, once per line. */
  addSource(source: SourceRef): void {
    const line = source.line ?? -1;
    if (this.lines.has(line) || this.sources.length >= MAX_SOURCES) return;
    this.lines.add(line);
    this.sources.push(source);
  }

  /**
   * Records an amount as stated. A second, different figure for the same source is kept
   * out with a warning: the importer never replaces or "fixes" what the document says.
   */
  set(key: AmountKey, value: Dec, source: SourceRef, findings: NoteSink, precision?: AmountPrecision): void {
    const existing = this.stated[key];
    if (existing !== undefined && !existing.equals(value)) {
      findings.push(importMessages.duplicate(this.where, source.line ?? 0, key, existing, value));
      return;
    }
    if (existing === undefined) {
      this.stated[key] = value;
      if (precision !== undefined) this.approx[key] = precision;
    }
    this.addSource(source);
  }

  hasAmounts(): boolean {
    return Object.values(this.stated).some((v) => v !== undefined);
  }

  snapshot(): StatedAmounts {
    return { ...this.stated };
  }

  /** The precision of the qualified amounts, undefined when every amount is exact. */
  precision(): StatedPrecision | undefined {
    return Object.keys(this.approx).length > 0 ? { ...this.approx } : undefined;
  }
}

/** An item being collected under a catalogue entry's heading. */
export class ItemDraft extends AmountDraft {
  applicable = true;
  notApplicableLine: number | undefined;
  /** The name the document gives a row whose catalogue entry has none ("Nội dung 01: Đường thôn …"). */
  writtenName: string | undefined;

  constructor(readonly entry: CatalogueEntry) {
    super(entry.code);
  }

  /** Items are the entries that state an amount or are marked not applicable. */
  isItem(): boolean {
    return this.hasAmounts() || !this.applicable;
  }

  toItem(): PlanItem {
    return {
      code: this.entry.code,
      name: this.entry.title || (this.writtenName ?? ''),
      level: this.entry.level,
      parent: this.entry.parent,
      applicable: this.applicable,
      stated: this.snapshot(),
      ...(this.precision() ? { approx: this.precision() } : {}),
      ...(this.sources.length > 0 ? { sources: [...this.sources] } : {}),
    };
  }
}
