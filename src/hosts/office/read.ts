/**
 * Reading a sheet in one round trip: the used range's address, values, value types, text, formulas and
 * number formats, and every workbook name, are all loaded in the same batch.
 */
import type { CellSnapshot, SheetSnapshot } from '../../sheet/types';
import { parseRange, parseSheetRange, splitSheetReference } from '../../sheet/a1';
import { valueFromExcel } from './cell-input';
import type { ExcelContextSubset } from './excel-subset';

/** What one queued read gives after the sync. */
export interface SheetRead {
  /** The snapshot, or null when the sheet does not exist. */
  snapshot(): SheetSnapshot | null;
  /** Every workbook name (of any sheet), for deciding between adding and updating a name. */
  workbookNames(): Set<string>;
}

const RANGE_PROPERTIES = 'address,values,valueTypes,text,formulas,numberFormat';

function snapshotCell(
  value: unknown,
  valueType: string | undefined,
  text: string | undefined,
  formula: unknown,
  numberFormat: unknown,
): CellSnapshot {
  return {
    value: valueFromExcel(value, valueType),
    text: text ?? '',
    ...(typeof formula === 'string' && formula.startsWith('=') ? { formula } : {}),
    ...(typeof numberFormat === 'string' ? { numberFormat } : {}),
  };
}

/** Queues the loads of one sheet's snapshot; read the result only after `context.sync()`. */
export function queueSheetRead(context: ExcelContextSubset, sheet: string): SheetRead {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  // On a missing sheet Office.js hands back null objects down the chain, so this stays one batch.
  const used = worksheet.getUsedRangeOrNullObject().load(RANGE_PROPERTIES);
  const names = context.workbook.names.load('items/name,items/formula');

  const sheetNames = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const item of names.items) {
      const target = typeof item.formula === 'string' ? parseSheetRange(item.formula) : undefined;
      if (target?.sheet === sheet) out[item.name] = target.range;
    }
    return out;
  };

  return {
    workbookNames: () => new Set(names.items.map((item) => item.name)),
    snapshot: () => {
      if (worksheet.isNullObject) return null;
      if (used.isNullObject) return { sheet, originRow: 0, originCol: 0, rows: [], names: sheetNames() };
      const rect = parseRange(splitSheetReference(used.address)?.local ?? used.address);
      if (!rect) throw new Error(`Excel returned an unreadable used-range address: ${used.address}`);
      const rows = used.values.map((row, r) =>
        row.map((value, c) =>
          snapshotCell(
            value,
            used.valueTypes[r]?.[c],
            used.text[r]?.[c],
            used.formulas[r]?.[c],
            used.numberFormat[r]?.[c],
          ),
        ),
      );
      return { sheet, originRow: rect.top, originCol: rect.left, rows, names: sheetNames() };
    },
  };
}
