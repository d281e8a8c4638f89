import type { Dec } from './money/decimal';

/** How serious a finding is: `error` blocks a write, `warning` asks for a look, `info` only tells. */
export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: an item code (`DA4.1`), `TONG` for the plan's stated totals, or an argument/field name. */
export type Where = string;

/** The plan's stated totals, as a location. */
export const TONG = 'TONG';

/**
 * A problem reported as a value, never thrown: validation, allocation and import
 * all return findings. Amounts are exact decimals in the plan's unit.
 */
export interface Finding {
  readonly severity: Severity;
  readonly code: string;
  readonly where: Where;
  readonly expected?: Dec;
  readonly actual?: Dec;
  readonly difference?: Dec;
  readonly message_vi: string;
  readonly message_en: string;
}

/** A message in both UI languages. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** A failed reading of one input (an argument, a cell, a JSON field). */
export interface Problem {
  readonly code: string;
  readonly message_vi: string;
  readonly message_en: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Problem };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(code: string, message: Bilingual): Result<T> {
  return { ok: false, error: { code, message_vi: message.vi, message_en: message.en } };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
