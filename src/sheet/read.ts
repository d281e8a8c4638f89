/**
 * Reads a plan back from a sheet the user may have edited: the header is found by its texts,
 * columns by their headers, items by their Nội dung text (rows added, deleted or moved are fine),
 * amounts as the user sees them. Everything doubtful becomes a finding naming its cell.
 */
import { CatalogueIndex, type Catalogue, type UserRow } from '../domain/catalogue';
import { TONG } from '../domain/findings';
import { parseUnit, type Dec, type MoneyUnit, type NumberLocale } from '../domain/money';
import {
  AMOUNT_KEYS,
  type AmountKey,
  type Plan,
  type PlanItem,
  type RawCellNumber,
  type SourceRef,
  type StatedAmounts,
} from '../domain/plan';
import { rangeAddress } from './a1';
import type { CellMap } from './cell-map';
import { isTableName, TABLE_NAME, type ColumnKey } from './layout';
import {
  duplicateRow,
  missingColumn,
  noHeader,
  typedTotal,
  unknownItem,
  unplacedRow,
  type SheetFinding,
} from './sheet-findings';
import { readAmount } from './read-amount';
import { findHeader } from './read-header';
import { gridOf, norm, type Grid } from './read-grid';
import { entryFor, rowShape, rowWords, type RowWords } from './read-rows';
import { sheetCatalogue } from './read-catalogue';
import { sheetScheme } from './messages';
import { assignedFindings } from './read-assigned';
import { readSettings } from './read-settings';
import type { SheetSnapshot } from './types';

export interface ReadOptions {
  /** User rows the caller already knows: a row with the same parent and title keeps its code. */
  readonly userRows?: readonly UserRow[];
  /** How amounts typed as text are read; default `vi` (the template's users write 1.469 for 1469). */
  readonly textLocale?: NumberLocale;
  /** The programme's catalogue; default: the one the sheet's title or rows name (read-catalogue.ts). */
  readonly catalogue?: Catalogue;
}

export interface ReadResult {
  readonly plan: Plan;
  readonly findings: SheetFinding[];
  readonly cells: CellMap;
  /** Assigned totals from the settings block (the province's decision). */
  readonly assigned: { readonly nstw?: Dec; readonly nsdp?: Dec };
  /** The nội dung and nội dung thành phần rows read, as catalogue extensions (`extendCatalogue`). */
  readonly userRows: UserRow[];
  /**
   * Every row of the table below TỔNG CỘNG, in sheet order, as items: the plan's, and the rows that
   * say nothing yet (an empty template's), which the plan leaves out but an allocation fills.
   */
  readonly tableRows: readonly PlanItem[];
}

interface RowRead {
  readonly code: string;
  readonly row: number;
  readonly parent: string | null;
  readonly level: number;
  readonly name: string;
  readonly stated: StatedAmounts;
  readonly constants: readonly AmountKey[];
  /** Addresses of the amounts read. */
  readonly cells: Partial<Record<AmountKey, string>>;
  readonly raw: RawCellNumber[];
  readonly sources: SourceRef[];
  readonly applicable: boolean;
  readonly unit?: string;
}

const NOT_APPLICABLE = 'không thuộc đối tượng';

