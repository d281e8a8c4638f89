/**
 * The one shape of a two-language text and of a finding, for every layer: domain, import, sheet,
 * hosts, functions, app, CLI and task pane. Nothing else carries `vi`/`en` pairs.
 */
import type { Dec } from './money/decimal';

/** A text in both UI languages. Official documents and sheets stay Vietnamese; the UI picks one. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** How serious a finding is: `error` blocks a write, `warning` asks for a look, `info` only tells. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Where a finding points, as structure (never a string to parse):
 * - `item`: a plan item by code (`DA4.1`, `HP1.2`);
 * - `plan`: the plan's own stated totals (shown as `TONG` in JSON and CLI output);
 * - `cell`: a cell of a sheet, with the item of its row when there is one;
 * - `argument`: a command-line option, a function argument or a form field, with the position of an
 *   entry in a list (0-based) when the finding is about one entry;
 * - `line`: a line of a plan document (1-based), with the item it belongs to when known;
 * - `none`: nothing more precise than the input as a whole (a file that cannot be read).
 */
export type Where =
  | { readonly kind: 'item'; readonly code: string }
  | { readonly kind: 'plan' }
  | { readonly kind: 'cell'; readonly sheet: string; readonly address: string; readonly item?: string }
  | { readonly kind: 'argument'; readonly name: string; readonly index?: number }
  | { readonly kind: 'line'; readonly line: number; readonly item?: string }
  | { readonly kind: 'none' };

/** The label of the plan's stated totals in JSON and CLI output. */
export const TONG = 'TONG';

/** Builders for {@link Where}. */
export const at = {
  item: (code: string): Where => ({ kind: 'item', code }),
  plan: (): Where => ({ kind: 'plan' }),
  cell: (sheet: string, address: string, item?: string): Where =>
    item === undefined ? { kind: 'cell', sheet, address } : { kind: 'cell', sheet, address, item },
  argument: (name: string, index?: number): Where =>
    index === undefined ? { kind: 'argument', name } : { kind: 'argument', name, index },
  line: (line: number, item?: string): Where =>
    item === undefined ? { kind: 'line', line } : { kind: 'line', line, item },
  none: (): Where => ({ kind: 'none' }),
} as const;

/** The item a finding is about, when it is about one (an item, or a cell or line of an item). */
export function itemOf(where: Where): string | undefined {
  switch (where.kind) {
    case 'item':
      return where.code;
    case 'cell':
    case 'line':
      return where.item;
    case 'plan':
    case 'argument':
    case 'none':
      return undefined;
  }
}

/** A short label of a location for tables and JSON: `DA4.1`, `TONG`, `C15`, `--total`, `dòng 12`, or ``. */
export function whereLabel(where: Where): string {
  switch (where.kind) {
    case 'item':
      return where.code;
    case 'plan':
      return TONG;
    case 'cell':
      return where.item ?? where.address;
    case 'argument':
      return where.index === undefined ? where.name : `${where.name}[${where.index + 1}]`;
    case 'line':
      return where.item ?? `dòng ${where.line}`;
    case 'none':
      return '';
  }
}

/**
 * A problem reported as a value, never thrown: validation, allocation, import, sheet reading and
 * hosts all return findings. `C` is the layer's code union. Amounts are exact decimals in the plan's unit.
 */
export interface Finding<C extends string = string> {
  readonly severity: Severity;
  readonly code: C;
  readonly where: Where;
  readonly text: Text;
  readonly expected?: Dec;
  readonly actual?: Dec;
  readonly difference?: Dec;
  /**
   * The cells whose contents make this finding (a sum that disagrees only because of a text number or
   * a date there): set by the sheet layer when it lowers such a finding under its causes.
   */
  readonly causes?: readonly string[];
}

/** The one factory of findings: leaves out the amounts that are not given. */
export function finding<C extends string>(args: {
  readonly severity: Severity;
  readonly code: C;
  readonly where: Where;
  readonly text: Text;
  readonly expected?: Dec | undefined;
  readonly actual?: Dec | undefined;
  readonly difference?: Dec | undefined;
}): Finding<C> {
  const { severity, code, where, text, expected, actual, difference } = args;
  return {
    severity,
    code,
    where,
    text,
    ...(expected !== undefined ? { expected } : {}),
    ...(actual !== undefined ? { actual } : {}),
    ...(difference !== undefined ? { difference } : {}),
  };
}

/** A per-layer message catalogue: every code of the layer has a text in both languages. */
export type MessageCatalogue<C extends string, A = never> = Record<C, (args: A) => Text>;

/** A reading that either gives a value or says, as a finding, why it cannot. */
export type Result<T, C extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Finding<C> };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed reading of one input (an argument, a cell, a JSON field): an error finding. */
export function fail<C extends string>(
  code: C,
  text: Text,
  where: Where = at.none(),
): { readonly ok: false; readonly error: Finding<C> } {
  return { ok: false, error: finding({ severity: 'error', code, where, text }) };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Joins texts with a separator, language by language. */
export function joinTexts(texts: readonly Text[], separator = ' '): Text {
  return { vi: texts.map((t) => t.vi).join(separator), en: texts.map((t) => t.en).join(separator) };
}
