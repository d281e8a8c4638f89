import { dec, formatVi } from '../domain/money';

/**
 * A plain decimal string from the controller ("1588", "466.25") as the plans write it ("1.588",
 * "466,25"). Figures stay in Vietnamese notation in both UI languages because they end up in a
 * Vietnamese document; anything unreadable is shown as given rather than hidden.
 */
export function showAmount(plain: string): string {
  try {
    return formatVi(dec(plain));
  } catch {
    return plain;
  }
}
