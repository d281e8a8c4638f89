/**
 * Merged ranges of an exceljs worksheet. exceljs keeps them in a private map (master address → range);
 * it has no public list short of building the whole worksheet model, which copies every row. The shape
 * is checked at run time so an exceljs upgrade that changes it fails loudly rather than silently.
 */
import type { Worksheet } from 'exceljs';
import type { Rect } from '../../sheet/a1';

interface ExcelRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function isRange(v: unknown): v is ExcelRange {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return ['top', 'left', 'bottom', 'right'].every((k) => typeof r[k] === 'number');
}

/** The sheet's merged ranges, 0-based. */
export function mergesOf(worksheet: Worksheet): Rect[] {
  const map = (worksheet as unknown as { _merges?: unknown })._merges;
  if (typeof map !== 'object' || map === null) {
    throw new Error('exceljs changed: Worksheet._merges is not a map of ranges');
  }
  const out: Rect[] = [];
  for (const range of Object.values(map)) {
    if (!range) continue;
    if (!isRange(range)) throw new Error('exceljs changed: a merge is not a range');
    out.push({ top: range.top - 1, left: range.left - 1, bottom: range.bottom - 1, right: range.right - 1 });
  }
  return out;
}

/**
 * Merges a rectangle as Excel does: an identical merge is left alone, merges it overlaps are undone
 * first, and the covered cells keep their own formats (only the top-left cell's content stays).
 */
export function mergeRect(worksheet: Worksheet, rect: Rect): void {
  const [t, l, b, r] = [rect.top + 1, rect.left + 1, rect.bottom + 1, rect.right + 1];
  const same = mergesOf(worksheet).some(
    (m) => m.top === rect.top && m.left === rect.left && m.bottom === rect.bottom && m.right === rect.right,
  );
  if (same) return;
  worksheet.unMergeCells(t, l, b, r);
  if (t === b && l === r) return;
  worksheet.mergeCellsWithoutStyle(t, l, b, r);
}
