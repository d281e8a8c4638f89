/** The shape of a section style: everything a wording does differently, in one object. */
import type { Text, Where } from '../findings';
import type { StatedAmounts } from '../plan/model';
import type { Wording } from './wording';

/** A wording of the kinh phí section, kept in `SECTION_STYLE_REGISTRY`. */
export interface SectionStyleDefinition<Id extends string = string> {
  readonly id: Id;
  /** The style's name for a chooser (task pane, CLI help). */
  readonly label: Text;
  /** Its number in the `kieu` argument of GNBV.KINHPHI (1, 2, …). */
  readonly ordinal: number;
  /** Bullet before listed sources unless the caller chooses one. */
  readonly bullet: '-' | '+';
  /** The title of the closing part, after its Roman numeral: "KINH PHÍ THỰC HIỆN". */
  readonly sectionTitle: string;
  /** An item's money lines; none when the item states no money. */
  itemMoney(stated: StatedAmounts, w: Wording, where: Where): string[];
  /** The implementing unit's line, for the styles that write one. */
  readonly unitLine?: (unit: string) => string;
  /** The lines of the plan's total below the closing title; none when nothing is stated. */
  totalLines(totals: StatedAmounts, w: Wording): string[];
}
