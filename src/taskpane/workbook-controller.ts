/**
 * The task pane's actions over any WorkbookHost: read a snapshot, turn it into a plan, run the
 * engine, build a patch, ask before overwriting cells the add-in did not create, write, keep the
 * undo. No React and no Office.js here, so it is tested over the in-memory host.
 */
import { allocateTwoSources, type AllocationLine } from '../domain/allocation';
import { joinTexts, TONG, whereLabel, type Finding, type Text } from '../domain/findings';
import { Dec, formatVi, parseAmount, sum, toCellNumber, type Dec as DecType } from '../domain/money';
import { amountOf, type Plan } from '../domain/plan';
import { renderSection, type RenderedSection } from '../domain/render';
import { validatePlan } from '../domain/validation';
import { docxBytesToLines } from '../import/docx-web';
import { importPlanLines, importPlanText } from '../import/text-importer';
import type { WorkbookHost } from '../hosts/contract';
import {
  allocationPatch,
  buildTemplate,
  cellsOf,
  clearMarksPatch,
  conflicts,
  DEFAULT_SECTION_SHEET,
  DEFAULT_TEMPLATE_SHEET,
  markFindingsPatch,
  OWNED_PREFIX,
  ownedRanges,
  readPlanFromSnapshot,
  sectionPatch,
  type ReadResult,
} from '../sheet';
import type { Patch, SheetSnapshot } from '../sheet/types';
import type {
  ActionResult,
  AllocationPreview,
  AllocationPreviewRow,
  AllocationRequestView,
  AllocationRow,
  FindingView,
  SectionOptionsView,
  TaskpaneController,
  WriteOptions,
} from './controller-types';
import { sectionHtml } from './section-html';

const done = (vi: string, en: string, cellCount?: number): ActionResult => ({
  kind: 'done',
  message: { vi, en },
  ...(cellCount !== undefined ? { cellCount } : {}),
});
const failed = (vi: string, en: string): ActionResult => ({ kind: 'failed', message: { vi, en } });

/** Reads an amount the user typed: Vietnamese first ("15.089", "466,25"), then a plain decimal ("466.25"). */
export function readTyped(text: string, label: Text): DecType | Text {
  const vi = parseAmount(text, 'vi');
  if (vi.ok) return vi.value.value;
  const plainRead = parseAmount(text, 'plain');
  if (plainRead.ok) return plainRead.value.value;
  return { vi: `${label.vi}: ${vi.error.text.vi}`, en: `${label.en}: ${vi.error.text.en}` };
}

function isMessage(x: DecType | Text): x is Text {
  return !(x instanceof Dec);
}

interface Computed {
  readonly ok: true;
  readonly read: ReadResult;
  readonly step: DecType;
  readonly rows: { code: string; label: string; nstw: DecType; nsdp: DecType }[];
}

export class WorkbookController implements TaskpaneController {
  private lastUndo: Patch | undefined;
  private lastFindings: { findings: Finding[]; read: ReadResult } | undefined;
  private marked: Patch | undefined;
  /** The sheet holding the plan table. */
  private planSheet = DEFAULT_TEMPLATE_SHEET;

  constructor(
    private host: WorkbookHost,
    readonly environment: 'excel' | 'browser',
  ) {}

  /**
   * Works on another workbook from now on (standalone mode opening a file). What was remembered
   * about the old one (undo, findings, marks, the plan sheet) would point at cells that are not
   * there, so it is forgotten.
   */
  switchHost(host: WorkbookHost): void {
    this.host = host;
    this.lastUndo = undefined;
    this.lastFindings = undefined;
    this.marked = undefined;
    this.planSheet = DEFAULT_TEMPLATE_SHEET;
  }

  canUndo(): boolean {
    return this.lastUndo !== undefined;
  }

  async undo(): Promise<ActionResult> {
    const undo = this.lastUndo;
    if (!undo) return failed('Chưa có lần ghi nào để hoàn tác.', 'There is no write to undo.');
    const result = await this.host.applyPatch(undo);
    this.lastUndo = undefined;
    return done(
      `Đã hoàn tác: khôi phục ${result.cellCount} ô như trước lần ghi gần nhất.`,
      `Undone: ${result.cellCount} cells restored to what they were before the last write.`,
      result.cellCount,
    );
  }

