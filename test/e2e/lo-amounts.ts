/**
 * LibreOffice's verdict on downloaded workbooks: each is recalculated by LibreOffice headless (a
 * private profile that recalculates every formula on load) and written as CSV, and every amount cell of
 * the plan table is set beside the engine's exact figure. Also the same comparison on the results the
 * page itself cached in the file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dec } from '../../src/domain/money';
import { parseCell } from '../../src/sheet/a1';
import type { AmountCell } from './allocation-expectation';
import { convert, CSV_ALL_SHEETS, makeProfile, sheetCsv } from '../lo/soffice';
import type { WorkbookState } from './workbook-state';

/** One amount cell: what the sheet shows next to what the engine computed ('' for nothing). */
export interface AmountPair {
  readonly cell: string;
  readonly sheet: string;
  readonly engine: string;
}

/** `amounts` with the figure `read(address)` gives, where the sheet or the engine says anything. */
export function pairUp(amounts: readonly AmountCell[], read: (address: string) => string): AmountPair[] {
  const out: AmountPair[] = [];
  for (const a of amounts) {
    const shown = read(a.address).trim();
    if (shown === '' && a.engine === undefined) continue;
    out.push({
      cell: `${a.code} ${a.key} ${a.address}`,
      sheet: shown === '' || Number.isNaN(Number(shown)) ? shown : dec(shown).toFixed(),
      engine: a.engine === undefined ? '' : a.engine.toFixed(),
    });
  }
  return out;
}

/** The figures the workbook's own cached results give (the numbers stored in the file). */
export function cachedPairs(
  state: WorkbookState,
  sheet: string,
  amounts: readonly AmountCell[],
): AmountPair[] {
  return pairUp(amounts, (address) => {
    const c = state[sheet]?.[address];
    if (c === undefined) return '';
    return typeof c.value === 'number' ? String(c.value) : c.text;
  });
}

/** A downloaded workbook to let LibreOffice recalculate, with the amount cells expected in it. */
export interface LoCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly sheet: string;
  readonly amounts: readonly AmountCell[];
}

/**
 * Writes the workbooks into `dir`, lets one LibreOffice call recalculate them all into CSV, and returns
 * the pairs of each (by name).
 */
export function libreOfficePairs(dir: string, cases: readonly LoCase[]): Record<string, AmountPair[]> {
  mkdirSync(dir, { recursive: true });
  const files = cases.map((c) => {
    const path = join(dir, `${c.name}.xlsx`);
    writeFileSync(path, c.bytes);
    return path;
  });
  const outDir = join(dir, 'csv');
  convert(makeProfile(join(dir, 'profile')), CSV_ALL_SHEETS, outDir, files);
  const out: Record<string, AmountPair[]> = {};
  for (const c of cases) {
    const csv = sheetCsv(outDir, c.name, c.sheet);
    out[c.name] = pairUp(c.amounts, (address) => {
      const pos = parseCell(address);
      return pos ? (csv[pos.row]?.[pos.col] ?? '') : '';
    });
  }
  return out;
}
