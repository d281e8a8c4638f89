/** The four levels of the programme's structure. */
export type EntryKind = 'du_an' | 'tieu_du_an' | 'noi_dung' | 'noi_dung_thanh_phan';

export const KIND_LEVEL: Record<EntryKind, 1 | 2 | 3 | 4> = {
  du_an: 1,
  tieu_du_an: 2,
  noi_dung: 3,
  noi_dung_thanh_phan: 4,
};

/** One row of a programme's structure. */
export interface CatalogueEntry {
  /** Stable code: `DA4`, `DA4.1`; user rows below, e.g. `DA4.1.1`, `DA4.1.1.2`. */
  readonly code: string;
  readonly kind: EntryKind;
  readonly level: 1 | 2 | 3 | 4;
  readonly parent: string | null;
  /** Its number within its parent as the documents write it ("Tiểu dự án 3" → 3). */
  readonly number: number;
  /** The official name without the "Dự án n:" prefix. */
  readonly title: string;
  /** Whether the entry may receive investment money (vốn đầu tư phát triển). */
  readonly investment: boolean;
  /** True for rows a user or a loaded file added to a built-in catalogue. */
  readonly userDefined?: boolean;
}

/** A programme's structure as data. */
export interface Catalogue {
  readonly id: string;
  readonly name: string;
  readonly entries: readonly CatalogueEntry[];
}
