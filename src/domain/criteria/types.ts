/**
 * Criteria tables (the published coefficients of an allocation rule) and the recipients scored by
 * them. A table is data: nothing of a particular table is known to the logic.
 */
import type { Finding, Text } from '../findings';
import type { Dec } from '../money/decimal';
import type { AllocationCode } from '../allocation';
import type { CriteriaCode } from './messages';

/**
 * How a criterion counts:
 * - `category`: belonging to it earns its coefficient; within one `group` only the highest coefficient
 *   among the recipient's categories counts (a commune of khu vực III that is also a border commune
 *   counts once);
 * - `default`: what a recipient in none of its group's categories earns (at most one per group); a
 *   recipient may also list it as a category explicitly;
 * - `per-unit`: the coefficient times a counted quantity (per especially-difficult village).
 */
export type CriterionKind = 'category' | 'default' | 'per-unit';

export const CRITERION_KINDS: readonly CriterionKind[] = ['category', 'default', 'per-unit'];

/** The kinds as a coefficients CSV names them (its `loai` column), for the adapters that read one. */
export const KIND_BY_CODE: Readonly<Record<'thuoc_nhom' | 'mac_dinh' | 'moi_don_vi', CriterionKind>> = {
  thuoc_nhom: 'category',
  mac_dinh: 'default',
  moi_don_vi: 'per-unit',
};

/** One criterion of a table. */
export interface Criterion {
  /** Used in recipients' categories and as quantity names: letters, digits, `_`, starting with a letter. */
  readonly id: string;
  readonly label: Text;
  readonly kind: CriterionKind;
  /** The group of a `category` or `default` criterion; none for `per-unit`. */
  readonly group?: string;
  /** Points per category, or per unit; never negative. */
  readonly coefficient: Dec;
  /**
   * Per-unit criteria only: whether the quantity counts whole things (villages, households), so that
   * it must be a whole number. True unless the table says `"countable": false` (hectares, km).
   */
  readonly countable?: boolean;
}

/**
 * A published table of criteria and coefficients.
 * `status: 'reported'` marks figures taken from reports of the legal text, not from the text itself;
 * `caution` is what the UI shows beside the table (e.g. "đối chiếu với văn bản gốc trước khi dùng").
 */
export interface CriteriaTable {
  readonly id: string;
  readonly title: Text;
  /** The legal text the coefficients come from. */
  readonly source: string;
  readonly status?: 'reported' | 'checked';
  readonly caution?: Text;
  readonly criteria: readonly Criterion[];
}

/**
 * One recipient of an allocation (a commune, a village, a unit).
 * - `categories`: ids of `category` (or `default`) criteria it belongs to, in any order; a repeated id
 *   counts once;
 * - `quantities`: per-unit criterion id → a plain decimal string (`"3"`, `"2.5"`); an empty string is 0;
 * - `min`, `max`, `locked`: the allocation's bounds and lock for this recipient (see `allocate`).
 */
export interface Recipient {
  readonly name: string;
  readonly categories: readonly string[];
  readonly quantities: Readonly<Record<string, string>>;
  readonly min?: Dec;
  readonly max?: Dec;
  readonly locked?: Dec;
}

/** What one criterion contributed to a recipient's score. */
export type ScoreLine =
  | {
      /** The highest of the recipient's categories in a group, or the group's default (`byDefault`). */
      readonly kind: 'group';
      readonly group: string;
      readonly criterion: string;
      readonly label: Text;
      readonly points: Dec;
      readonly byDefault: boolean;
      /** The recipient's other categories in the group, which did not count (only the highest does). */
      readonly notCounted: readonly string[];
    }
  | {
      readonly kind: 'per-unit';
      readonly criterion: string;
      readonly label: Text;
      readonly coefficient: Dec;
      readonly quantity: Dec;
      /** quantity × coefficient. */
      readonly points: Dec;
    };

/** A recipient's exact score and how it was made (groups in table order, then per-unit criteria with a quantity above 0). */
export interface ScoredRecipient {
  readonly name: string;
  readonly score: Dec;
  readonly breakdown: readonly ScoreLine[];
}

/** A scored recipient and its part of the total. */
export interface AllocatedRecipient extends ScoredRecipient {
  readonly part: Dec;
}

export type CriteriaFinding = Finding<CriteriaCode>;

/** Findings of an allocation by criteria: the recipients' and the allocation engine's. */
export type CriteriaAllocationFinding = Finding<CriteriaCode | AllocationCode>;
