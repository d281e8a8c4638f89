import type { Catalogue, CatalogueEntry, EntryKind } from '../catalogue';
import type { Finding } from '../findings';
import type { Dec } from '../money/decimal';
import type { AmountKey, PlanItem } from '../plan/model';
import type { OutlineCode } from './messages';

/**
 * Which rows an outline holds:
 * - `plan`: the plan's items, and the catalogue entries above them that the plan does not list, in
 *   the order they are first met in the plan (the section text and the Word table);
 * - `catalogue`: every entry of the catalogue in catalogue order, then the plan's own rows (user
 *   rows, and any item the catalogue cannot hold) under their parents in plan order (the sheet template).
 */
export type OutlineScope = 'plan' | 'catalogue';

export interface OutlineOptions {
  /** Default `plan`. */
  readonly scope?: OutlineScope;
  /** The catalogue to read kinds, numbers and titles from; default: the plan's built-in one. */
  readonly catalogue?: Catalogue;
}

/** Amounts of one row; a missing key was stated by nobody below it (never a zero). */
export type OutlineAmounts = Readonly<Partial<Record<AmountKey, Dec>>>;

/** A row's number in the two official styles. */
export interface OutlineNumbering {
  /** The STT cell of a table (sheet, Word): "IV" Dự án, "1" Tiểu dự án, "a)" nội dung, "-" below. */
  readonly table: string;
  /** The heading number of the section text: "1.", "1.2.", "1.2.3." (position among siblings). */
  readonly section: string;
}

/**
 * One row of the outline. Numbers, labels, children's codes and amounts are worked out when first
 * read (getters of the row's class): read fields by name, never copy a row by spreading it.
 */
export interface OutlineNode {
  /** Position in document order (depth-first, a row before its children): `outline.nodes[index]`. */
  readonly index: number;
  readonly code: string;
  readonly kind: EntryKind;
  /**
   * Level in the programme's structure: the catalogue entry's level, else one below its parent
   * row, else (a row at the top that the catalogue does not know) the item's own level.
   */
  readonly level: number;
  /** 1 for a top row, 2 for its children, … */
  readonly depth: number;
  /** Code of the row above it in this outline; null at the top (also for cut cycles and orphans). */
  readonly parent: string | null;
  /** Codes of the rows directly below, in order (use `outline.children(node)` when codes repeat). */
  readonly children: readonly string[];
  /** The plan's item for this row, when the plan lists it. */
  readonly item?: PlanItem;
  /** The item's position in `plan.items` (tells apart rows of an item the plan holds twice). */
  readonly itemIndex?: number;
  /** The catalogue entry of this code, when the catalogue has one. */
  readonly entry?: CatalogueEntry;
  /** Whether the plan lists this row (false for catalogue entries put in as headings). */
  readonly listed: boolean;
  readonly numbering: OutlineNumbering;
  /** Table label: "Dự án 4: …", "Tiểu dự án 1: …" (title as the plan names it), or a user row's name. */
  readonly label: string;
  /** Section heading label: as `label`, but a user row reads "Nội dung 2: …" there. */
  readonly headingLabel: string;
  /** What the row shows: each amount as stated (NSTW and total derived from stated parts), else the sum of its children. */
  readonly amounts: OutlineAmounts;
  /** Sum of what the children show, per amount; empty when no child states anything. */
  readonly childAmounts: OutlineAmounts;
  /** Problems of the structure this row is part of (cycle, unknown parent, duplicate code). */
  readonly problems: readonly OutlineCode[];
}

/** The numbered tree of a plan: built once by `buildOutline`, read by every view. */
export interface Outline extends Iterable<OutlineNode> {
  readonly scope: OutlineScope;
  readonly catalogue: Catalogue;
  /** Every row in document order. */
  readonly nodes: readonly OutlineNode[];
  /** Sum of the top rows' amounts, per amount (what a TỔNG CỘNG row shows). */
  readonly totals: OutlineAmounts;
  /** An unknown catalogue, then cycles, unknown parents and duplicate codes in the plan order of their items: the same in both scopes. */
  readonly findings: readonly Finding<OutlineCode>[];
  /** The row of a code: the first one when the plan repeats the code (children hang below it). */
  node(code: string): OutlineNode | undefined;
  /** Every row with this code, in document order (more than one only for duplicate codes). */
  nodesOf(code: string): readonly OutlineNode[];
  /** Rows directly below a row (by code: below the first row of that code). */
  children(of: string | OutlineNode): readonly OutlineNode[];
  /** The row directly above, or undefined at the top. */
  parentOf(node: OutlineNode): OutlineNode | undefined;
  /** The top rows, in order. */
  top(): readonly OutlineNode[];
  /** One amount of `node.amounts`, worked out alone (cheaper when one amount is all a view reads). */
  amount(node: OutlineNode, key: AmountKey): Dec | undefined;
  /** One amount of `node.childAmounts`, worked out alone. */
  childAmount(node: OutlineNode, key: AmountKey): Dec | undefined;
}
