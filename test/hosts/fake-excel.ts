/**
 * A small in-memory fake of exactly ExcelContextSubset, faithful where OfficeHost's correctness depends
 * on it: actions are queued and run in order at `sync()`; a property read before it was loaded and
 * synced throws (like Office.js's PropertyNotLoaded); `isNullObject` is known only after a sync; a
 * request over 5 MB is refused whole; text that looks like a number is coerced unless it starts with an
 * apostrophe, as Excel does. It counts syncs, records each sync's payload and every write per cell, and
 * notes writes made while calculation was not suspended. Formulas are not evaluated: a formula reads as
 * the result registered for it (seeded cells register theirs), as if recalculated with unchanged inputs.
 *
 * Calculation mode: `calculationMode` is readable only after `application.load('calculationMode')` and
 * a sync. In manual mode a write leaves the workbook `uncalculated` until `application.calculate` runs
 * (refused in a batch whose calculation is suspended, where it would not take); a range's values,
 * text or formulas loaded meanwhile count as a stale read.
 */
import {
  absoluteReference,
  cellAddress,
  parseColumn,
  parseRange,
  quoteSheetName,
  rangeAddress,
  type Rect,
} from '../../src/sheet/a1';
import type {
  ApplicationSubset,
  BorderEdge,
  ExcelContextSubset,
  ExcelRun,
  NamedItemCollectionSubset,
  NamedItemSubset,
  PageLayoutSubset,
  PageLayoutZoomSubset,
  RangeBorderSubset,
  RangeFormatSubset,
  RangeSubset,
  WorksheetCollectionSubset,
  WorksheetSubset,
} from '../../src/hosts/office/excel-subset';
import type { CellValue } from '../../src/sheet/types';

/** Excel on the web's request limit. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;

export interface FakeCell {
  value: CellValue;
  error?: string;
  formula?: string;
  numberFormat: string;
  style: Record<string, unknown>;
}

interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  /** Points, by column index. */
  widths: Map<number, number>;
  /** Points, by 0-based row. */
  heights: Map<number, number>;
  /** Page layout properties set through the API, by name ("orientation", "zoom", "printTitleRows"). */
  page: Record<string, unknown>;
}

/** One sync as the fake saw it. */
export interface SyncRecord {
  readonly payloadBytes: number;
  readonly actions: readonly string[];
}

type Action = { readonly label: string; readonly bytes: number; readonly run: () => void };

const blank = (): FakeCell => ({ value: null, numberFormat: 'General', style: {} });

function isBlank(cell: FakeCell): boolean {
  return (
    cell.value === null &&
    cell.error === undefined &&
    cell.formula === undefined &&
    cell.numberFormat === 'General' &&
    Object.keys(cell.style).length === 0
  );
}

function bytesOf(data: unknown): number {
  return Buffer.byteLength(JSON.stringify(data) ?? '', 'utf8');
}

function notLoaded(property: string): Error {
  return new Error(
    `PropertyNotLoaded: The property '${property}' is not available. Call load('${property}') and context.sync() before reading it.`,
  );
}

/** The workbook state and instruments; `run` is the injected ExcelRun. */
export class FakeExcel {
  readonly sheets = new Map<string, FakeSheet>();
  readonly names = new Map<string, string>();
  active = '';
  readonly syncs: SyncRecord[] = [];
  /** Writes per cell, "Sheet!A1" → count. */
  readonly cellWrites = new Map<string, number>();
  /** Column-width writes, "Sheet!C". */
  readonly columnWrites: string[] = [];
  writesWhileCalculating = 0;
  /**
   * What the user has selected: a range (by default A1 of the active sheet), or a shape or chart,
   * which `getSelectedRange` refuses at the sync as Excel does.
   */
  selection: { readonly sheet: string; readonly rect: Rect } | 'shape' | undefined;
  /** The application's calculation mode, as the user set it. */
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual' = 'Automatic';
  /** In manual mode: cells were written (or typed) since the last recalculation. */
  uncalculated = false;
  /** Recalculations requested through the API. */
  recalculations = 0;
  /** Range values, text or formulas loaded while the workbook was uncalculated. */
  staleReads = 0;
  /** Whether the last range load of values, text or formulas read results not recalculated. */
  lastReadStale = false;
  private readonly formulaResults = new Map<string, CellValue>();

