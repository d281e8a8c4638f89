/**
 * The workbook commands: `gnbv build` writes a plan into the standard template of an .xlsx workbook
 * (live formulas, a "Kinh phí" sheet with the section, a "Kiểm tra" sheet listing the findings with
 * links to their cells), and `gnbv check` reads back a workbook a person filled or edited and reports
 * findings by cell address. Thin: the sheet layer builds and reads, the .xlsx host writes and opens.
 */
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { hasErrors, whereLabel, type Finding, type Severity } from '../domain/findings';
import { formatVi } from '../domain/money/format';
import { UNIT_LABEL_VI } from '../domain/money/units';
import { planAmount } from '../domain/plan/amounts';
import { findingToJson } from '../domain/plan/json';
import type { Plan } from '../domain/plan/model';
import { renderSection, SECTION_STYLES, type SectionStyle, type WordsScope } from '../domain/render';
import { validatePlan } from '../domain/validation';
import { quoteSheetName } from '../sheet/a1';
import { XlsxHost } from '../hosts/xlsx';
import {
  buildTemplate,
  cellsOf,
  DEFAULT_SECTION_SHEET,
  markFindingsPatch,
  readPlanFromSnapshot,
  sectionPatch,
  TABLE_NAME,
  type CellMap,
  type CellWrite,
  type Patch,
  type ReadResult,
  type SheetSnapshot,
} from '../sheet';
import { choice, optionValue, parseArgs, UsageError } from './args';
import type { Io } from './main';
import { InputError, loadPlan } from './plan-input';
import { findingSummary } from './report';

/** The sheet listing the findings. */
export const CHECK_SHEET = 'Kiểm tra';

const SEVERITY_VI: Record<Severity, string> = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' };
const WORDS_SCOPES: readonly WordsScope[] = ['none', 'total', 'all'];
const HEADER_ROW = 3;
const HEADINGS = ['STT', 'Mức độ', 'Mục', 'Ô', 'Mã kiểm tra', 'Nội dung', 'Nội dung (English)'];

/** Options of {@link buildWorkbook}. */
export interface BuildOptions {
  readonly year?: number;
  readonly locality?: string;
  readonly style?: SectionStyle;
  readonly words?: WordsScope;
}

/** What {@link buildWorkbook} made. */
export interface BuiltWorkbook {
  readonly host: XlsxHost;
  /** Every finding listed on the "Kiểm tra" sheet. */
  readonly findings: Finding[];
  readonly cells: CellMap;
  /** False when the plan has error findings, so no section was written. */
  readonly sectionWritten: boolean;
}

/** The cell a finding points at, as shown ("E14", or "A14:J14" for a whole row), and the cell to link. */
function findingCell(f: Finding, cells: CellMap): { shown: string; link: string } | null {
  const addresses = cellsOf(f, cells);
  const first = addresses[0];
  if (first === undefined) return null;
  const last = addresses[addresses.length - 1] ?? first;
  return { shown: first === last ? first : `${first}:${last}`, link: first };
}

/** `=HYPERLINK("#'Kế hoạch kinh phí'!E14","E14")`: a link inside the workbook, quotes doubled for the string. */
function hyperlinkFormula(sheet: string, cell: string, shown: string): string {
  const target = `#${quoteSheetName(sheet)}!${cell}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${shown}")`;
}

/** The "Kiểm tra" sheet: a count, then one row per finding with a link to its cell on the plan sheet. */
function checkSheetPatch(findings: readonly Finding[], cells: CellMap): Patch {
  const bold = { bold: true };
  const header = { bold: true, border: 'thin', fill: '#D9E1F2', wrap: true, vAlign: 'middle' } as const;
  const body = { border: 'thin', wrap: true, vAlign: 'top' } as const;
  const writes: CellWrite[] = [
    { address: 'A1', value: 'KẾT QUẢ KIỂM TRA KẾ HOẠCH KINH PHÍ', style: { ...bold, fontSize: 13 } },
    { address: 'A2', value: `Trang "${cells.sheet}": ${findingSummary(findings)}.` },
  ];
  HEADINGS.forEach((text, i) =>
    writes.push({ address: `${'ABCDEFG'[i]}${HEADER_ROW + 1}`, value: text, style: header }),
  );
  if (findings.length === 0) {
    writes.push({
      address: `A${HEADER_ROW + 2}`,
      value: 'Không có sai lệch: mọi tổng đều bằng tổng các phần.',
    });
  }
  findings.forEach((f, i) => {
    const row = HEADER_ROW + 2 + i;
    const place = findingCell(f, cells);
    writes.push(
      { address: `A${row}`, value: i + 1, style: body },
      {
        address: `B${row}`,
        value: SEVERITY_VI[f.severity],
        style: { ...body, bold: f.severity === 'error' },
      },
      { address: `C${row}`, value: whereLabel(f.where), style: body },
      place
        ? {
            address: `D${row}`,
            formula: hyperlinkFormula(cells.sheet, place.link, place.shown),
            // The text the link shows, so the sheet reads right before any spreadsheet calculates it.
            value: place.shown,
            style: { ...body, color: '#0563C1' },
          }
        : { address: `D${row}`, value: null, style: body },
      { address: `E${row}`, value: f.code, style: body },
      { address: `F${row}`, value: f.text.vi, style: body },
      { address: `G${row}`, value: f.text.en, style: body },
    );
  });
  return {
    sheet: CHECK_SHEET,
    createSheet: true,
    cells: writes,
    columnWidths: { A: 6, B: 11, C: 10, D: 10, E: 24, F: 80, G: 60 },
  };
}

