import { Dec } from './decimal';

export interface FormatOptions {
  /**
   * Decimals to show. `undefined` shows exactly as many as the value has (`7.133,25`, `1.469`).
   * A number pads with zeros to at least that many; it never drops digits unless `round` is set,
   * because a figure shown rounded would no longer add up with the others.
   */
  readonly decimals?: number;
  /** Allow rounding (half up) to `decimals`. Only for display of a value that is not summed. */
  readonly round?: boolean;
}

/** Formats like the plans: `.` between thousands, `,` before decimals: `15.555,25`, `1.469`, `-107`. */
export function formatVi(value: Dec, options: FormatOptions = {}): string {
  return formatWith(value, '.', ',', options);
}

/** Formats en-US style: `15,555.25`. */
export function formatEn(value: Dec, options: FormatOptions = {}): string {
  return formatWith(value, ',', '.', options);
}

function formatWith(value: Dec, thousands: string, mark: string, options: FormatOptions): string {
  const { decimals, round = false } = options;
  let v = value;
  if (decimals !== undefined) {
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
      throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}`);
    }
    if (round) v = v.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  }
  const places = v.decimalPlaces();
  const shown = decimals === undefined ? places : Math.max(places, decimals);
  const fixed = v.abs().toFixed(shown);
  const [intPart = '0', frac] = fixed.split('.');
  const groupedInt = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const negative = v.isNegative() && !v.isZero();
  return (negative ? '-' : '') + groupedInt + (frac ? mark + frac : '');
}