  /**
   * Writes a patch unless it would replace cells the add-in did not create (then asks). With
   * `owned`, the written area is recorded as the add-in's own under a `GNBV_VUNG_…` name.
   */
  private async write(
    patch: Patch,
    write: WriteOptions | undefined,
    owned?: string,
    snapshot?: SheetSnapshot | null,
  ): Promise<ActionResult | number> {
    const before = snapshot === undefined ? await this.host.readSheet(patch.sheet) : snapshot;
    const clashes = conflicts(before, patch, ownedRanges(before));
    if (clashes.length > 0 && !write?.overwrite) {
      const shown = clashes.slice(0, 12).join(', ') + (clashes.length > 12 ? ', …' : '');
      return {
        kind: 'confirm',
        cells: clashes,
        message: {
          vi: `Trang "${patch.sheet}" có ${clashes.length} ô đã có dữ liệu không do Kinh phí GNBV tạo (${shown}).`,
          en: `Sheet "${patch.sheet}" has ${clashes.length} cells with data Kinh phí GNBV did not create (${shown}).`,
        },
      };
    }
    const named: Patch =
      owned === undefined
        ? patch
        : { ...patch, names: { ...patch.names, [ownedNameFor(patch.sheet, before)]: owned } };
    const result = await this.host.applyPatch(named, before ?? undefined);
    this.lastUndo = result.undo;
    return result.cellCount;
  }

  private async readPlan(): Promise<ReadResult | Text> {
    const snapshot = await this.host.readSheet(this.planSheet);
    if (!snapshot) {
      const active = await this.host.activeSheet();
      const other = active === this.planSheet ? null : await this.host.readSheet(active);
      if (other) {
        const read = readPlanFromSnapshot(other);
        if (read.plan.items.length > 0) {
          this.planSheet = active;
          return read;
        }
      }
      return {
        vi: `Chưa có bảng kế hoạch: hãy chèn mẫu ở bước "Mẫu" (trang "${this.planSheet}") hoặc mở trang có bảng kế hoạch.`,
        en: `No plan table yet: insert the template in the "Template" step (sheet "${this.planSheet}") or open the sheet that holds it.`,
      };
    }
    return readPlanFromSnapshot(snapshot);
  }

  async insertTemplate(
    options: { year: number; locality: string },
    write?: WriteOptions,
  ): Promise<ActionResult> {
    return this.writePlan({ year: options.year, locality: options.locality }, write, undefined);
  }

  private async writePlan(
    options: { year: number; locality: string; plan?: Plan },
    write: WriteOptions | undefined,
    note: Text | undefined,
  ): Promise<ActionResult> {
    const before = await this.host.readSheet(this.planSheet);
    const built = buildTemplate({
      ...options,
      sheet: this.planSheet,
      ownedName: ownedNameFor(this.planSheet, before),
    });
    const written = await this.write(built.patch, write, undefined, before);
    if (typeof written !== 'number') return written;
    const warnings = built.findings.filter((f) => f.severity !== 'info').length;
    return done(
      `Đã ghi mẫu kế hoạch vào trang "${this.planSheet}" (${written} ô).${note ? ` ${note.vi}` : ''}${
        warnings > 0 ? ` Có ${warnings} điểm cần xem ở bước "Kiểm tra".` : ''
      }`,
      `The plan template was written to sheet "${this.planSheet}" (${written} cells).${note ? ` ${note.en}` : ''}${
        warnings > 0 ? ` ${warnings} points need a look in the "Check" step.` : ''
      }`,
      written,
    );
  }

