/**
 * The outline's row objects. What a view may not read (numbers, labels, the codes of a row's
 * children, its amounts and its children's) is worked out when first read, so building an outline
 * stays cheap: these are getters of the class, so copy a row's fields by name, never by spreading.
 */
import type { CatalogueEntry, EntryKind } from '../catalogue';
import type { PlanItem } from '../plan/model';
import type { Draft } from './drafts';
import type { Shapes } from './labels';
import type { OutlineCode } from './messages';
import type { OutlineAmounts, OutlineNode, OutlineNumbering } from './types';

/** Where a row's lazy parts come from: the outline being built, by draft index. */
export interface RowSource {
  readonly shapes: Shapes;
  childCodes(row: number): readonly string[];
  amounts(row: number): OutlineAmounts;
  childAmounts(row: number): OutlineAmounts;
}

/** One row of an outline (see {@link OutlineNode}). */
export class OutlineRow implements OutlineNode {
  readonly index: number;
  readonly code: string;
  readonly kind: EntryKind;
  readonly level: number;
  readonly depth: number;
  readonly parent: string | null;
  readonly item?: PlanItem;
  readonly itemIndex?: number;
  readonly entry?: CatalogueEntry;
  readonly listed: boolean;
  readonly problems: readonly OutlineCode[];
  readonly #source: RowSource;
  readonly #row: number;
  #children: readonly string[] | undefined;
  #numbering: OutlineNumbering | undefined;

  constructor(source: RowSource, row: number, index: number, draft: Draft, parent: string | null) {
    this.#source = source;
    this.#row = row;
    this.index = index;
    this.code = draft.code;
    this.kind = source.shapes.kind[row] ?? 'noi_dung';
    this.level = source.shapes.level[row] ?? 0;
    this.depth = source.shapes.depth[row] ?? 0;
    this.parent = parent;
    if (draft.item !== undefined) this.item = draft.item;
    if (draft.itemIndex !== undefined) this.itemIndex = draft.itemIndex;
    if (draft.entry !== undefined) this.entry = draft.entry;
    this.listed = draft.item !== undefined;
    this.problems = draft.problems;
  }

  get numbering(): OutlineNumbering {
    return (this.#numbering ??= this.#source.shapes.numbering(this.#row));
  }

  get label(): string {
    return this.#source.shapes.label(this.#row);
  }

  get headingLabel(): string {
    return this.#source.shapes.headingLabel(this.#row);
  }

  get children(): readonly string[] {
    return (this.#children ??= this.#source.childCodes(this.#row));
  }

  get amounts(): OutlineAmounts {
    return this.#source.amounts(this.#row);
  }

  get childAmounts(): OutlineAmounts {
    return this.#source.childAmounts(this.#row);
  }
}
