/**
 * The standard plan template: title, locality, settings block, two-row header, TỔNG CỘNG row
 * and one row per catalogue item and user row, as a {@link Patch}, with a {@link TemplateLayout}
 * saying where everything went. Layout and names are described in `layout.ts`.
 */
import { TONG, type Finding } from '../domain/findings';
import { convert, dec, toCellNumber, formatVi, type Dec } from '../domain/money';
import type { OutlineCode } from '../domain/outline';
import { amountOf, sumOfSources, type AmountKey, type Plan, type StatedAmounts } from '../domain/plan';
import { cellAddress, columnLetters, rangeAddress } from './a1';
import type { AmountCell, CellMap } from './cell-map';
import { columnSumFormula, rowSumFormula } from './formulas';
import {
  COLUMNS,
  columnWidths,
  LAST_COL,
  NOT_APPLICABLE_NOTE,
  OWNED_PREFIX,
  ROW,
  SETTINGS,
  settingAddress,
  TABLE_NAME,
  taggedName,
  templateCol,
  titlePrefix,
  TOTAL_LABEL,
  UNIT_LINE,
  type SettingKey,
} from './layout';
import type { SheetCode } from './messages';
import { amountAsText, formulaDiffers } from './sheet-findings';
import { amountFormat, decimalsFor, RATIO_FORMAT } from './number-format';
import { planPageSetup } from './page-setup';
import { wrappedRowHeights } from './row-heights';
import { STYLE } from './styles';
import { templateOutline, templateRows } from './template-rows';
import { emptyAwareSum, type Shown } from './template-values';
import type { CellStyle, CellWrite, Patch } from './types';

/** A row number no template reaches, whose text stands for the row in a formula made once. */
const MARKER_ROW = 1_048_000;

/** The sheet the template goes to unless told otherwise. */
export const DEFAULT_TEMPLATE_SHEET = 'Kế hoạch kinh phí';

export interface TemplateOptions {
  readonly year: number;
  /** "thị xã Mường Lay". */
  readonly locality: string;
  readonly sheet?: string;
  /** A plan whose figures fill the template. */
  readonly plan?: Plan;
  /** The catalogue of an empty template (default: the 2021–2025 one); a plan brings its own. */
  readonly catalogueId?: string;
  /** Assigned totals for the settings block; default: the plan's stated NSTW and NSĐP totals. */
  readonly assigned?: { readonly nstw?: Dec; readonly nsdp?: Dec };
  /** Workbook name recording the whole written area as the add-in's own (default GNBV_VUNG_1). */
  readonly ownedName?: string;
  /**
   * Write each sum formula with its result (template-values.ts), as a new workbook written directly
   * needs; without it formulas go without results and the host or the spreadsheet computes them.
   */
  readonly withResults?: boolean;
}

/** One body row of the written template. */
export interface LayoutRow {
  readonly code: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly level: number;
  readonly parent: string | null;
  /** True when the row's amounts are SUM formulas over its children's rows. */
  readonly sums: boolean;
}

/** Where the template put things (0-based rows and columns). */
export interface TemplateLayout {
  readonly sheet: string;
  readonly columns: Readonly<Record<(typeof COLUMNS)[number]['key'], number>>;
  readonly headerRows: readonly [number, number];
  readonly totalRow: number;
  readonly rows: readonly LayoutRow[];
  /** The table from the first header row to the last item row, "A10:J29". */
  readonly table: string;
  /** The whole written area, "A1:J29". */
  readonly area: string;
  /** Number format of the amount cells. */
  readonly amountFormat: string;
  readonly cells: CellMap;
}

/** A finding of the template: the outline's (the plan's tree), or the sheet's own. */
export type TemplateFinding = Finding<OutlineCode | SheetCode>;

export interface TemplateResult {
  readonly patch: Patch;
  readonly layout: TemplateLayout;
  /**
   * The outline's findings (a parent cycle, an unknown parent, a repeated code: the rows are still
   * written), then amounts written as text and stated figures a formula replaces.
   */
  readonly findings: TemplateFinding[];
}