  async importDocument(
    file: { name: string; bytes: Uint8Array },
    write?: WriteOptions,
  ): Promise<ActionResult> {
    const isDocx = /\.docx$/i.test(file.name);
    let imported;
    if (isDocx) {
      const lines = await docxBytesToLines(file.bytes);
      if (!lines.ok) {
        return failed(
          `Không đọc được tệp "${file.name}": ${lines.vi}`,
          `Cannot read "${file.name}": ${lines.en}`,
        );
      }
      imported = importPlanLines(lines.lines, {}, true);
    } else {
      imported = importPlanText(new TextDecoder('utf-8').decode(file.bytes));
    }
    const { plan, findings } = imported;
    if (findings.some((f) => f.severity === 'error')) {
      const first = findings.find((f) => f.severity === 'error');
      return failed(
        `Không đọc được tệp "${file.name}": ${first?.text.vi ?? ''}`,
        `Cannot read "${file.name}": ${first?.text.en ?? ''}`,
      );
    }
    if (plan.items.length === 0) {
      return failed(
        `Tệp "${file.name}" không nêu kinh phí của Dự án, Tiểu dự án nào; chưa ghi gì vào bảng tính.`,
        `"${file.name}" states no funding for any project or sub-project; nothing was written.`,
      );
    }
    const year = plan.year ?? new Date().getFullYear();
    return this.writePlan({ year, locality: plan.locality ?? '', plan }, write, {
      vi: `Đã nhập ${plan.items.length} mục từ "${file.name}".`,
      en: `${plan.items.length} items were imported from "${file.name}".`,
    });
  }

  async allocationRows(): Promise<readonly AllocationRow[]> {
    const read = await this.readPlan();
    if (!('plan' in read)) return [];
    const parents = new Set(read.plan.items.map((i) => i.parent).filter((p): p is string => p !== null));
    return read.plan.items
      .filter((i) => !parents.has(i.code) && i.applicable)
      .map((i) => {
        const nstw = amountOf(i.stated, 'nstw');
        const nsdp = i.stated.nsdp;
        return {
          code: i.code,
          label: read.cells.rows[i.code] ? labelOf(i.code, i.name, i.level) : i.name,
          level: i.level,
          nstw: nstw === undefined ? null : nstw.toFixed(),
          nsdp: nsdp === undefined ? null : nsdp.toFixed(),
        };
      });
  }

  private async compute(
    request: AllocationRequestView,
  ): Promise<Computed | { readonly ok: false; readonly messages: readonly Text[] }> {
    const read = await this.readPlan();
    if (!('plan' in read)) return { ok: false, messages: [read] };
    const nstw = readTyped(request.nstw, { vi: 'NSTW được giao', en: 'Assigned central budget' });
    const nsdp = readTyped(request.nsdp, { vi: 'NSĐP được giao', en: 'Assigned local budget' });
    const step = readTyped(request.step, { vi: 'Bước làm tròn', en: 'Rounding step' });
    const problems = [nstw, nsdp, step].filter(isMessage);
    if (request.rows.length === 0) {
      problems.push({
        vi: 'Hãy chọn ít nhất một dòng để phân bổ.',
        en: 'Choose at least one row to allocate to.',
      });
    }
    const items = new Map(read.plan.items.map((i) => [i.code, i]));
    const central: AllocationLine[] = [];
    const local: AllocationLine[] = [];
    request.rows.forEach((row) => {
      const item = items.get(row.code);
      const label = { vi: `Dòng ${row.code}`, en: `Row ${row.code}` };
      if (!item) {
        problems.push({
          vi: `${label.vi}: không còn trong bảng kế hoạch.`,
          en: `${label.en}: no longer in the plan table.`,
        });
        return;
      }
      let wCentral: DecType = new Dec(1);
      let wLocal: DecType = new Dec(1);
      if (request.method === 'weights') {
        const w = readTyped(row.weight ?? '', { vi: `${label.vi}, tỷ trọng`, en: `${label.en}, weight` });
        if (isMessage(w)) problems.push(w);
        else wCentral = wLocal = w;
      } else if (request.method === 'last-year') {
        wCentral = amountOf(item.stated, 'nstw') ?? new Dec(0);
        wLocal = item.stated.nsdp ?? new Dec(0);
      }
      const lock = (text: string | undefined, what: Text): DecType | undefined => {
        if (text === undefined || text.trim() === '') return undefined;
        const v = readTyped(text, what);
        if (isMessage(v)) {
          problems.push(v);
          return undefined;
        }
        return v;
      };
      const lockedNstw = lock(row.lockedNstw, {
        vi: `${label.vi}, NSTW khoá`,
        en: `${label.en}, locked central`,
      });
      const lockedNsdp = lock(row.lockedNsdp, {
        vi: `${label.vi}, NSĐP khoá`,
        en: `${label.en}, locked local`,
      });
      central.push({ weight: wCentral, ...(lockedNstw ? { locked: lockedNstw } : {}) });
      local.push({ weight: wLocal, ...(lockedNsdp ? { locked: lockedNsdp } : {}) });
    });
    if (problems.length > 0 || isMessage(nstw) || isMessage(nsdp) || isMessage(step)) {
      return { ok: false, messages: problems };
    }
    // By last year's shares with no local money last year: split the local money like the central.
    const localLines = local.every((l) => l.weight.isZero() && l.locked === undefined) ? central : local;
    const result = allocateTwoSources({ central: nstw, local: nsdp, lines: central, localLines, step });
    if (!result.ok) {
      return { ok: false, messages: result.findings.map((f) => f.text) };
    }
    const rows = request.rows.map((row, i) => {
      const r = result.rows[i];
      const item = items.get(row.code);
      return {
        code: row.code,
        label: item ? labelOf(item.code, item.name, item.level) : row.code,
        nstw: r?.central ?? new Dec(0),
        nsdp: r?.local ?? new Dec(0),
      };
    });
    return { ok: true, read, rows, step };
  }

