/**
 * What each placed row is: its kind and level (from the catalogue entry when there is one, else
 * from the row above it), its numbers in both styles and its labels.
 */
import { entryLabel, KIND_LEVEL, type EntryKind } from '../catalogue';
import type { Draft } from './drafts';
import { sectionNumber, tableNumber } from './numbering';
import type { Placement } from './place';
import type { OutlineNumbering } from './types';

export interface RowShape {
  readonly kind: EntryKind;
  readonly level: number;
  readonly depth: number;
  readonly numbering: OutlineNumbering;
  readonly label: string;
  readonly headingLabel: string;
}

/** A user row below a Dự án or Tiểu dự án is a nội dung; below a nội dung, a nội dung thành phần. */
const CHILD_KIND: Readonly<Record<EntryKind, EntryKind>> = {
  du_an: 'noi_dung',
  tieu_du_an: 'noi_dung',
  noi_dung: 'noi_dung_thanh_phan',
  noi_dung_thanh_phan: 'noi_dung_thanh_phan',
};

const KIND_BY_LEVEL: readonly EntryKind[] = ['du_an', 'tieu_du_an', 'noi_dung', 'noi_dung_thanh_phan'];

/** A top row the catalogue does not know: its kind is all its own level says. */
function kindOfLevel(level: number): EntryKind {
  const clamped = Math.min(Math.max(Math.trunc(level) || 1, 1), KIND_BY_LEVEL.length);
  return KIND_BY_LEVEL[clamped - 1] ?? 'noi_dung';
}

/**
 * Shapes every row, parents before children. A catalogue entry keeps its own number ("Tiểu dự án 3"
 * even when 1 and 2 are not listed); a user row is numbered by its place among the siblings of its
 * kind (a), b), …). Section numbers count every sibling (1.1., 1.2., …).
 */
export function shapeRows(drafts: readonly Draft[], placement: Placement): RowShape[] {
  const shapes = new Array<RowShape>(drafts.length);
  const shapeList = (list: readonly number[], parent: RowShape | undefined): void => {
    const ofKind = new Map<EntryKind, number>();
    list.forEach((row, i) => {
      const d = drafts[row];
      if (d === undefined) return;
      const { entry, item } = d;
      const kind = entry?.kind ?? (parent ? CHILD_KIND[parent.kind] : kindOfLevel(item?.level ?? 1));
      const nth = (ofKind.get(kind) ?? 0) + 1;
      ofKind.set(kind, nth);
      const level = entry?.level ?? (parent ? parent.level + 1 : KIND_LEVEL[kind]);
      const title = item?.name ?? entry?.title ?? d.code;
      const label = entry ? entryLabel({ kind: entry.kind, number: entry.number, title }) : title;
      shapes[row] = {
        kind,
        level,
        depth: parent ? parent.depth + 1 : 1,
        numbering: {
          table: tableNumber(kind, entry?.number ?? nth),
          section: sectionNumber(parent?.numbering.section ?? '', i + 1),
        },
        label,
        headingLabel: entry ? label : entryLabel({ kind, number: nth, title }),
      };
    });
  };
  shapeList(placement.top, undefined);
  for (const row of placement.order) {
    const below = placement.kids[row];
    if (below) shapeList(below, shapes[row]);
  }
  return shapes;
}
