/**
 * Workbook names in an exceljs workbook. exceljs keeps names that refer to cell ranges
 * (`workbook.definedNames.model`: name → ranges such as "'Kế hoạch kinh phí'!$A$10:$J$29"); names that
 * hold a constant or a formula are not kept by exceljs at all, so they neither show here nor survive a
 * save. Excel compares names without regard to case, and so does this module.
 */
import type { Workbook } from 'exceljs';
import { absoluteReference, parseSheetRange, type Rect } from '../../sheet/a1';

/** Names that refer to one rectangle on the sheet, name → local A1 range ("A10:J29"). */
export function namesOnSheet(workbook: Workbook, sheet: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, ranges } of workbook.definedNames.model) {
    if (ranges.length !== 1) continue;
    const target = typeof ranges[0] === 'string' ? parseSheetRange(ranges[0]) : undefined;
    if (target?.sheet === sheet) out[name] = target.range;
  }
  return out;
}

/** Adds or repoints names to rectangles on one sheet; other names are kept. */
export function setNames(workbook: Workbook, sheet: string, names: ReadonlyMap<string, Rect>): void {
  if (names.size === 0) return;
  const replaced = new Set([...names.keys()].map((n) => n.toLowerCase()));
  const kept = workbook.definedNames.model.filter((n) => !replaced.has(n.name.toLowerCase()));
  const added = [...names].map(([name, rect]) => ({
    name,
    // Stored without the "=" Excel's API shows.
    ranges: [absoluteReference(sheet, rect).slice(1)],
  }));
  workbook.definedNames.model = [...kept, ...added];
}
