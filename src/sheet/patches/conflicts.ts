/**
 * Before a write: which non-empty cells would it overwrite that the add-in did not create? The
 * add-in records every area it writes in a workbook name `GNBV_VUNG_<hash>_<n>` ({@link ownedNameFor},
 * the one scheme of the task pane and of `gnbv build`); cells inside any `GNBV_VUNG_…` name are its
 * own and are rewritten without asking, anything else the user typed is listed so the caller can ask
 * first.
 */
import { contains, extendRect, parseCell, parseRange, rangeAddress, type CellPos, type Rect } from '../a1';
import { OWNED_PREFIX } from '../layout';
import type { CellSnapshot, CellWrite, Patch, SheetSnapshot } from '../types';

/** The ranges the add-in owns on the snapshot's sheet, from its `GNBV_VUNG_<n>` names. */
export function ownedRanges(snapshot: SheetSnapshot | null): string[] {
  if (!snapshot?.names) return [];
  return Object.entries(snapshot.names)
    .filter(([name]) => name.toUpperCase().startsWith(OWNED_PREFIX))
    .map(([, range]) => range);
}

/**
 * The name recording an area the add-in writes on `sheet` (task pane and `gnbv build` alike).
 * Workbook names are global, so the name carries a hash of the sheet's name (two sheets never share
 * one) and the first number this sheet does not use yet: `GNBV_VUNG_<hash>_<n>`.
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

/**
 * The patch with the rectangle of every cell it writes recorded as the add-in's own
 * ({@link ownedNameFor} on `before`, the sheet as it is now); a patch writing no cell is returned as is.
 */
export function withOwnedArea(patch: Patch, before: SheetSnapshot | null = null): Patch {
  let rect: Rect | undefined;
  for (const write of patch.cells) {
    const p = parseCell(write.address);
    if (p) rect = extendRect(rect, p.row, p.col);
  }
  if (!rect) return patch;
  return { ...patch, names: { ...patch.names, [ownedNameFor(patch.sheet, before)]: rangeAddress(rect) } };
}

/**
 * The next free `GNBV_VUNG_<n>` name on the snapshot: the older, per-sheet-unsafe scheme, still
 * recognised by {@link ownedRanges}.
 * @deprecated New writes use {@link ownedNameFor}.
 */
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
  const ranges = owned.map((r) => parseRange(r)).filter((r): r is Rect => r !== undefined);
  return replacedCells(snapshot, patch, (cell, _write, p) => {
    const filled =
      (cell.value !== null && cell.value !== '') || cell.text !== '' || (cell.formula ?? '') !== '';
    return filled && !ranges.some((r) => contains(r, p));
  });
}

/**
 * Addresses (in patch order) of the cells holding a typed number (a figure, not a formula's result)
 * that the patch would replace by something else — a different number, text, a formula or nothing —
 * owned area or not. Used where a write may wipe the figures of a plan (the template insert).
 */
export function replacedFigures(snapshot: SheetSnapshot | null, patch: Patch): string[] {
  return replacedCells(snapshot, patch, (cell, write) => {
    if (typeof cell.value !== 'number' || (cell.formula ?? '') !== '') return false;
    return !(write.formula === undefined && write.value === cell.value);
  });
}

/** Addresses (in patch order, once each) of the existing cells a value or formula write replaces that `counts`. */
function replacedCells(
  snapshot: SheetSnapshot | null,
  patch: Patch,
  counts: (cell: CellSnapshot, write: CellWrite, at: CellPos) => boolean,
): string[] {
  if (!snapshot || snapshot.sheet !== patch.sheet) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const write of patch.cells) {
    if (write.value === undefined && write.formula === undefined) continue;
    const p = parseCell(write.address);
    if (!p || seen.has(write.address)) continue;
    const cell = snapshot.rows[p.row - snapshot.originRow]?.[p.col - snapshot.originCol];
    if (!cell || !counts(cell, write, p)) continue;
    seen.add(write.address);
    out.push(write.address);
  }
  return out;
}