const AMOUNT_COLUMNS: readonly AmountKey[] = [
  'total',
  'nstw',
  'nstw_su_nghiep',
  'nstw_dau_tu',
  'nsdp',
  'khac',
];
const SOURCES: readonly AmountKey[] = ['nstw_su_nghiep', 'nstw_dau_tu', 'nsdp', 'khac'];

/** The template as a patch only; see {@link buildTemplate} for its layout and findings. */
export function templatePatch(options: TemplateOptions): Patch {
  return buildTemplate(options).patch;
}

/**
 * Builds the template from the plan's outline in catalogue scope (every catalogue entry, the plan's
 * own rows below their parents, rows of a broken tree at the top). A row whose children state figures gets SUM formulas over its children's
 * rows in every amount column; other rows get the plan's source figures as constants, with
 * "NSTW Tổng" and "Tổng cộng" as formulas over the row (a figure the plan states with no parts
 * to sum, such as a total alone, is written as a constant). Amounts are written as numbers only
 * when Excel holds them exactly (`toCellNumber`), else as Vietnamese-formatted text with a
 * finding. Figures are converted to triệu đồng, the template's unit.
 */
export function buildTemplate(options: TemplateOptions): TemplateResult {
  const { plan } = options;
  const withResults = options.withResults === true;
  const sheet = options.sheet ?? DEFAULT_TEMPLATE_SHEET;
  const outline = templateOutline(plan, options.catalogueId);
  const bodyRows = templateRows(outline, ROW.firstItem);
  const findings: TemplateFinding[] = [...outline.findings];
  const toTrieu = (v: Dec): Dec =>
    plan && plan.unit !== 'trieu_dong' ? convert(v, plan.unit, 'trieu_dong') : v;
  const stated = (a: StatedAmounts | undefined, key: AmountKey): Dec | undefined => {
    const v = a ? amountOf(a, key) : undefined;
    return v === undefined ? undefined : toTrieu(v);
  };

  const allAmounts: Dec[] = [];
  if (plan) {
    for (const item of plan.items)
      for (const v of Object.values(item.stated)) if (v) allAmounts.push(toTrieu(v));
    if (plan.settings?.step) allAmounts.push(toTrieu(plan.settings.step));
  }
  const decimals = decimalsFor(allAmounts);
  const fmt = amountFormat(decimals);

  const cells: CellWrite[] = [];
  const amountsMap: Record<string, Partial<Record<AmountKey, string>>> = {};
  const rowsMap: Record<string, string> = {};
  const layoutRows: LayoutRow[] = [];

  const put = (at: number, col: number, write: Omit<CellWrite, 'address'>): void => {
    cells.push({ address: cellAddress(at, col), ...write });
  };
  const amountCell = (code: string, row: number, key: AmountKey): AmountCell => ({
    sheet,
    code,
    key,
    address: cellAddress(row, templateCol(key)),
  });
  const amountLetter = Object.fromEntries(
    AMOUNT_COLUMNS.map((k) => [k, columnLetters(templateCol(k))]),
  ) as Record<AmountKey, string>;
  const cellMapRow = (code: string, row: number): void => {
    // A code the plan repeats (a DUPLICATE_CODE error) is mapped to its first row.
    if (rowsMap[code] !== undefined) return;
    const m: Partial<Record<AmountKey, string>> = {};
    const n = String(row + 1);
    for (const key of AMOUNT_COLUMNS) m[key] = amountLetter[key] + n;
    amountsMap[code] = m;
    rowsMap[code] = rangeAddress({ top: row, left: 0, bottom: row, right: LAST_COL });
  };
  // Every row's sums are the same formula but for the row number: made once around a marker row.
  const rowFormula = (cols: number[]): ((row: number) => string) => {
    const parts = rowSumFormula(MARKER_ROW, cols).split(String(MARKER_ROW + 1));
    return (row) => parts.join(String(row + 1));
  };
  const rowFormulaTotal = rowFormula([templateCol('nstw'), templateCol('nsdp'), templateCol('khac')]);
  const rowFormulaNstw = rowFormula([templateCol('nstw_su_nghiep'), templateCol('nstw_dau_tu')]);

  // Title, locality, settings, unit line.
  put(ROW.title, 0, { value: `${titlePrefix(outline.catalogue)} ${options.year}`, style: STYLE.title });
  put(ROW.locality, 0, { value: `(${options.locality})`, style: STYLE.locality });
  put(ROW.settingsHeading, 1, { value: 'THÔNG SỐ PHÂN BỔ', style: STYLE.settingsHeading });
  const assigned = {
    nstwGiao: options.assigned?.nstw ?? stated(plan?.statedTotals ?? undefined, 'nstw'),
    nsdpGiao: options.assigned?.nsdp ?? stated(plan?.statedTotals ?? undefined, 'nsdp'),
    // Without a stated step, the finest one the plan's figures need (0,01 for 466,25), so that
    // reading the template back does not find figures off the step.
    step: plan?.settings?.step ? toTrieu(plan.settings.step) : dec(1).dividedBy(10 ** decimals),
    ratio: plan?.settings?.minCounterpartRatio,
  } satisfies Record<SettingKey, Dec | undefined>;
  const settingsMap: Partial<Record<SettingKey, string>> = {};
  const names: Record<string, string> = {};
  SETTINGS.forEach((s, i) => {
    const row = ROW.settingsFirst + i;
    put(row, 1, { value: s.label, style: STYLE.settingLabel });
    const v = assigned[s.key];
    const n = v === undefined ? undefined : toCellNumber(v);
    const format = s.key === 'ratio' ? RATIO_FORMAT : fmt;
    put(row, 2, {
      value: n ?? (v === undefined ? null : formatVi(v)),
      numberFormat: format,
      style: STYLE.settingValue,
    });
    settingsMap[s.key] = settingAddress(s.key);
    names[taggedName(s.name, outline.catalogue)] = settingAddress(s.key);
  });
  put(ROW.unit, 0, { value: UNIT_LINE, style: STYLE.unitLine });

  // Two-row header.
  const merges: string[] = [
    rangeAddress({ top: ROW.title, left: 0, bottom: ROW.title, right: LAST_COL }),
    rangeAddress({ top: ROW.locality, left: 0, bottom: ROW.locality, right: LAST_COL }),
    rangeAddress({ top: ROW.unit, left: 0, bottom: ROW.unit, right: LAST_COL }),
  ];
  for (const c of COLUMNS) {
    if (c.subHeader === undefined) {
      put(ROW.header1, c.col, { value: c.header, style: STYLE.header });
      put(ROW.header2, c.col, { value: null, style: STYLE.header });
      merges.push(rangeAddress({ top: ROW.header1, left: c.col, bottom: ROW.header2, right: c.col }));
    } else {
      const group = COLUMNS.filter((g) => g.header === c.header);
      const first = group[0]?.col ?? c.col;
      put(ROW.header1, c.col, { value: c.col === first ? c.header : null, style: STYLE.header });
      put(ROW.header2, c.col, { value: c.subHeader, style: STYLE.header });
      if (c.col === first) {
        const last = group[group.length - 1]?.col ?? c.col;
        merges.push(rangeAddress({ top: ROW.header1, left: first, bottom: ROW.header1, right: last }));
      }
    }
  }

  // Body, from the last row up: a sum row's children come after it, and its formulas' results are
  // the sums of what they show. Each row's cells and findings are kept in sheet order. The helpers
  // are made once and work on the current row (a plan may have hundreds of thousands of rows).
  const bodyCells: CellWrite[][] = new Array<CellWrite[]>(bodyRows.length);
  const bodyFindings: TemplateFinding[][] = new Array<TemplateFinding[]>(bodyRows.length);
  const shownByRow = new Map<number, Partial<Record<AmountKey, Shown>>>();
  const letter = Object.fromEntries(COLUMNS.map((c) => [c.key, columnLetters(c.col)])) as Record<
    (typeof COLUMNS)[number]['key'],
    string
  >;
  const shownOf = (rows: readonly number[], key: AmountKey): Shown[] =>
    rows.map((r) => shownByRow.get(r)?.[key]);
  let row = 0;
  let rowNumber = '';
  let code = '';
  let amountStyle: CellStyle = STYLE.amount;
  let rowCells: CellWrite[] = [];
  let rowFindings: TemplateFinding[] = [];
  let shown: Partial<Record<AmountKey, Shown>> = {};
  const amount = (key: AmountKey, value: Dec): void => {
    const address = letter[key] + rowNumber;
    // Up to 15 significant digits a double holds the figure exactly (what toCellNumber finds, faster).
    const n = value.sd() <= 15 && Math.abs(value.e) < 300 ? value.toNumber() : toCellNumber(value);
    if (n !== undefined) {
      rowCells.push({ address, value: n, numberFormat: fmt, style: amountStyle });
      shown[key] = value;
    } else {
      rowCells.push({ address, value: formatVi(value), style: amountStyle });
      rowFindings.push(amountAsText({ sheet, code, key, address }, value));
    }
  };
  const sumFormula = (key: AmountKey, formula: string, over: Shown[]): void => {
    const { result, shown: s } = emptyAwareSum(over);
    const address = letter[key] + rowNumber;
    rowCells.push(
      withResults
        ? { address, formula, value: result, numberFormat: fmt, style: amountStyle }
        : { address, formula, numberFormat: fmt, style: amountStyle },
    );
    shown[key] = s;
  };
  for (let i = bodyRows.length - 1; i >= 0; i--) {
    const { node, children, sums: isSum } = bodyRows[i] as (typeof bodyRows)[number];
    row = (bodyRows[i] as (typeof bodyRows)[number]).row;
    rowNumber = String(row + 1);
    code = node.code;
    rowCells = [];
    rowFindings = [];
    shown = {};
    const bold = node.level === 1;
    amountStyle = bold ? STYLE.amountBold : STYLE.amount;
    rowCells.push(
      {
        address: letter.stt + rowNumber,
        value: node.numbering.table,
        style: bold ? STYLE.sttBold : STYLE.stt,
      },
      { address: letter.name + rowNumber, value: node.label, style: bold ? STYLE.nameBold : STYLE.name },
    );
    const item = node.item;
    if (isSum) {
      for (const key of AMOUNT_COLUMNS) {
        sumFormula(key, columnSumFormula(templateCol(key), children), shownOf(children, key));
        const own = stated(item?.stated, key);
        // What the SUM formula will show: the outline's sum of the rows below.
        const below = own === undefined ? undefined : outline.childAmount(node, key);
        const computed = below === undefined ? undefined : toTrieu(below);
        if (own !== undefined && computed !== undefined && !computed.eq(own)) {
          rowFindings.push(formulaDiffers(amountCell(code, row, key), own, computed));
        }
      }
    } else {
      const s = item?.stated ?? {};
      for (const key of SOURCES) {
        const v = stated(s, key);
        if (v !== undefined) amount(key, v);
        else
          rowCells.push({
            address: letter[key] + rowNumber,
            value: null,
            numberFormat: fmt,
            style: amountStyle,
          });
      }
      const split = s.nstw_su_nghiep !== undefined || s.nstw_dau_tu !== undefined;
      const nstwOwn = s.nstw === undefined ? undefined : toTrieu(s.nstw);
      if (nstwOwn !== undefined && !split) amount('nstw', nstwOwn);
      else {
        sumFormula('nstw', rowFormulaNstw(row), [shown.nstw_su_nghiep, shown.nstw_dau_tu]);
        const parts =
          nstwOwn === undefined
            ? undefined
            : stated({ nstw_su_nghiep: s.nstw_su_nghiep, nstw_dau_tu: s.nstw_dau_tu }, 'nstw');
        if (nstwOwn !== undefined && parts !== undefined && !nstwOwn.eq(parts)) {
          rowFindings.push(formulaDiffers(amountCell(code, row, 'nstw'), nstwOwn, parts));
        }
      }
      const totalOwn = s.total === undefined ? undefined : toTrieu(s.total);
      // sumOfSources leaves the total out; only a stated total is compared with it.
      const sources = totalOwn === undefined ? undefined : sumOfSources(s);
      if (totalOwn !== undefined && sources === undefined) amount('total', totalOwn);
      else {
        sumFormula('total', rowFormulaTotal(row), [shown.nstw, shown.nsdp, shown.khac]);
        if (totalOwn !== undefined && sources !== undefined && !totalOwn.eq(toTrieu(sources))) {
          rowFindings.push(formulaDiffers(amountCell(code, row, 'total'), totalOwn, toTrieu(sources)));
        }
      }
    }
    rowCells.push(
      { address: letter.unit + rowNumber, value: item?.implementingUnit ?? null, style: STYLE.text },
      {
        address: letter.note + rowNumber,
        value: item && !item.applicable ? NOT_APPLICABLE_NOTE : null,
        style: STYLE.text,
      },
    );
    bodyCells[i] = rowCells;
    bodyFindings[i] = rowFindings;
    shownByRow.set(row, shown);
  }

  // TỔNG CỘNG: the sum of the top rows (the Dự án, and any row the outline had to put at the top).
  const projectRows = outline.top().map((n) => ROW.firstItem + n.index);
  put(ROW.total, templateCol('stt'), { value: null, style: STYLE.sttBold });
  put(ROW.total, templateCol('name'), { value: TOTAL_LABEL, style: STYLE.totalLabel });
  for (const key of AMOUNT_COLUMNS) {
    const formula = columnSumFormula(templateCol(key), projectRows);
    const result = withResults ? { value: emptyAwareSum(shownOf(projectRows, key)).result } : {};
    put(ROW.total, templateCol(key), { formula, ...result, numberFormat: fmt, style: STYLE.amountBold });
    const own = stated(plan?.statedTotals ?? undefined, key);
    const computed = plan ? outline.totals[key] : undefined;
    if (own !== undefined && computed !== undefined && !own.eq(toTrieu(computed))) {
      findings.push(formulaDiffers(amountCell(TONG, ROW.total, key), own, toTrieu(computed)));
    }
  }
  put(ROW.total, templateCol('unit'), { value: null, style: STYLE.text });
  put(ROW.total, templateCol('note'), { value: null, style: STYLE.text });
  cellMapRow(TONG, ROW.total);
  bodyRows.forEach(({ node, row, sums: isSum }, i) => {
    for (const c of bodyCells[i] ?? []) cells.push(c);
    for (const f of bodyFindings[i] ?? []) findings.push(f);
    cellMapRow(node.code, row);
    layoutRows.push({ code: node.code, row, level: node.level, parent: node.parent, sums: isSum });
  });

  const lastRow = ROW.firstItem + Math.max(bodyRows.length, 1) - 1;
  const table = rangeAddress({ top: ROW.header1, left: 0, bottom: lastRow, right: LAST_COL });
  const area = rangeAddress({ top: 0, left: 0, bottom: lastRow, right: LAST_COL });
  names[taggedName(TABLE_NAME, outline.catalogue)] = table;
  names[options.ownedName ?? `${OWNED_PREFIX}1`] = area;
  const cellMap: CellMap = { sheet, amounts: amountsMap, rows: rowsMap, settings: settingsMap };
  const columns = Object.fromEntries(COLUMNS.map((c) => [c.key, c.col])) as TemplateLayout['columns'];
  const widths = columnWidths();
  return {
    patch: {
      sheet,
      createSheet: true,
      cells,
      merges,
      columnWidths: widths,
      names,
      rowHeights: wrappedRowHeights(cells, widths, merges),
      page: planPageSetup([ROW.header1 + 1, ROW.header2 + 1]),
    },
    layout: {
      sheet,
      columns,
      headerRows: [ROW.header1, ROW.header2],
      totalRow: ROW.total,
      rows: layoutRows,
      table,
      area,
      amountFormat: fmt,
      cells: cellMap,
    },
    findings,
  };
}