  constructor(sheetNames: readonly string[] = ['Sheet1']) {
    for (const name of sheetNames) this.addSheet(name);
  }

  /** The injected `run`, like Excel.run: a fresh context per batch. */
  readonly run: ExcelRun = <T>(batch: (context: ExcelContextSubset) => Promise<T>): Promise<T> =>
    batch(new FakeContext(this));

  addSheet(name: string): FakeSheet {
    if (this.sheets.has(name)) throw new Error(`InvalidArgument: a worksheet named ${name} exists`);
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      merges: [],
      widths: new Map(),
      heights: new Map(),
      page: {},
    };
    this.sheets.set(name, sheet);
    if (this.active === '') this.active = name;
    return sheet;
  }

  /** Puts a cell directly (not through the API). A formula with a value registers that value as its result. */
  seed(sheet: string, address: string, cell: Partial<FakeCell>): void {
    const rect = parseRange(address);
    const target = this.sheets.get(sheet);
    if (!rect || !target) throw new Error(`seed: bad target ${sheet}!${address}`);
    const full = { ...blank(), ...cell };
    if (full.formula !== undefined) this.formulaResults.set(full.formula, full.value);
    target.cells.set(cellAddress(rect.top, rect.left), full);
  }

  /** Every non-blank cell of a sheet, deep-copied, for comparing whole grids. */
  grid(sheet: string): Record<string, FakeCell> {
    const out: Record<string, FakeCell> = {};
    for (const [address, cell] of this.sheets.get(sheet)?.cells ?? []) {
      if (!isBlank(cell)) out[address] = structuredClone(cell);
    }
    return out;
  }

  cell(sheet: string, address: string): FakeCell {
    return this.sheets.get(sheet)?.cells.get(address) ?? blank();
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Forgets the instruments (not the workbook). */
  resetCounters(): void {
    this.syncs.length = 0;
    this.cellWrites.clear();
    this.columnWrites.length = 0;
    this.writesWhileCalculating = 0;
    this.recalculations = 0;
    this.staleReads = 0;
  }

  // ---- used by the proxies ----

  sheetOrThrow(name: string): FakeSheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`ItemNotFound: worksheet ${name}`);
    return sheet;
  }

  usedRect(sheet: FakeSheet): Rect | null {
    let rect: Rect | null = null;
    for (const [address, cell] of sheet.cells) {
      if (isBlank(cell)) continue;
      const r = parseRange(address);
      if (!r) continue;
      rect = rect
        ? {
            top: Math.min(rect.top, r.top),
            left: Math.min(rect.left, r.left),
            bottom: Math.max(rect.bottom, r.top),
            right: Math.max(rect.right, r.left),
          }
        : r;
    }
    return rect;
  }

  /** Applies `change` to every cell of a rectangle, counting the writes. */
  writeCells(
    context: FakeContext,
    sheet: FakeSheet,
    rect: Rect,
    change: (cell: FakeCell, r: number, c: number) => FakeCell,
  ): void {
    if (!context.calculationSuspended) this.writesWhileCalculating++;
    if (this.calculationMode === 'Manual') this.uncalculated = true;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const address = cellAddress(r, c);
        sheet.cells.set(address, change(sheet.cells.get(address) ?? blank(), r - rect.top, c - rect.left));
        const key = `${sheet.name}!${address}`;
        this.cellWrites.set(key, (this.cellWrites.get(key) ?? 0) + 1);
      }
    }
  }

  /** A cell after Excel parses an entry typed into it. */
  enter(cell: FakeCell, entry: unknown): FakeCell {
    const next: FakeCell = { numberFormat: cell.numberFormat, style: cell.style, value: null };
    if (typeof entry === 'number' || typeof entry === 'boolean') next.value = entry;
    else if (typeof entry === 'string') {
      if (entry.startsWith('=')) {
        next.formula = entry;
        next.value = this.formulaResults.get(entry) ?? null;
      } else if (entry.startsWith("'")) next.value = entry.slice(1);
      else if (/^-?\d+(\.\d+)?$/.test(entry)) next.value = Number(entry);
      else if (/^(true|false)$/i.test(entry)) next.value = entry.toLowerCase() === 'true';
      else next.value = entry === '' ? null : entry;
    } else if (entry !== null && entry !== undefined)
      throw new Error('InvalidArgument: unsupported cell entry');
    return next;
  }
}