/** Reads the plan on a sheet; see the module comment. */
export function readPlanFromSnapshot(snapshot: SheetSnapshot, options: ReadOptions = {}): ReadResult {
  const grid = gridOf(snapshot);
  const sheet = snapshot.sheet;
  const findings: SheetFinding[] = [];
  const settings = readSettings(grid, findings);
  const header = findHeader(grid);
  const words: RowWords = options.catalogue
    ? rowWords(options.catalogue)
    : sheetCatalogue(grid, header ?? { first: grid.bottom + 1, last: grid.bottom }, header?.columns ?? {});
  const catalogue = words.catalogue;
  const scheme = sheetScheme(catalogue);
  const base = {
    catalogueId: catalogue.id,
    unit: 'trieu_dong' as MoneyUnit,
  };
  const assigned = {
    ...(settings.values.nstwGiao ? { nstw: settings.values.nstwGiao } : {}),
    ...(settings.values.nsdpGiao ? { nsdp: settings.values.nsdpGiao } : {}),
  };
  const planSettings = {
    ...(settings.values.step ? { step: settings.values.step } : {}),
    ...(settings.values.ratio ? { minCounterpartRatio: settings.values.ratio } : {}),
  };
  if (!header) {
    findings.push(noHeader(snapshot.sheet));
    return {
      plan: { ...base, items: [], statedTotals: null, settings: planSettings },
      findings,
      cells: { sheet: snapshot.sheet, amounts: {}, rows: {}, settings: settings.cells },
      assigned,
      userRows: [],
      tableRows: [],
    };
  }
  const cols = header.columns;
  for (const key of AMOUNT_KEYS) {
    if (cols[key] === undefined) findings.push(missingColumn(snapshot.sheet, HEADER_VI[key], 'warning'));
  }
  const meta = readMeta(grid, header.first);
  const index = new CatalogueIndex(catalogue);
  const known = new Map<string, string>();
  for (const u of options.userRows ?? []) known.set(`${u.parent}|${norm(u.title)}`, u.code);
  const locale = options.textLocale ?? 'vi';
  const tableName = Object.keys(snapshot.names ?? {}).find(isTableName) ?? TABLE_NAME;
  const tableEnd = grid.named(tableName)?.bottom ?? grid.bottom;

  const rows: RowRead[] = [];
  const byCode = new Map<string, RowRead>();
  const kidCount = new Map<string, number>();
  let project: string | undefined;
  let sub: string | undefined;
  let content: string | undefined;
  const text = (row: number, key: ColumnKey): string => {
    const c = cols[key];
    return c === undefined ? '' : grid.text(row, c);
  };
  const hasMoney = (row: number): boolean => AMOUNT_KEYS.some((k) => text(row, k) !== '');
  const levelOf = (code: string | null): number => (code === null ? 0 : (byCode.get(code)?.level ?? 0));
  const nameCell = (row: number): string => grid.address(row, cols.name ?? grid.left);
  /** The first amount cell of the row holding something (a row with money and no text is about its money). */
  const moneyCell = (row: number): string => {
    const key = AMOUNT_KEYS.find((k) => text(row, k) !== '');
    const col = key === undefined ? undefined : cols[key];
    return col === undefined ? nameCell(row) : grid.address(row, col);
  };

  for (let row = header.last + 1; row <= grid.bottom; row++) {
    const stt = text(row, 'stt');
    const name = text(row, 'name');
    const inTable = row <= tableEnd;
    if (name === '' && stt === '') {
      if (inTable && hasMoney(row)) findings.push(unplacedRow(sheet, moneyCell(row), '', true, scheme));
      continue;
    }
    // The optional column-numbering row under the header: (1), (2) … or A, B, 1, 2.
    if (row === header.last + 1 && /^\(?[A-Za-z0-9]{1,2}\)?$/.test(name)) continue;
    const shape = rowShape(stt, name, words);
    let code: string | undefined;
    let parent: string | null = null;
    let title = name;
    if (shape.kind === 'total') {
      code = TONG;
    } else if (shape.kind === 'entry') {
      const entry = entryFor(index, shape, [project, sub, content]);
      if (entry) {
        code = entry.code;
        parent = entry.parent;
        title = shape.title === '' ? entry.title : shape.title;
        if (entry.level <= 1) [project, sub, content] = [entry.code, undefined, undefined];
        else if (entry.level === 2) [sub, content] = [entry.code, undefined];
        else content = entry.code;
      } else if (shape.fromStt && shape.level === 2 && project !== undefined) {
        // "1." under a Dự án that has no such Tiểu dự án: a numbered nội dung.
        parent = sub ?? project;
        code = userCode(parent, `n${shape.number}`, name);
        content = code;
      } else if (shape.level >= 3 && (sub ?? project) !== undefined) {
        // "Nội dung 15: …" that the catalogue does not list: a nội dung the user added, by its number.
        parent = sub ?? project ?? null;
        title = shape.title;
        code = userCode(parent ?? '', String(shape.number), title);
        content = code;
      } else {
        if (inTable) findings.push(unknownItem(sheet, nameCell(row), name, scheme));
        if (shape.level <= 1) [project, sub, content] = [undefined, undefined, undefined];
        else [sub, content] = [undefined, undefined];
        continue;
      }
    } else if (shape.kind === 'noi_dung' && (sub ?? project) !== undefined) {
      parent = sub ?? project ?? null;
      title = shape.title;
      code = userCode(parent ?? '', shape.letter, title);
      content = code;
    } else if (shape.kind === 'thanh_phan' && (content ?? sub ?? project) !== undefined) {
      parent = content ?? sub ?? project ?? null;
      title = shape.title;
      const k = (kidCount.get(parent ?? '') ?? 0) + 1;
      code = userCode(parent ?? '', content !== undefined ? String(k) : `n${k}`, title);
      if (content === undefined) content = code;
    } else {
      if (inTable) findings.push(unplacedRow(sheet, nameCell(row), name, hasMoney(row), scheme));
      continue;
    }
    if (byCode.has(code)) {
      const first = byCode.get(code);
      findings.push(duplicateRow(sheet, code, nameCell(row), first ? nameCell(first.row) : ''));
      continue;
    }
    if (parent !== null) kidCount.set(parent, (kidCount.get(parent) ?? 0) + 1);
    const read = readRow(grid, row, code, parent, levelOf(parent) + 1, title, locale, findings, cols);
    rows.push(read);
    byCode.set(code, read);
  }

  function userCode(parent: string, segment: string, title: string): string {
    const wanted = known.get(`${parent}|${norm(title)}`) ?? `${parent}.${segment}`;
    let code = wanted;
    for (let k = 2; byCode.has(code); k++) code = `${wanted}_${k}`;
    return code;
  }

  flagTypedTotals(sheet, rows, findings);
  const items = includedItems(rows);
  const totalRow = byCode.get(TONG);
  const statedTotals = totalRow && Object.keys(totalRow.stated).length > 0 ? totalRow.stated : null;
  const plan: Plan = {
    ...base,
    unit: meta.unit ?? base.unit,
    ...(meta.year !== undefined ? { year: meta.year } : {}),
    ...(meta.locality !== undefined ? { locality: meta.locality } : {}),
    items,
    statedTotals,
    ...(Object.keys(planSettings).length > 0 ? { settings: planSettings } : {}),
  };
  findings.push(...assignedFindings(plan, snapshot.sheet, settings.values, settings.cells));
  const userRows: UserRow[] = items
    .filter((i) => !index.get(i.code) && i.parent !== null)
    .map((i) => ({ code: i.code, parent: i.parent ?? '', title: i.name }));
  return {
    plan,
    findings,
    cells: cellMap(snapshot.sheet, rows, cols, grid, settings.cells),
    assigned,
    userRows,
    tableRows: rows.filter((r) => r.code !== TONG).map(itemOf),
  };
}

