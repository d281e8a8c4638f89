/**
 * Before a write: which non-empty cells would it overwrite that the add-in did not create? The
 * add-in records every area it writes in a workbook name `GNBV_VUNG_<n>`; cells inside those are
 * its own and are rewritten without asking, anything else the user typed is listed so the caller
 * can ask first.
 */
import { contains, parseCell, parseRange, type Rect } from '../a1';
import { OWNED_PREFIX } from '../layout';
import type { Patch, SheetSnapshot } from '../types';

/** The ranges the add-in owns on the snapshot's sheet, from its `GNBV_VUNG_<n>` names. */
export function ownedRanges(snapshot: SheetSnapshot | null): string[] {
  if (!snapshot?.names) return [];
  return Object.entries(snapshot.names)
    .filter(([name]) => name.toUpperCase().startsWith(OWNED_PREFIX))
    .map(([, range]) => range);
}

/** The next free `GNBV_VUNG_<n>` name on the snapshot. */
export function nextOwnedName(snapshot: SheetSnapshot | null): string {
  const used = new Set(Object.keys(snapshot?.names ?? {}).map((n) => n.toUpperCase()));
  let n = 1;
  while (used.has(`${OWNED_PREFIX}${n}`)) n++;
  return `${OWNED_PREFIX}${n}`;
}

/**
 * Addresses (in patch order) of the cells the patch writes a value or formula to that hold
 * something now and lie outside every owned range. A style-only write (a mark) never conflicts.
 * A null snapshot (the sheet does not exist yet) has nothing to overwrite.
 */
export function conflicts(snapshot: SheetSnapshot | null, patch: Patch, owned: readonly string[]): string[] {
  if (!snapshot || snapshot.sheet !== patch.sheet) return [];
  const ranges = owned.map((r) => parseRange(r)).filter((r): r is Rect => r !== undefined);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const write of patch.cells) {
    if (write.value === undefined && write.formula === undefined) continue;
    const p = parseCell(write.address);
    if (!p || seen.has(write.address)) continue;
    const cell = snapshot.rows[p.row - snapshot.originRow]?.[p.col - snapshot.originCol];
    if (!cell) continue;
    const filled =
      (cell.value !== null && cell.value !== '') || cell.text !== '' || (cell.formula ?? '') !== '';
    if (!filled || ranges.some((r) => contains(r, p))) continue;
    seen.add(write.address);
    out.push(write.address);
  }
  return out;
}