  async previewAllocation(request: AllocationRequestView): Promise<AllocationPreview> {
    const c = await this.compute(request);
    if (!c.ok) return { kind: 'failed', messages: c.messages };
    const view = (code: string, label: string, nstw: DecType, nsdp: DecType): AllocationPreviewRow => ({
      code,
      label,
      nstw: formatVi(nstw),
      nsdp: formatVi(nsdp),
      total: formatVi(nstw.plus(nsdp)),
    });
    const totalNstw = sum(c.rows.map((r) => r.nstw));
    const totalNsdp = sum(c.rows.map((r) => r.nsdp));
    return {
      kind: 'ok',
      rows: c.rows.map((r) => view(r.code, r.label, r.nstw, r.nsdp)),
      totals: view(TONG, 'Tổng cộng', totalNstw, totalNsdp),
    };
  }

  async writeAllocation(
    request: AllocationRequestView,
    mode: 'values' | 'formulas',
    write?: WriteOptions,
  ): Promise<ActionResult> {
    const c = await this.compute(request);
    if (!c.ok) {
      const { messages } = c;
      return {
        kind: 'failed',
        message: joinTexts(messages),
      };
    }
    if (
      mode === 'formulas' &&
      request.rows.some((r) => (r.lockedNstw ?? '') !== '' || (r.lockedNsdp ?? '') !== '')
    ) {
      return failed(
        'Công thức GNBV.PHANBO không giữ được các dòng khoá; hãy bỏ khoá hoặc chọn "Ghi giá trị".',
        'GNBV.PHANBO formulas cannot keep locked rows; remove the locks or choose "Write values".',
      );
    }
    const parts = c.rows.map((r) => ({ code: r.code, nstw: r.nstw, nsdp: r.nsdp }));
    // Live formulas carry the weights as array constants, so they need no extra cells on the sheet.
    const weights = (pick: (line: Computed['rows'][number], i: number) => string) =>
      `{${c.rows.map((line, i) => pick(line, i)).join(';')}}`;
    const typed = request.rows.map((r) => (request.method === 'weights' ? (r.weight ?? '1') : '1'));
    const weightOf = (i: number) => {
      const w = readTyped(typed[i] ?? '1', { vi: '', en: '' });
      return isMessage(w) ? '1' : w.toFixed();
    };
    const patched = allocationPatch(c.read.cells, parts, mode, {
      ...(mode === 'formulas'
        ? {
            weights: {
              nstw:
                request.method === 'last-year'
                  ? weights((l) => l.nstw.toFixed())
                  : weights((_, i) => weightOf(i)),
              nsdp:
                request.method === 'last-year'
                  ? weights((l) => l.nsdp.toFixed())
                  : weights((_, i) => weightOf(i)),
            },
          }
        : {}),
    });
    if (patched.findings.some((f) => f.severity === 'error')) {
      return { kind: 'failed', message: joinTexts(patched.findings.map((f) => f.text)) };
    }
    // The assigned totals and the step go into the settings block, so the sheet records the
    // decision the split came from (and live formulas compute exactly what the preview showed).
    const settings = c.read.cells.settings;
    const typedSettings: [string | undefined, DecType][] = [
      [settings.nstwGiao, sum(parts.map((p) => p.nstw))],
      [settings.nsdpGiao, sum(parts.map((p) => p.nsdp))],
      [settings.step, c.step],
    ];
    const settingWrites = typedSettings.flatMap(([address, value]) => {
      const n = toCellNumber(value);
      return address === undefined || n === undefined ? [] : [{ address, value: n }];
    });
    const patch: Patch = { ...patched.patch, cells: [...patched.patch.cells, ...settingWrites] };
    const written = await this.write(patch, write);
    if (typeof written !== 'number') return written;
    return done(
      `Đã ghi phân bổ cho ${parts.length} dòng (${written} ô).`,
      `The allocation was written for ${parts.length} rows (${written} cells).`,
      written,
    );
  }

