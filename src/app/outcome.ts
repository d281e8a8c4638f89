/**
 * The one result shape of every use case: done (with its value), needs confirmation (a write would
 * replace cells the add-in did not create), or failed. Each carries a text for the user; a use case
 * never throws for bad input.
 */
import type { Finding, Text } from '../domain/findings';

export type Outcome<T = void> =
  | {
      readonly kind: 'done';
      readonly value: T;
      readonly text: Text;
      /** Findings worth showing with the result (warnings, notes). */
      readonly findings: readonly Finding[];
    }
  | {
      readonly kind: 'confirm';
      readonly text: Text;
      /** The sheet and cells the write would replace. */
      readonly sheet: string;
      readonly cells: readonly string[];
    }
  | { readonly kind: 'failed'; readonly text: Text; readonly findings: readonly Finding[] };

export function done<T>(value: T, text: Text, findings: readonly Finding[] = []): Outcome<T> {
  return { kind: 'done', value, text, findings };
}

export function failed<T = never>(text: Text, findings: readonly Finding[] = []): Outcome<T> {
  return { kind: 'failed', text, findings };
}

export function confirm<T = never>(text: Text, sheet: string, cells: readonly string[]): Outcome<T> {
  return { kind: 'confirm', text, sheet, cells };
}

/** Carries a failure or a confirmation of one outcome type over to another. */
export function passOn<T>(o: Exclude<Outcome<unknown>, { kind: 'done' }>): Outcome<T> {
  return o;
}
