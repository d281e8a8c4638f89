/**
 * Cell styles as every host sees them: the style of an untouched cell, merging a style change into a
 * stored style, and the style that undoes a change. Shared by the memory and the .xlsx hosts (no host
 * imports another, so what they share lives here).
 */
import type { CellStyle } from '../sheet/types';

/** The style of an untouched cell (Excel's defaults); stored styles keep only what differs from it. */
export const DEFAULT_STYLE = {
  fontName: 'Calibri',
  fontSize: 11,
  bold: false,
  italic: false,
  color: '#000000',
  fill: null,
  vAlign: 'bottom',
  wrap: false,
  border: 'none',
} as const satisfies CellStyle;

/** Merges style changes into a stored style, dropping properties that return to the default. */
export function mergeStyle(base: CellStyle, change: CellStyle): CellStyle {
  const merged: Record<string, unknown> = { ...base, ...change };
  for (const [key, value] of Object.entries(DEFAULT_STYLE)) {
    if (merged[key] === value || merged[key] === undefined) delete merged[key];
  }
  if (merged['hAlign'] === undefined) delete merged['hAlign'];
  return merged;
}

/**
 * The style that undoes `change` on a cell whose style was `prior`: each changed property back to its
 * prior value or default. Horizontal alignment "General" has no CellStyle value, so an hAlign set on a
 * cell that had none cannot be undone through a patch and is left out.
 */
export function priorStyle(prior: CellStyle, change: CellStyle): CellStyle {
  const out: Record<string, unknown> = {};
  const defaults: Record<string, unknown> = DEFAULT_STYLE;
  const before: Record<string, unknown> = { ...prior };
  for (const key of Object.keys(change)) {
    const value = before[key] ?? defaults[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
