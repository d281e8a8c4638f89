/**
 * The production `run`: hands Office.js's `Excel.run` context to OfficeHost. The assignment of
 * `Excel.RequestContext` to {@link ExcelContextSubset} is what proves, at compile time, that the subset
 * the fake implements really is part of Office.js.
 */
import type { ExcelContextSubset, ExcelRun } from './excel-subset';

/** An {@link ExcelRun} over the global `Excel.run` (only call inside Excel, after Office.onReady). */
export function excelRun(): ExcelRun {
  return <T>(batch: (context: ExcelContextSubset) => Promise<T>): Promise<T> =>
    Excel.run((context: Excel.RequestContext) => {
      const subset: ExcelContextSubset = context;
      return batch(subset);
    });
}