/** Loaded properties of a proxy, readable only after the sync that loaded them. */
class Loaded {
  private readonly values = new Map<string, unknown>();
  set(property: string, value: unknown): void {
    this.values.set(property, value);
  }
  get<T>(property: string): T {
    if (!this.values.has(property)) throw notLoaded(property);
    return this.values.get(property) as T;
  }
}

class FakeContext implements ExcelContextSubset {
  private queue: Action[] = [];
  /** Proxies whose isNullObject is settled at the next sync. */
  private readonly pending: { settle: () => void }[] = [];
  calculationSuspended = false;
  readonly workbook: ExcelContextSubset['workbook'];

  constructor(readonly fake: FakeExcel) {
    this.workbook = {
      worksheets: new FakeWorksheets(this),
      names: new FakeNames(this),
      application: new FakeApplication(this),
      getSelectedRange: () =>
        new FakeRange(
          this,
          () => {
            const selected = this.fake.selection;
            if (selected === 'shape')
              throw new Error('InvalidSelection: the current selection is not a range');
            const name = selected?.sheet ?? this.fake.active;
            const sheet = this.fake.sheets.get(name);
            if (!sheet) return null;
            return { sheet, rect: selected?.rect ?? { top: 0, left: 0, bottom: 0, right: 0 } };
          },
          'selection',
        ),
    };
  }

  enqueue(label: string, bytes: number, run: () => void): void {
    this.queue.push({ label, bytes, run });
  }

  track(proxy: { settle: () => void }): void {
    this.pending.push(proxy);
  }

  sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const payloadBytes = actions.reduce((sum, a) => sum + a.bytes, 0);
    this.fake.syncs.push({ payloadBytes, actions: actions.map((a) => a.label) });
    if (payloadBytes > REQUEST_LIMIT) {
      return Promise.reject(new Error(`RequestPayloadSizeLimitExceeded: ${payloadBytes} bytes`));
    }
    try {
      for (const action of actions) action.run();
      for (const proxy of this.pending.splice(0)) proxy.settle();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.calculationSuspended = false;
    }
    return Promise.resolve();
  }
}

/** The application proxy: calculation mode (loaded), recalculation and suspension, queued like the rest. */
class FakeApplication implements ApplicationSubset {
  private readonly loaded = new Loaded();

  constructor(private readonly context: FakeContext) {}

  load(propertyNames: string): ApplicationSubset {
    for (const p of propertyNames.split(',')) {
      if (p.trim() !== 'calculationMode')
        throw new Error(`InvalidArgument: the fake does not model Application.${p}`);
    }
    this.context.enqueue('load application', bytesOf(propertyNames), () =>
      this.loaded.set('calculationMode', this.context.fake.calculationMode),
    );
    return this;
  }

  get calculationMode(): string {
    return this.loaded.get('calculationMode');
  }