const HEADER_VI: Record<AmountKey, string> = {
  total: 'Tổng cộng',
  nstw: 'Ngân sách trung ương – Tổng',
  nstw_su_nghiep: 'Vốn sự nghiệp',
  nstw_dau_tu: 'Vốn đầu tư phát triển',
  nsdp: 'Ngân sách địa phương (đối ứng)',
  khac: 'Huy động khác',
};

function readRow(
  grid: Grid,
  row: number,
  code: string,
  parent: string | null,
  level: number,
  name: string,
  locale: NumberLocale,
  findings: SheetFinding[],
  cols: Partial<Record<ColumnKey, number>>,
): RowRead {
  const stated: StatedAmounts = {};
  const constants: AmountKey[] = [];
  const raw: RawCellNumber[] = [];
  const sources: SourceRef[] = [];
  const cells: Partial<Record<AmountKey, string>> = {};
  for (const key of AMOUNT_KEYS) {
    const col = cols[key];
    if (col === undefined) continue;
    const cell = grid.cell(row, col);
    const address = grid.address(row, col);
    const r = readAmount(cell, { sheet: grid.snapshot.sheet, code, key, address }, locale, findings);
    if (r.kind !== 'value') continue;
    stated[key] = r.value;
    cells[key] = address;
    if (!r.formula) constants.push(key);
    if (r.raw !== undefined) raw.push({ key, cell: address, value: r.raw });
    sources.push({ cell: address, text: cell.text !== '' ? cell.text : String(cell.value) });
  }
  const unitText = cols.unit === undefined ? '' : grid.text(row, cols.unit);
  const note = cols.note === undefined ? '' : norm(grid.text(row, cols.note));
  return {
    code,
    row,
    parent,
    level,
    name,
    stated,
    constants,
    cells,
    raw,
    sources,
    applicable: !note.includes(NOT_APPLICABLE),
    ...(unitText !== '' ? { unit: unitText } : {}),
  };
}

/**
 * Figures typed by hand where the template sums: in a row whose children state figures, and in
 * "Tổng cộng" / "NSTW Tổng" when the row's own parts are filled in. Validation then says whether
 * they add up; this says why they may stop adding up later.
 */
