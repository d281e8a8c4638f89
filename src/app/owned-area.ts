/**
 * The areas the add-in wrote, recorded as workbook names `GNBV_VUNG_<hash>_<n>`: cells inside them are
 * the add-in's own and are rewritten without asking (src/sheet/patches/conflicts.ts reads them back).
 */
import { OWNED_PREFIX } from '../sheet';
import type { SheetSnapshot } from '../sheet/types';

/**
 * The name recording an area the add-in writes on `sheet`. Workbook names are global, so the name
 * carries a hash of the sheet's name (two sheets never share one) and the first number this sheet
 * does not use yet.
 */
export function ownedNameFor(sheet: string, before: SheetSnapshot | null): string {
  let h = 0x811c9dc5;
  for (const ch of sheet) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const base = `${OWNED_PREFIX}${h.toString(16).toUpperCase().padStart(8, '0')}_`;
  const used = new Set(Object.keys(before?.names ?? {}).map((n) => n.toUpperCase()));
  let n = 1;
  while (used.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}