  async validate(): Promise<readonly FindingView[]> {
    const read = await this.readPlan();
    if (!('plan' in read)) {
      return [{ id: 'no-plan', severity: 'error', where: TONG, message: read }];
    }
    const findings = [...read.findings, ...validatePlan(read.plan)];
    this.lastFindings = { findings, read };
    return findings.map((f, i) => {
      const cell = cellsOf(f, read.cells)[0];
      return {
        id: `${i}-${f.code}-${whereLabel(f.where)}`,
        severity: f.severity,
        where: whereLabel(f.where),
        ...(cell !== undefined ? { cell } : {}),
        message: f.text,
      };
    });
  }

  async selectFinding(finding: FindingView): Promise<void> {
    if (finding.cell === undefined) return;
    await this.host.select(this.lastFindings?.read.cells.sheet ?? this.planSheet, finding.cell);
  }

  async markFindings(): Promise<ActionResult> {
    if (!this.lastFindings) await this.validate();
    const last = this.lastFindings;
    if (!last) return failed('Chưa có bảng kế hoạch để kiểm tra.', 'There is no plan table to check.');
    if (this.marked) await this.host.applyPatch(clearMarksPatch(this.marked));
    const patch = markFindingsPatch(last.findings, last.read.cells);
    if (patch.cells.length === 0) {
      this.marked = undefined;
      return done('Không có ô nào cần đánh dấu.', 'No cell needs marking.', 0);
    }
    const result = await this.host.applyPatch(patch);
    this.marked = patch;
    this.lastUndo = result.undo;
    return done(
      `Đã tô màu ${result.cellCount} ô có sai lệch (đỏ: lỗi, vàng: cảnh báo).`,
      `${result.cellCount} cells were coloured (red: error, yellow: warning).`,
      result.cellCount,
    );
  }

  async clearMarks(): Promise<ActionResult> {
    const marked = this.marked;
    if (!marked) return done('Không có đánh dấu nào để xoá.', 'There are no marks to clear.', 0);
    const result = await this.host.applyPatch(clearMarksPatch(marked));
    this.marked = undefined;
    this.lastUndo = result.undo;
    return done(
      `Đã xoá đánh dấu ở ${result.cellCount} ô.`,
      `Marks were cleared on ${result.cellCount} cells.`,
    );
  }

