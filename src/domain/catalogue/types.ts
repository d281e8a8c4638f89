/** The kinds of rows in the programmes' structures (2021–2025: Dự án …; 2026–2035: Hợp phần …). */
export type EntryKind = 'du_an' | 'tieu_du_an' | 'hop_phan' | 'noi_dung' | 'noi_dung_thanh_phan' | 'chi_tiet';

/** How a table's STT column numbers a kind: I, 1, a), -, 01. */
export type TableNumbering = 'roman' | 'arabic' | 'letter' | 'dash' | 'two-digit';

/** How one kind of row is written and what may be added below it, in one catalogue. */
export interface KindStyle {
  /** Its level when the catalogue has no entry to say so (a row the user added at the top). */
  readonly level: 1 | 2 | 3 | 4;
  /** The word documents write before its number: "Dự án", "Nội dung thành phần". */
  readonly word: string;
  /** The short form documents also write for the word ("NDTP" for "Nội dung thành phần"). */
  readonly short?: string;
  readonly wordEn: string;
  /** "Dự án 4: <name>" (`numbered`), or the name alone for a kind whose name is its number ("Hợp phần thứ nhất"). */
  readonly label: 'numbered' | 'title';
  /** Digits of the number in labels: 2 → "Nội dung 01". */
  readonly digits?: number;
  readonly table: TableNumbering;
  /** The kind of a row added below one of this kind; none: nothing may be added below. */
  readonly child?: EntryKind;
}

/** One row of a programme's structure. */
export interface CatalogueEntry {
  /** Stable code: `DA4`, `DA4.1`, `HP1.2`, `HP1.2.14`; user rows below, e.g. `DA4.1.1`. */
  readonly code: string;
  readonly kind: EntryKind;
  readonly level: 1 | 2 | 3 | 4;
  readonly parent: string | null;
  /** Its number within its parent as the documents write it ("Tiểu dự án 3" → 3). */
  readonly number: number;
  /** The official name without the "Dự án n:" prefix; empty for a row whose name the user types. */
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
  /** How its kinds are written; a kind not listed is written as in the 2021–2025 catalogue. */
  readonly kinds?: Readonly<Partial<Record<EntryKind, KindStyle>>>;
  /** The years its plans are for (the 2021–2025 money may be spent until 2026). */
  readonly years?: { readonly from: number; readonly to: number };
  /** The programme as titles name it: "Chương trình mục tiêu quốc gia Giảm nghèo bền vững". */
  readonly programme?: string;
  /** The legal text it comes from, as messages cite it: "Quyết định 90/QĐ-TTg". */
  readonly basis?: { readonly vi: string; readonly en: string };
  /**
   * Added to the workbook names of its plan sheet (GNBV_BANG_2026, GNBV_BUOC_2026), so that a workbook
   * holds one plan sheet per catalogue; none for the 2021–2025 catalogue (GNBV_BANG, as before).
   */
  readonly nameTag?: string;
  /** A short name for menus: "2021–2025 (QĐ 90)". */
  readonly shortName?: string;
}
