/**
 * What each placed row is: its kind and level (from the catalogue entry when there is one, else
 * from the row above it), its numbers in both styles and its labels.
 */
import { entryLabel, kindOfLevel, kindStyle, type Catalogue, type EntryKind } from '../catalogue';
import type { Draft } from './drafts';
import { sectionNumber, tableNumber } from './numbering';
import type { Placement } from './place';
import type { OutlineNumbering } from './types';

/**
 * The shape of every row by draft index: kind, level and depth at once; numbers and labels (strings
 * most views read for some rows only, validation for none) when first asked, then kept.
 */
export interface Shapes {
  readonly kind: readonly EntryKind[];
  readonly level: Int32Array;
  readonly depth: Int32Array;
  numbering(row: number): OutlineNumbering;
  label(row: number): string;
  headingLabel(row: number): string;
}

/**
 * Shapes every row, parents before children. A catalogue entry keeps its own number ("Tiểu dự án 3"
 * even when 1 and 2 are not listed); a user row is numbered by its place among the siblings of its
 * kind (a), b), …). Section numbers count every sibling (1.1., 1.2., …).
 */
export function shapeRows(drafts: readonly Draft[], placement: Placement, catalogue?: Catalogue): Shapes {
  // A user row takes the kind its catalogue puts below its parent's (Dự án → nội dung; in 2026–2035,
  // nội dung thành phần → nội dung); below a kind that takes none, its parent's own kind.
  const childKind = (k: EntryKind): EntryKind => kindStyle(catalogue, k).child ?? k;
  const n = drafts.length;
  const kind = new Array<EntryKind>(n);
  const level = new Int32Array(n);
  const depth = new Int32Array(n);
  /** Place among the siblings of the same kind, and among all siblings (1-based). */
  const nth = new Int32Array(n);
  const position = new Int32Array(n);
  const shapeList = (list: readonly number[], parent: number | undefined): void => {
    const ofKind = new Map<EntryKind, number>();
    list.forEach((row, i) => {
      const d = drafts[row];
      if (d === undefined) return;
      const parentKind = parent === undefined ? undefined : kind[parent];
      const k =
        d.entry?.kind ?? (parentKind ? childKind(parentKind) : kindOfLevel(catalogue, d.item?.level ?? 1));
      const count = (ofKind.get(k) ?? 0) + 1;
      ofKind.set(k, count);
      kind[row] = k;
      // A kind the catalogue numbers officially (Nội dung 01…14 of 2026–2035) keeps the number its
      // code ends with ("HP2.5.15" → 15) rather than its place among the rows shown.
      const own =
        kindStyle(catalogue, k).table === 'two-digit' ? /\.(\d{1,3})$/.exec(d.code)?.[1] : undefined;
      nth[row] = d.entry?.number ?? (own !== undefined ? Number(own) : count);
      position[row] = i + 1;
      level[row] =
        d.entry?.level ?? (parent === undefined ? kindStyle(catalogue, k).level : (level[parent] ?? 0) + 1);
      depth[row] = parent === undefined ? 1 : (depth[parent] ?? 0) + 1;
    });
  };
  shapeList(placement.top, undefined);
  for (const row of placement.order) {
    const below = placement.kids[row];
    if (below) shapeList(below, row);
  }

  const sections = new Array<string | undefined>(n);
  /** "2.1.": its parent's number, then its own; iterative up to the nearest number already made. */
  const section = (row: number): string => {
    const chain: number[] = [];
    let at: number | null = row;
    while (at !== null && sections[at] === undefined) {
      chain.push(at);
      at = drafts[at]?.parent ?? null;
    }
    let made = at === null ? '' : (sections[at] ?? '');
    for (let k = chain.length - 1; k >= 0; k--) {
      const r = chain[k] ?? 0;
      made = sectionNumber(made, position[r] ?? 0);
      sections[r] = made;
    }
    return made;
  };
  const title = (d: Draft): string => d.item?.name ?? d.entry?.title ?? d.code;
  const labels = new Array<string | undefined>(n);
  const label = (row: number): string => {
    const hit = labels[row];
    if (hit !== undefined) return hit;
    const d = drafts[row];
    if (d === undefined) return '';
    const k = kind[row] ?? 'noi_dung';
    // A user row of an officially numbered kind says its number too ("Nội dung 15: …"), so that
    // the row is read back as what it is.
    const made = d.entry
      ? entryLabel({ kind: d.entry.kind, number: d.entry.number, title: title(d) }, catalogue)
      : kindStyle(catalogue, k).table === 'two-digit'
        ? entryLabel({ kind: k, number: nth[row] ?? 1, title: title(d) }, catalogue)
        : title(d);
    labels[row] = made;
    return made;
  };
  return {
    kind,
    level,
    depth,
    numbering: (row) => ({
      table: tableNumber(kindStyle(catalogue, kind[row] ?? 'noi_dung').table, nth[row] ?? 1),
      section: sections[row] ?? section(row),
    }),
    label,
    headingLabel: (row) => {
      const d = drafts[row];
      if (d === undefined || d.entry) return label(row);
      return entryLabel({ kind: kind[row] ?? 'noi_dung', number: nth[row] ?? 1, title: title(d) }, catalogue);
    },
  };
}
