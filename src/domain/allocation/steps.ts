import { Dec } from '../money/decimal';
import { ceilDiv, floorDiv, scaledBigInt } from './scale';
import { placesOf, scaledNumber } from './weights';

/** Counting amounts in whole steps, exactly (BigInt; used for the few scalars of a request, not per weight). */
export class Steps {
  readonly step: Dec;
  private readonly places: number;
  private readonly unit: bigint;
  /** `unit` as a plain number, 0 when it is too large for one. */
  private readonly unitNumber: number;

  /** `step` must be finite and positive. */
  constructor(step: Dec) {
    this.step = step;
    this.places = step.decimalPlaces();
    this.unit = scaledBigInt(step, this.places);
    this.unitNumber = this.unit <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(this.unit) : 0;
  }

  /**
   * x / step rounded up (`ceil`) or down, on plain numbers: the fast way for a bound on each of many
   * lines. `undefined` when x has more decimals than the step or is too large; use `ceil`/`floor` then.
   */
  roundNumber(x: Dec, ceil: boolean): number | undefined {
    if (this.unitNumber === 0 || placesOf(x) > this.places) return undefined;
    const v = scaledNumber(x, this.places);
    if (v === undefined) return undefined;
    const r = v % this.unitNumber;
    const q = (v - r) / this.unitNumber;
    return ceil && r !== 0 ? q + 1 : q;
  }

  /** x / step as a fraction num / den with den > 0. */
  private ratio(x: Dec): [bigint, bigint] {
    const p = Math.max(this.places, x.decimalPlaces());
    return [scaledBigInt(x, p), this.unit * 10n ** BigInt(p - this.places)];
  }

  /** x / step when it is a whole number, else `undefined`. */
  exact(x: Dec): bigint | undefined {
    const [num, den] = this.ratio(x);
    return num % den === 0n ? num / den : undefined;
  }

  /** The number of steps of the smallest multiple of the step that is ≥ x. */
  ceil(x: Dec): bigint {
    const [num, den] = this.ratio(x);
    return ceilDiv(num, den);
  }

  /** The number of steps of the largest multiple of the step that is ≤ x. */
  floor(x: Dec): bigint {
    const [num, den] = this.ratio(x);
    return floorDiv(num, den);
  }

  /** k steps as a decimal. */
  toDec(k: bigint): Dec {
    return new Dec(k.toString()).times(this.step);
  }
}