  calculate(calculationType: 'Recalculate'): void {
    this.context.enqueue(`calculate ${calculationType}`, bytesOf(calculationType), () => {
      if (this.context.calculationSuspended) {
        throw new Error(
          'InvalidOperation: the fake does not calculate in a batch with calculation suspended',
        );
      }
      this.context.fake.uncalculated = false;
      this.context.fake.recalculations++;
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue('suspendCalculation', 0, () => {
      this.context.calculationSuspended = true;
    });
  }
}

/** Base of proxies with a lazily resolved target and isNullObject known after a sync. */
abstract class FakeProxy<T> {
  protected readonly loaded = new Loaded();
  private nullState: boolean | undefined;

  constructor(protected readonly context: FakeContext) {
    context.track(this);
  }

  /** The target now (at execution time), or null when it does not exist. */
  abstract resolve(): T | null;

  settle(): void {
    this.nullState = this.resolve() === null;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  protected target(): T {
    const t = this.resolve();
    if (t === null) throw new Error('ItemNotFound: the object does not exist');
    return t;
  }
}

type RangeTarget = { sheet: FakeSheet; rect: Rect; column?: number; wholeRows?: boolean };

class FakeRange extends FakeProxy<RangeTarget> implements RangeSubset {
  readonly format: RangeFormatSubset;

  constructor(
    context: FakeContext,
    private readonly locate: () => RangeTarget | null,
    private readonly label: string,
  ) {
    super(context);
    this.format = new FakeFormat(this);
  }

  resolve(): RangeTarget | null {
    return this.locate();
  }

  load(propertyNames: string): RangeSubset {
    const props = propertyNames.split(',').map((p) => p.trim());
    this.context.enqueue(`load ${this.label}`, bytesOf(props), () => {
      const t = this.resolve();
      if (!t) return;
      const cells: FakeCell[][] = [];
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        const row: FakeCell[] = [];
        for (let c = t.rect.left; c <= t.rect.right; c++)
          row.push(t.sheet.cells.get(cellAddress(r, c)) ?? blank());
        cells.push(row);
      }
      const map = (f: (cell: FakeCell) => unknown): unknown[][] => cells.map((row) => row.map(f));
      const text = (cell: FakeCell): string =>
        cell.error ??
        (cell.value === null
          ? ''
          : typeof cell.value === 'boolean'
            ? cell.value
              ? 'TRUE'
              : 'FALSE'
            : String(cell.value));
      const all: Record<string, () => unknown> = {
        address: () => `${quoteSheetName(t.sheet.name)}!${rangeAddress(t.rect)}`,
        values: () => map((cell) => cell.error ?? cell.value ?? ''),
        text: () => map(text),
        formulas: () => map((cell) => cell.formula ?? cell.error ?? cell.value ?? ''),
        numberFormat: () => map((cell) => cell.numberFormat),
        valueTypes: () =>
          map((cell) =>
            cell.error !== undefined
              ? 'Error'
              : cell.value === null
                ? 'Empty'
                : typeof cell.value === 'number'
                  ? 'Double'
                  : typeof cell.value === 'boolean'
                    ? 'Boolean'
                    : 'String',
          ),
      };
      const fake = this.context.fake;
      if (props.some((p) => p === 'values' || p === 'text' || p === 'formulas')) {
        fake.lastReadStale = fake.calculationMode === 'Manual' && fake.uncalculated;
        if (fake.lastReadStale) fake.staleReads++;
      }
      for (const p of props) {
        const get = all[p];
        if (!get) throw new Error(`InvalidArgument: the fake does not model Range.${p}`);
        this.loaded.set(p, get());
      }
    });
    return this;
  }

  get address(): string {
    return this.loaded.get('address');
  }
  get values(): unknown[][] {
    return this.loaded.get('values');
  }
  set values(rows: unknown[][]) {
    this.queueEntries('values', rows);
  }
  get text(): string[][] {
    return this.loaded.get('text');
  }
  get formulas(): unknown[][] {
    return this.loaded.get('formulas');
  }
  set formulas(rows: unknown[][]) {
    this.queueEntries('formulas', rows);
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get('numberFormat');
  }
  set numberFormat(rows: unknown[][]) {
    this.write('numberFormat', rows, (cell, r, c) => ({ ...cell, numberFormat: String(rows[r]?.[c]) }), rows);
  }
  get valueTypes(): string[][] {
    return this.loaded.get('valueTypes');
  }

  merge(): void {
    this.context.enqueue(`merge ${this.label}`, bytesOf(this.label), () => {
      const t = this.target();
      t.sheet.merges.push(rangeAddress(t.rect));
      // Excel keeps only the top-left cell's content in a merged area.
      this.context.fake.writeCells(this.context, t.sheet, t.rect, (cell, r, c) =>
        r === 0 && c === 0 ? cell : { numberFormat: cell.numberFormat, style: cell.style, value: null },
      );
    });
  }

  select(): void {
    this.context.enqueue(`select ${this.label}`, bytesOf(this.label), () => {
      const t = this.target();
      this.context.fake.selection = { sheet: t.sheet.name, rect: t.rect };
    });
  }

  /** Queues a change to every cell; checks the array's shape against the range, as Excel does. */
  write(
    property: string,
    data: unknown,
    change: (cell: FakeCell, r: number, c: number) => FakeCell,
    rows?: unknown[][],
  ): void {
    this.context.enqueue(`set ${property} ${this.label}`, bytesOf([this.label, data]), () => {
      const t = this.target();
      if (t.column !== undefined)
        throw new Error(`InvalidArgument: the fake does not write ${property} on whole columns`);
      const height = t.rect.bottom - t.rect.top + 1;
      const width = t.rect.right - t.rect.left + 1;
      if (rows && (rows.length !== height || rows.some((row) => row.length !== width))) {
        throw new Error(`InvalidArgument: ${property} array does not match ${this.label}`);
      }
      this.context.fake.writeCells(this.context, t.sheet, t.rect, change);
    });
  }

  private queueEntries(property: string, rows: unknown[][]): void {
    this.write(property, rows, (cell, r, c) => this.context.fake.enter(cell, rows[r]?.[c]), rows);
  }

  /** Row height, for FakeFormat (whole rows only, "3:5"). */
  setRowHeight(points: number): void {
    this.context.enqueue(`set rowHeight ${this.label}`, bytesOf([this.label, points]), () => {
      const t = this.target();
      if (!t.wholeRows) throw new Error('InvalidArgument: the fake sets heights on whole rows only');
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.heights.set(r, points);
    });
  }

  /** Column width, for FakeFormat. */
  setColumnWidth(points: number): void {
    this.context.enqueue(`set columnWidth ${this.label}`, bytesOf([this.label, points]), () => {
      const t = this.target();
      if (t.column === undefined)
        throw new Error('InvalidArgument: the fake sets widths on whole columns only');
      t.sheet.widths.set(t.column, points);
      this.context.fake.columnWrites.push(`${t.sheet.name}!${this.label}`);
    });
  }

  /** A style property on every cell, for FakeFormat. */
  setStyle(key: string, value: unknown): void {
    this.write(`format.${key}`, value, (cell) => {
      const style = { ...cell.style };
      if (value === undefined) delete style[key];
      else style[key] = value;
      return { ...cell, style };
    });
  }

  setBorder(edge: BorderEdge, prop: 'style' | 'weight', value: string): void {
    this.write(`border.${edge}.${prop}`, value, (cell, r, c) => {
      const t = this.target();
      const lastRow = r === t.rect.bottom - t.rect.top;
      const lastCol = c === t.rect.right - t.rect.left;
      const sides: string[] = [];
      if (edge === 'EdgeTop' && r === 0) sides.push('top');
      if (edge === 'EdgeBottom' && lastRow) sides.push('bottom');
      if (edge === 'EdgeLeft' && c === 0) sides.push('left');
      if (edge === 'EdgeRight' && lastCol) sides.push('right');
      if (edge === 'InsideHorizontal') sides.push(...(r > 0 ? ['top'] : []), ...(lastRow ? [] : ['bottom']));
      if (edge === 'InsideVertical') sides.push(...(c > 0 ? ['left'] : []), ...(lastCol ? [] : ['right']));
      if (sides.length === 0) return cell;
      const style = { ...cell.style };
      for (const side of sides) {
        const key = `border.${side}.${prop}`;
        if (value === 'None') {
          delete style[`border.${side}.style`];
          delete style[`border.${side}.weight`];
        } else style[key] = value;
      }
      return { ...cell, style };
    });
  }
}

/** Format proxies: writable like Office.js; reading a format property is not modelled and throws. */
class FakeFormat implements RangeFormatSubset {
  readonly font: RangeFormatSubset['font'];
  readonly fill: RangeFormatSubset['fill'];
  readonly borders: RangeFormatSubset['borders'];

  constructor(private readonly range: FakeRange) {
    const prop = <K extends string>(key: K, styleKey: string) => ({
      get: (): never => {
        throw notLoaded(key);
      },
      set: (value: unknown) => range.setStyle(styleKey, value),
      enumerable: true,
    });
    this.font = Object.defineProperties({} as RangeFormatSubset['font'], {
      name: prop('name', 'font.name'),
      size: prop('size', 'font.size'),
      bold: prop('bold', 'font.bold'),
      italic: prop('italic', 'font.italic'),
      color: prop('color', 'font.color'),
    });
    const fill = Object.defineProperties({} as RangeFormatSubset['fill'], { color: prop('color', 'fill') });
    fill.clear = () => range.setStyle('fill', undefined);
    this.fill = fill;
    this.borders = {
      getItem: (edge: BorderEdge): RangeBorderSubset =>
        Object.defineProperties({} as RangeBorderSubset, {
          style: {
            get: () => {
              throw notLoaded('style');
            },
            set: (v: string) => range.setBorder(edge, 'style', v),
          },
          weight: {
            get: () => {
              throw notLoaded('weight');
            },
            set: (v: string) => range.setBorder(edge, 'weight', v),
          },
        }),
    };
  }

  get horizontalAlignment(): string {
    throw notLoaded('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this.range.setStyle('horizontalAlignment', value);
  }
  get verticalAlignment(): string {
    throw notLoaded('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this.range.setStyle('verticalAlignment', value);
  }
  get wrapText(): boolean {
    throw notLoaded('wrapText');
  }
  set wrapText(value: boolean) {
    this.range.setStyle('wrapText', value);
  }
  get columnWidth(): number {
    throw notLoaded('columnWidth');
  }
  set columnWidth(points: number) {
    this.range.setColumnWidth(points);
  }
  get rowHeight(): number {
    throw notLoaded('rowHeight');
  }
  set rowHeight(points: number) {
    this.range.setRowHeight(points);
  }
}

const PAGE_PROPERTIES = [
  'orientation',
  'paperSize',
  'zoom',
  'topMargin',
  'bottomMargin',
  'leftMargin',
  'rightMargin',
  'headerMargin',
  'footerMargin',
] as const;

/** A worksheet's page layout: each set is a queued action recorded in the sheet's `page`; reads are not modelled. */
function fakePageLayout(context: FakeContext, sheet: () => FakeSheet): PageLayoutSubset {
  const layout = {
    setPrintTitleRows(rows: string): void {
      context.enqueue('setPrintTitleRows', bytesOf(rows), () => {
        if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new Error(`InvalidArgument: print title rows ${rows}`);
        sheet().page['printTitleRows'] = rows;
      });
    },
  } as PageLayoutSubset;
  for (const key of PAGE_PROPERTIES) {
    Object.defineProperty(layout, key, {
      get: () => {
        throw notLoaded(key);
      },
      set: (value: string | number | PageLayoutZoomSubset) =>
        context.enqueue(`set pageLayout.${key}`, bytesOf([key, value]), () => {
          sheet().page[key] = structuredClone(value);
        }),
      enumerable: true,
    });
  }
  return layout;
}

class FakeWorksheet extends FakeProxy<FakeSheet> implements WorksheetSubset {
  constructor(
    context: FakeContext,
    private readonly locate: () => FakeSheet | null,
  ) {
    super(context);
  }

  resolve(): FakeSheet | null {
    return this.locate();
  }

  load(propertyNames: string): WorksheetSubset {
    this.context.enqueue('load worksheet', bytesOf(propertyNames), () => {
      for (const p of propertyNames.split(',')) {
        if (p.trim() !== 'name') throw new Error(`InvalidArgument: the fake does not model Worksheet.${p}`);
        this.loaded.set('name', this.target().name);
      }
    });
    return this;
  }

  get name(): string {
    return this.loaded.get('name');
  }

  /** Loads the name at once (collection items arrive loaded). */
  markName(): void {
    this.loaded.set('name', this.target().name);
  }

  get pageLayout(): PageLayoutSubset {
    return fakePageLayout(this.context, () => this.target());
  }

  getRange(address: string): RangeSubset {
    const column = /^([A-Za-z]{1,3}):\1$/.exec(address);
    const rows = /^(\d+):(\d+)$/.exec(address);
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.target();
        if (column) {
          const col = parseColumn(column[1] ?? '');
          if (col === undefined) throw new Error(`InvalidArgument: ${address}`);
          return { sheet, rect: { top: 0, bottom: 1_048_575, left: col, right: col }, column: col };
        }
        if (rows) {
          const top = Number(rows[1]) - 1;
          const bottom = Number(rows[2]) - 1;
          if (top < 0 || bottom < top) throw new Error(`InvalidArgument: ${address}`);
          return { sheet, rect: { top, bottom, left: 0, right: 16_383 }, wholeRows: true };
        }
        const rect = parseRange(address);
        if (!rect) throw new Error(`InvalidArgument: ${address}`);
        return { sheet, rect };
      },
      address,
    );
  }

  getUsedRangeOrNullObject(): RangeSubset {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        const rect = sheet ? this.context.fake.usedRect(sheet) : null;
        return sheet && rect ? { sheet, rect } : null;
      },
      'usedRange',
    );
  }