/**
 * Builds the workbook of a plan: the template filled in (sum formulas live, finding cells coloured),
 * the "Kinh phí" section when the plan has no error finding, and the "Kiểm tra" sheet.
 *
 * @param readFindings - findings of reading the plan's document, listed with the rest.
 */
export async function buildWorkbook(
  plan: Plan,
  readFindings: readonly Finding[],
  options: BuildOptions = {},
): Promise<BuiltWorkbook> {
  const host = XlsxHost.empty([]);
  const template = buildTemplate({
    year: options.year ?? plan.year ?? new Date().getFullYear(),
    locality: options.locality ?? plan.locality ?? 'chưa ghi địa bàn',
    plan,
  });
  const findings: Finding[] = [...readFindings, ...template.findings, ...validatePlan(plan)];
  await host.applyPatch(template.patch);
  const cells = template.layout.cells;
  const marks = markFindingsPatch(findings, cells);
  if (marks.cells.length > 0) await host.applyPatch(marks);
  const sectionWritten = !hasErrors(findings);
  if (sectionWritten) {
    const section = renderSection(plan, {
      style: options.style ?? 'kinh-phi-thuc-hien',
      words: options.words ?? 'none',
    });
    findings.push(...section.findings);
    await host.applyPatch(sectionPatch(section));
  }
  await host.applyPatch(checkSheetPatch(findings, cells));
  await host.select(cells.sheet, 'A1');
  return { host, findings, cells, sectionWritten };
}

function inputErrorLine(e: unknown, io: Io): number {
  if (e instanceof UsageError || e instanceof InputError) {
    io.err(`Lỗi: ${e.message}`);
    return 2;
  }
  throw e;
}

/** `gnbv build <plan.txt|.docx|.json> -o plan.xlsx [--style …] [--words …] [--year N] [--locality "…"]`. */
export async function buildCommand(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(
      argv.map((a) => (a === '-o' ? '--out' : a)),
      { values: ['out', 'style', 'words', 'year', 'locality'], flags: [] },
    );
    if (args.positionals.length !== 1)
      throw new UsageError('Cần đúng một tệp kế hoạch (.json, .txt hoặc .docx).');
    const out = optionValue(args, 'out');
    if (out === undefined) throw new UsageError('Thiếu -o <tệp.xlsx> (sổ tính sẽ ghi ra).');
    if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError(`Tệp ra "${out}" phải có đuôi .xlsx.`);
    const yearText = optionValue(args, 'year');
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) {
      throw new UsageError(`--year phải là năm có bốn chữ số (đã nhập "${yearText}").`);
    }
    const { plan, findings: readFindings } = await loadPlan(args.positionals[0]);
    const locality = optionValue(args, 'locality');
    const built = await buildWorkbook(plan, readFindings, {
      ...(yearText !== undefined ? { year: Number(yearText) } : {}),
      ...(locality !== undefined ? { locality } : {}),
      style: choice(args, 'style', SECTION_STYLES, 'kinh-phi-thuc-hien'),
      words: choice(args, 'words', WORDS_SCOPES, 'none'),
    });
    try {
      await built.host.save(out);
    } catch (e) {
      throw new InputError(`Không ghi được tệp "${out}" (${(e as NodeJS.ErrnoException).code ?? 'lỗi'}).`);
    }
    const total = planAmount(plan, 'total');
    const totalText = total === undefined ? '' : `, tổng ${formatVi(total)} ${UNIT_LABEL_VI[plan.unit]}`;
    const section = built.sectionWritten
      ? `trang "${DEFAULT_SECTION_SHEET}"`
      : `chưa ghi trang "${DEFAULT_SECTION_SHEET}" vì kế hoạch có lỗi`;
    io.out(
      `Đã ghi ${out}: trang "${built.cells.sheet}" (${plan.items.length} mục${totalText}), ${section}, ` +
        `trang "${CHECK_SHEET}" (${findingSummary(built.findings)}).`,
    );
    return hasErrors(built.findings) ? 1 : 0;
  } catch (e) {
    return inputErrorLine(e, io);
  }
}

