import type { Dec } from '../money/decimal';
import type { MoneyUnit } from '../money/units';

/** The money sources a plan states. `nstw` and `total` may be stated too, or derived. */
export type SourceKey = 'nstw_su_nghiep' | 'nstw_dau_tu' | 'nsdp' | 'khac';

/** Every amount an item or a plan can state. */
export type AmountKey = 'total' | 'nstw' | SourceKey;

export const SOURCE_KEYS: readonly SourceKey[] = ['nstw_su_nghiep', 'nstw_dau_tu', 'nsdp', 'khac'];
export const AMOUNT_KEYS: readonly AmountKey[] = ['total', 'nstw', ...SOURCE_KEYS];

/**
 * Amounts as the plan states them. A key that is absent was not stated, which is
 * not the same as a stated zero ("Ngân sách địa phương: 0 triệu đồng").
 */
export type StatedAmounts = Partial<Record<AmountKey, Dec>>;

/** A word before a figure saying it is not exact: hơn, trên, gần, khoảng, xấp xỉ, gần như. */
export type Qualifier = 'hon' | 'tren' | 'gan' | 'khoang' | 'xap_xi' | 'gan_nhu';

/**
 * How exact a stated figure is: its qualifier, and one unit of its last printed digit in the plan's
 * unit (`512 tỷ` → 1000 triệu, `510 tỷ` → 10000 triệu, `112,3 tỷ` → 100 triệu). A figure without
 * this is exact.
 */
export interface AmountPrecision {
  readonly qualifier: Qualifier;
  readonly unit: Dec;
}

/** The precision of the amounts of a set that are not exact; absent keys are exact. */
export type StatedPrecision = Partial<Record<AmountKey, AmountPrecision>>;

/** Where a figure came from: a line of a document, a cell of a sheet, a JSON field. */
export interface SourceRef {
  readonly line?: number;
  readonly cell?: string;
  readonly text: string;
}

/** A number read from a worksheet cell as Excel stored it (a double), kept to detect float drift. */
export interface RawCellNumber {
  readonly key: AmountKey;
  readonly cell: string;
  readonly value: number;
}

export interface PlanItem {
  /** `DA4`, `DA4.1`, or a user row's code. */
  readonly code: string;
  readonly name: string;
  /** 1 Dự án, 2 Tiểu dự án, 3–4 nội dung and nội dung thành phần. */
  readonly level: number;
  readonly parent: string | null;
  /** False when the plan says the locality is not concerned ("không thuộc đối tượng"). */
  readonly applicable: boolean;
  /** The implementing unit (đơn vị thực hiện, chủ trì). */
  readonly implementingUnit?: string;
  readonly stated: StatedAmounts;
  /** The stated amounts written with a qualifier ("hơn 512 tỷ"); absent when all are exact. */
  readonly approx?: StatedPrecision;
  readonly sources?: readonly SourceRef[];
  readonly rawCells?: readonly RawCellNumber[];
}

export interface PlanSettings {
  /** The rounding step amounts must be whole multiples of, in the plan's unit (e.g. 1, 0.01). */
  readonly step?: Dec;
  /** Minimum counterpart ratio: NSĐP must be at least this fraction of NSTW (set by the province). */
  readonly minCounterpartRatio?: Dec;
}

/** A year's kinh phí plan: items in document order, amounts in `unit`. */
export interface Plan {
  readonly catalogueId: string;
  readonly unit: MoneyUnit;
  readonly year?: number;
  /** "thị xã Mường Lay", "xã Bình Lư". */
  readonly locality?: string;
  readonly items: readonly PlanItem[];
  /** The plan's own overall figures ("Tổng kinh phí thực hiện"), or null when it states none. */
  readonly statedTotals: StatedAmounts | null;
  /** The stated totals written with a qualifier; absent when all are exact. */
  readonly statedTotalsApprox?: StatedPrecision;
  readonly settings?: PlanSettings;
}