  activate(): void {
    this.context.enqueue('activate', 10, () => {
      this.context.fake.active = this.target().name;
    });
  }
}

class FakeWorksheets implements WorksheetCollectionSubset {
  private loadedItems: WorksheetSubset[] | undefined;

  constructor(private readonly context: FakeContext) {}

  load(propertyNames: string): WorksheetCollectionSubset {
    if (propertyNames !== 'items/name')
      throw new Error(`the fake does not model worksheets.load(${propertyNames})`);
    this.context.enqueue('load worksheets', bytesOf(propertyNames), () => {
      this.loadedItems = [...this.context.fake.sheets.values()].map((sheet) => {
        const item = new FakeWorksheet(this.context, () => sheet);
        item.markName();
        return item;
      });
    });
    return this;
  }

  get items(): WorksheetSubset[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  getItemOrNullObject(key: string): WorksheetSubset {
    return new FakeWorksheet(this.context, () => this.context.fake.sheets.get(key) ?? null);
  }

  getActiveWorksheet(): WorksheetSubset {
    return new FakeWorksheet(
      this.context,
      () => this.context.fake.sheets.get(this.context.fake.active) ?? null,
    );
  }

  add(name = 'Sheet'): WorksheetSubset {
    this.context.enqueue(`add worksheet ${name}`, bytesOf(name), () => void this.context.fake.addSheet(name));
    return new FakeWorksheet(this.context, () => this.context.fake.sheets.get(name) ?? null);
  }
}

class FakeNamedItem extends FakeProxy<string> implements NamedItemSubset {
  constructor(
    context: FakeContext,
    readonly key: string,
  ) {
    super(context);
  }

