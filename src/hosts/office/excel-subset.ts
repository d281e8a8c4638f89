/**
 * Exactly the part of the Excel JavaScript API that OfficeHost uses. `Excel.RequestContext` satisfies
 * it (checked at compile time by excel-run.ts), and the test fake implements it, so the host is tested
 * without Excel yet cannot call anything the fake does not model.
 *
 * As in Office.js, reading a property needs `load` and then `context.sync()`; writes are queued and
 * run in order at the next sync.
 */

/** A queued proxy: `isNullObject` is readable after a sync. */
export interface ProxySubset {
  readonly isNullObject: boolean;
}

/** The border edges OfficeHost sets. */
export type BorderEdge =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface RangeBorderSubset {
  style: string;
  weight: string;
}

export interface RangeFormatSubset {
  readonly font: { name: string; size: number; bold: boolean; italic: boolean; color: string };
  readonly fill: { color: string; clear(): void };
  readonly borders: { getItem(index: BorderEdge): RangeBorderSubset };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  /** In points. */
  columnWidth: number;
  /** In points (set on whole rows, "3:3"). */
  rowHeight: number;
}

export interface RangeSubset extends ProxySubset {
  load(propertyNames: string): RangeSubset;
  /** Sheet-qualified, e.g. "Sheet1!B2:D9". */
  readonly address: string;
  values: unknown[][];
  readonly text: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  readonly format: RangeFormatSubset;
  merge(across?: boolean): void;
  select(): void;
}

/** Fit to pages: `horizontalFitToPages: 1, verticalFitToPages: 0` is one page wide, any number tall. */
export interface PageLayoutZoomSubset {
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
}

/** How a worksheet prints (ExcelApi 1.9); margins in points. */
export interface PageLayoutSubset {
  orientation: string;
  paperSize: string;
  zoom: PageLayoutZoomSubset;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  /** Rows repeated at the top of every printed page, e.g. "$10:$11". */
  setPrintTitleRows(printTitleRows: string): void;
}

export interface WorksheetSubset extends ProxySubset {
  load(propertyNames: string): WorksheetSubset;
  readonly name: string;
  getRange(address: string): RangeSubset;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeSubset;
  activate(): void;
  /** Absent before ExcelApi 1.9 (the sheet then prints with Excel's defaults). */
  readonly pageLayout?: PageLayoutSubset;
}

export interface WorksheetCollectionSubset {
  load(propertyNames: string): WorksheetCollectionSubset;
  readonly items: WorksheetSubset[];
  getItemOrNullObject(key: string): WorksheetSubset;
  getActiveWorksheet(): WorksheetSubset;
  add(name?: string): WorksheetSubset;
}

export interface NamedItemSubset extends ProxySubset {
  readonly name: string;
  /** "=Sheet1!$A$5:$L$40"; settable to point the name elsewhere. */
  formula: unknown;
}

export interface NamedItemCollectionSubset {
  load(propertyNames: string): NamedItemCollectionSubset;
  readonly items: NamedItemSubset[];
  add(name: string, reference: string): NamedItemSubset;
  getItemOrNullObject(name: string): NamedItemSubset;
}

/**
 * The application: calculation suspended while a batch writes, and, when the user set calculation to
 * manual, a recalculation requested after writing and before reading.
 */
export interface ApplicationSubset {
  /** Only `calculationMode` is loaded. */
  load(propertyNames: string): ApplicationSubset;
  /** "Automatic", "AutomaticExceptTables" or "Manual"; readable after a load and a sync. */
  readonly calculationMode: string;
  /** `Excel.CalculationType.recalculate` is the string "Recalculate": the cells Excel marked dirty. */
  calculate(calculationType: 'Recalculate'): void;
  suspendApiCalculationUntilNextSync(): void;
}

/** The subset of `Excel.RequestContext` OfficeHost uses. */
export interface ExcelContextSubset {
  readonly workbook: {
    readonly worksheets: WorksheetCollectionSubset;
    readonly names: NamedItemCollectionSubset;
    readonly application: ApplicationSubset;
    /** The selected range; reading it fails at the sync when the selection is not a range. */
    getSelectedRange(): RangeSubset;
  };
  sync(): Promise<unknown>;
}

/** Runs one batch against the workbook, like `Excel.run`. */
export type ExcelRun = <T>(batch: (context: ExcelContextSubset) => Promise<T>) => Promise<T>;