function flagTypedTotals(sheet: string, rows: readonly RowRead[], findings: SheetFinding[]): void {
  const withStatedKids = new Set<string>();
  for (const r of rows) {
    if (r.code === TONG || Object.keys(r.stated).length === 0) continue;
    withStatedKids.add(r.parent ?? TONG);
  }
  for (const r of rows) {
    const flagged = new Set<AmountKey>();
    if (withStatedKids.has(r.code)) for (const k of r.constants) flagged.add(k);
    const s = r.stated;
    const parts = s.nstw ?? s.nsdp ?? s.khac ?? s.nstw_su_nghiep ?? s.nstw_dau_tu;
    if (r.constants.includes('total') && parts !== undefined) flagged.add('total');
    if (r.constants.includes('nstw') && (s.nstw_su_nghiep ?? s.nstw_dau_tu) !== undefined)
      flagged.add('nstw');
    for (const key of flagged) {
      const cell = r.cells[key];
      if (cell !== undefined) findings.push(typedTotal({ sheet, code: r.code, key, address: cell }));
    }
  }
}

/** A table row as a plan item, whether or not it says anything. */
function itemOf(r: RowRead): PlanItem {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    parent: r.parent,
    applicable: r.applicable,
    ...(r.unit !== undefined ? { implementingUnit: r.unit } : {}),
    stated: r.stated,
    ...(r.sources.length > 0 ? { sources: r.sources } : {}),
    ...(r.raw.length > 0 ? { rawCells: r.raw } : {}),
  };
}

/** Rows that say something (a figure, "không thuộc đối tượng", a unit) and the rows above them. */
function includedItems(rows: readonly RowRead[]): PlanItem[] {
  const keep = new Set<string>();
  const parentOf = new Map(rows.map((r) => [r.code, r.parent]));
  for (const r of rows) {
    if (r.code === TONG) continue;
    if (Object.keys(r.stated).length === 0 && r.applicable && r.unit === undefined) continue;
    let code: string | null = r.code;
    while (code !== null && !keep.has(code)) {
      keep.add(code);
      code = parentOf.get(code) ?? null;
    }
  }
  return rows.filter((r) => keep.has(r.code)).map(itemOf);
}

function cellMap(
  sheet: string,
  rows: readonly RowRead[],
  cols: Partial<Record<ColumnKey, number>>,
  grid: Grid,
  settings: CellMap['settings'],
): CellMap {
  const amounts: Record<string, Partial<Record<AmountKey, string>>> = {};
  const figures: Record<string, Partial<Record<AmountKey, string>>> = {};
  const spans: Record<string, string> = {};
  const used = Object.values(cols);
  const left = Math.min(...used);
  const right = Math.max(...used);
  for (const r of rows) {
    const m: Partial<Record<AmountKey, string>> = {};
    for (const key of AMOUNT_KEYS) {
      const c = cols[key];
      if (c !== undefined) m[key] = grid.address(r.row, c);
    }
    amounts[r.code] = m;
    const shown: Partial<Record<AmountKey, string>> = {};
    for (const key of AMOUNT_KEYS) {
      const v = r.stated[key];
      if (v !== undefined) shown[key] = v.toFixed();
    }
    figures[r.code] = shown;
    spans[r.code] = rangeAddress({ top: r.row, left, bottom: r.row, right });
  }
  return { sheet, amounts, rows: spans, settings, figures };
}

/** Year, locality and unit from the lines above the table. */
function readMeta(grid: Grid, headerRow: number): { year?: number; locality?: string; unit?: MoneyUnit } {
  const out: { year?: number; locality?: string; unit?: MoneyUnit } = {};
  let afterTitle = false;
  for (let r = grid.top; r < headerRow; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const t = grid.text(r, c);
      if (t === '') continue;
      const year = /kế hoạch.*năm\s+(\d{4})/i.exec(t);
      if (year && out.year === undefined) {
        out.year = Number(year[1]);
        afterTitle = true;
        continue;
      }
      if (afterTitle && out.locality === undefined && /^\(.+\)$/.test(t))
        out.locality = t.slice(1, -1).trim();
      afterTitle = false;
      const unit = /^đơn vị tính\s*:\s*(.+)$/i.exec(t);
      if (unit) out.unit = parseUnit(unit[1] ?? '') ?? out.unit;
    }
  }
  return out;
}