  resolve(): string | null {
    return this.context.fake.names.get(this.key) ?? null;
  }

  markLoaded(): void {
    this.loaded.set('name', this.key);
    this.loaded.set('formula', this.resolve());
  }

  get name(): string {
    return this.loaded.get('name');
  }
  get formula(): unknown {
    return this.loaded.get('formula');
  }
  set formula(reference: unknown) {
    this.context.enqueue(`set name ${this.key}`, bytesOf([this.key, reference]), () => {
      this.target();
      this.context.fake.names.set(this.key, String(reference));
    });
  }
}

class FakeNames implements NamedItemCollectionSubset {
  private loadedItems: NamedItemSubset[] | undefined;

  constructor(private readonly context: FakeContext) {}

  load(propertyNames: string): NamedItemCollectionSubset {
    const ok = ['items/name', 'items/formula'];
    if (propertyNames.split(',').some((p) => !ok.includes(p)))
      throw new Error(`the fake does not model names.load(${propertyNames})`);
    this.context.enqueue('load names', bytesOf(propertyNames), () => {
      this.loadedItems = [...this.context.fake.names.keys()].map((key) => {
        const item = new FakeNamedItem(this.context, key);
        item.markLoaded();
        return item;
      });
    });
    return this;
  }

  get items(): NamedItemSubset[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  add(name: string, reference: string): NamedItemSubset {
    this.context.enqueue(`add name ${name}`, bytesOf([name, reference]), () => {
      if (this.context.fake.names.has(name))
        throw new Error(`InvalidArgument: the name ${name} already exists`);
      this.context.fake.names.set(name, reference);
    });
    return new FakeNamedItem(this.context, name);
  }

  getItemOrNullObject(name: string): NamedItemSubset {
    return new FakeNamedItem(this.context, name);
  }
}

/** The reference a workbook name holds when set to a range of a sheet, for assertions. */
export function nameReference(sheet: string, range: string): string {
  const rect = parseRange(range);
  if (!rect) throw new Error(`bad range ${range}`);
  return absoluteReference(sheet, rect);
}
