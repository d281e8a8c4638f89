/**
 * Which catalogue entry a heading of a generic catalogue (2026–2035) names, given the headings above
 * it: "Nội dung thành phần 2" under "Hợp phần thứ hai" is HP2.2, "Nội dung 14" under it HP2.2.14. A
 * heading with no parent above it is placed by its name, or by its number when only one entry of
 * its kind has that number.
 */
import { CatalogueIndex } from '../domain/catalogue/catalogue';
import type { Catalogue, CatalogueEntry } from '../domain/catalogue/types';
import { TONG } from '../domain/findings';
import type { KindHeading } from './kind-headings';
import { nameOverlap } from './names';

/** Where a heading was placed: its entry, or the code its amounts would be reported under. */
export interface Placed {
  readonly entry?: CatalogueEntry;
  readonly fallback: string;
}

/** The open headings of a document, one per level. */
export class KindOutline {
  /** `path[l - 1]`: the entry of the nearest heading of level l above, or undefined. */
  private path: (CatalogueEntry | undefined)[] = [];
  /** The open entries that have a heading of their own (the others were inferred from a name). */
  private headed = new Set<string>();

  constructor(
    private readonly index: CatalogueIndex,
    private readonly catalogue: Catalogue,
  ) {}

  /** Forgets the open headings (a section that is not the structure began). */
  reset(): void {
    this.path = [];
    this.headed = new Set();
  }

  /** Places a heading and makes it the open one of its level. */
  place(h: KindHeading): Placed {
    const parent = h.level <= 1 ? undefined : this.parentOf(h);
    let entry: CatalogueEntry | undefined;
    if (h.level <= 1) entry = this.index.byNumber(null, h.kind, h.number);
    else if (parent) entry = this.index.byNumber(parent.code, h.kind, h.number);
    // A parent only inferred from a sibling's name does not bind: "Nội dung thành phần 8" after one
    // placed in Hợp phần thứ hai by its name may still be of Hợp phần thứ nhất.
    if (!entry && h.level > 1 && (!parent || !this.headed.has(parent.code))) entry = this.alone(h);
    if (entry) {
      this.path = this.chain(entry);
      this.headed = new Set([...this.headed].filter((c) => this.path.some((e) => e?.code === c)));
      this.headed.add(entry.code);
    } else {
      this.path = this.path.slice(0, h.level - 1);
      this.path[h.level - 1] = undefined;
    }
    return { ...(entry ? { entry } : {}), fallback: parent?.code ?? TONG };
  }

  /** The parent the heading names, else the nearest open heading of a level above it. */
  private parentOf(h: KindHeading): CatalogueEntry | undefined {
    if (h.parent) {
      const named = this.catalogue.entries.filter(
        (e) => e.kind === h.parent?.kind && e.number === h.parent.number,
      );
      if (named.length === 1) return named[0];
      const open = named.find((e) => this.path.includes(e));
      if (open) return open;
    }
    for (let l = h.level - 1; l >= 1; l--) {
      const p = this.path[l - 1];
      if (p) return p;
    }
    return undefined;
  }

  /** A heading with no parent: the one entry its name or its number fits, if there is one. */
  private alone(h: KindHeading): CatalogueEntry | undefined {
    const same = this.catalogue.entries.filter((e) => e.kind === h.kind && e.number === h.number);
    if (h.title !== '') {
      const named = same.filter((e) => e.title !== '' && nameOverlap(h.title, e.title) >= 0.8);
      if (named.length === 1) return named[0];
    }
    return same.length === 1 ? same[0] : undefined;
  }

  /** The entry and its ancestors as a path, top first. */
  private chain(entry: CatalogueEntry): (CatalogueEntry | undefined)[] {
    const up: CatalogueEntry[] = [];
    for (let e: CatalogueEntry | undefined = entry; e; e = e.parent ? this.index.get(e.parent) : undefined) {
      up.unshift(e);
    }
    const path: (CatalogueEntry | undefined)[] = [];
    for (const e of up) path[e.level - 1] = e;
    return path;
  }
}