/** The sheet holding the plan table: the one GNBV_BANG points into, else the first whose header reads. */
function findPlanSheet(
  snapshots: readonly SheetSnapshot[],
): { snapshot: SheetSnapshot; read: ReadResult } | null {
  const named = snapshots.filter((s) => s.names?.[TABLE_NAME] !== undefined);
  const rest = snapshots.filter((s) => s.names?.[TABLE_NAME] === undefined);
  for (const snapshot of [...named, ...rest]) {
    const read = readPlanFromSnapshot(snapshot);
    if (!read.findings.some((f) => f.code === 'SHEET_NO_HEADER')) return { snapshot, read };
  }
  return null;
}

/**
 * Formula cells of a sheet no spreadsheet has calculated: a file written by a program (exceljs) and
 * never opened has no formula result at all. A result that is an empty text ("" from the template's
 * IF(COUNT(…)=0;"";SUM(…))) cannot be told from a missing one in the file, so the sheet counts as
 * calculated as soon as one formula has a result.
 */
function uncalculated(snapshot: SheetSnapshot): number {
  let formulas = 0;
  for (const row of snapshot.rows) {
    for (const c of row) {
      if (c.formula === undefined) continue;
      if (c.value !== null || c.text !== '') return 0;
      formulas++;
    }
  }
  return formulas;
}

async function openWorkbook(path: string): Promise<XlsxHost> {
  if (!existsSync(path)) throw new InputError(`Không tìm thấy tệp "${path}".`);
  if (extname(path).toLowerCase() !== '.xlsx') {
    throw new InputError(`Không đọc được "${path}": chỉ nhận sổ tính Excel .xlsx.`);
  }
  try {
    return await XlsxHost.fromFile(path);
  } catch {
    throw new InputError(
      `Không đọc được "${path}": tệp không phải sổ tính Excel (.xlsx) hợp lệ hoặc bị hỏng.`,
    );
  }
}

/**
 * `gnbv check <plan.xlsx> [--json]`: reads the plan table of a workbook and reports findings by cell.
 * A workbook never calculated (built by `gnbv build` and not opened since) has no formula results;
 * its sum cells then read as "not stated" and the check works from the figures typed in.
 */
export async function checkWorkbook(path: string, io: Io, json: boolean): Promise<number> {
  try {
    const host = await openWorkbook(path);
    const snapshots: SheetSnapshot[] = [];
    for (const sheet of await host.listSheets()) {
      const snapshot = await host.readSheet(sheet);
      if (snapshot) snapshots.push(snapshot);
    }
    const found = findPlanSheet(snapshots);
    if (!found) {
      throw new InputError(
        `Không tìm thấy bảng kế hoạch trong "${path}" (cần dòng tiêu đề "STT", "Nội dung", "Tổng cộng"… như mẫu chuẩn).`,
      );
    }
    const { snapshot, read } = found;
    const findings = [...read.findings, ...validatePlan(read.plan)];
    const cells = read.cells;
    const pending = uncalculated(snapshot);
    const note =
      pending > 0
        ? `Lưu ý: ${pending} ô công thức chưa được tính (sổ tính chưa mở bằng Excel hoặc LibreOffice); ` +
          'các tổng được đối chiếu từ các số đã nhập.'
        : undefined;
    if (json) {
      const out = findings.map((f) => {
        // The cell (or the row's range) comes last, after its sheet, as this output has always had it.
        const json: Record<string, unknown> = { ...findingToJson(f) };
        delete json.cell;
        return { ...json, sheet: cells.sheet, cell: findingCell(f, cells)?.shown ?? null };
      });
      io.out(JSON.stringify(out, null, 2));
      if (note !== undefined) io.err(note);
    } else {
      const total = planAmount(read.plan, 'total');
      io.out(
        `Sổ tính ${basename(path)}, trang "${cells.sheet}": ${read.plan.items.length} mục` +
          (total !== undefined
            ? `, tổng kinh phí các mục ${formatVi(total)} ${UNIT_LABEL_VI[read.plan.unit]}`
            : '') +
          '.',
      );
      if (note !== undefined) io.out(note);
      for (const f of findings) {
        const cell = findingCell(f, cells)?.shown ?? '';
        io.out(
          `${SEVERITY_VI[f.severity].padEnd(9)} ${cell.padEnd(7)} ${whereLabel(f.where).padEnd(7)} [${f.code}] ${f.text.vi}`,
        );
      }
      io.out(
        findings.length === 0
          ? 'Không có sai lệch: mọi tổng đều bằng tổng các phần.'
          : `Kết quả kiểm tra: ${findingSummary(findings)}.`,
      );
    }
    return hasErrors(findings) ? 1 : 0;
  } catch (e) {
    return inputErrorLine(e, io);
  }
}