  /** The plan on the sheet when its figures add up; else why not, in words (a section or document of it would not add up). */
  async checkedPlan(): Promise<Plan | Text> {
    const read = await this.readPlan();
    if (!('plan' in read)) return read;
    const errors = [...read.findings, ...validatePlan(read.plan)].filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      return {
        vi: `Bảng kế hoạch còn ${errors.length} lỗi về số liệu (xem bước "Kiểm tra"), nên chưa viết phần kinh phí: tổng viết ra phải bằng tổng các phần.`,
        en: `The plan table has ${errors.length} errors in its figures (see the "Check" step), so the funding section was not written: its totals must equal the sum of the parts.`,
      };
    }
    return read.plan;
  }

  private async rendered(options: SectionOptionsView): Promise<RenderedSection | Text> {
    const plan = await this.checkedPlan();
    if (!('items' in plan)) return plan;
    return renderSection(plan, { style: options.style, words: options.words });
  }

  async writeSection(options: SectionOptionsView, write?: WriteOptions): Promise<ActionResult> {
    const section = await this.rendered(options);
    if (!('lines' in section)) return { kind: 'failed', message: section };
    const patch = sectionPatch(section, DEFAULT_SECTION_SHEET);
    // Lines left from a longer section written before are emptied, within the add-in's own area only.
    const before = await this.host.readSheet(DEFAULT_SECTION_SHEET);
    const previous = before ? ownedRanges(before) : [];
    const extra = stalePreviousLines(before, previous, patch.cells.length);
    const full: Patch = { ...patch, cells: [...patch.cells, ...extra] };
    const written = await this.write(full, write, `A1:A${Math.max(patch.cells.length, 1)}`, before);
    if (typeof written !== 'number') return written;
    return done(
      `Đã ghi phần kinh phí (${patch.cells.length} dòng) vào trang "${DEFAULT_SECTION_SHEET}".`,
      `The funding section (${patch.cells.length} lines) was written to sheet "${DEFAULT_SECTION_SHEET}".`,
      written,
    );
  }

  async sectionForClipboard(options: SectionOptionsView): Promise<{ html: string; text: string }> {
    const section = await this.rendered(options);
    if (!('lines' in section)) throw new SectionUnavailable(section);
    return { html: sectionHtml(section), text: section.lines.map((l) => l.text).join('\n') };
  }
}

/** Thrown to the pane when the section cannot be made (the pane shows `message`). */
export class SectionUnavailable extends Error {
  constructor(readonly userMessage: Text) {
    super(userMessage.en);
  }
}

function labelOf(code: string, name: string, level: number): string {
  const m = /^DA(\d+)(?:\.(\d+))?$/.exec(code);
  if (m?.[2] !== undefined) return `Tiểu dự án ${m[2]} (Dự án ${m[1]}): ${name}`;
  if (m) return `Dự án ${m[1]}: ${name}`;
  return level >= 3 ? `${code}: ${name}` : name;
}

/** Cells of column A below `count` rows that lie in the add-in's earlier section area: emptied. */
function stalePreviousLines(
  before: SheetSnapshot | null,
  owned: readonly string[],
  count: number,
): { address: string; value: null }[] {
  if (!before) return [];
  const out: { address: string; value: null }[] = [];
  for (const range of owned) {
    const m = /^A(\d+):A(\d+)$/.exec(range);
    if (!m) continue;
    for (let row = Math.max(count + 1, Number(m[1])); row <= Number(m[2]); row++) {
      out.push({ address: `A${row}`, value: null });
    }
  }
  return out;
}

/**
 * The name recording an area the add-in wrote on `sheet`. Workbook names are global, so the name
 * carries a hash of the sheet's name (two sheets never share one) and the first number this
 * sheet does not use yet; {@link ownedRanges} finds them all by their prefix.
 */
export function ownedNameFor(sheet: string, before: SheetSnapshot | null): string {
  let h = 0x811c9dc5;
  for (const ch of sheet) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const base = `${OWNED_PREFIX}${h.toString(16).toUpperCase().padStart(8, '0')}_`;
  const used = new Set(Object.keys(before?.names ?? {}).map((n) => n.toUpperCase()));
  let n = 1;
  while (used.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}
