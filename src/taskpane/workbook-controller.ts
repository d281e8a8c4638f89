/**
 * The task pane's controller: an adapter translating the pane's calls into the app layer's use cases
 * (src/app) over one {@link WorkbookSession}, and their results into the pane's view types. No React,
 * no Office.js, no workbook logic here; tested over the in-memory host.
 */
import {
  allocationFormStart,
  allocationRows,
  previewAllocation,
  writeAllocation,
  type AllocatedRow,
  type AllocationPreview as AppPreview,
  type AllocationRowInfo,
} from '../app/allocate';
import { importPlan } from '../app/import-plan';
import { checkSheet, clearMarks, markFindings, selectCell } from '../app/marks';
import type { Outcome } from '../app/outcome';
import { causeIndexes } from '../app/finding-causes';
import { sectionForClipboard, writeSection } from '../app/section';
import { downloadSectionDocument, previewSection } from '../app/section-document';
import { previewSession, type SheetPreview } from '../app/sheet-preview';
import type { Services } from '../app/services';
import { WorkbookSession } from '../app/session';
import { SessionCriteria, type CriteriaController } from './criteria-controller';
import { insertTemplate } from '../app/template';
import { TONG, whereLabel } from '../domain/findings';
import { formatVi } from '../domain/money';
import type { WorkbookHost } from '../hosts/contract';
import {
  QD90_ROW_KINDS,
  type ActionResult,
  type AllocationFormStartView,
  type AllocationPreview,
  type AllocationPreviewRow,
  type AllocationRequestView,
  type AllocationRow,
  type FindingView,
  type NumberLocale,
  type PlanSheetsView,
  type SectionOptionsView,
  type SectionPreviewLine,
  type TaskpaneController,
  type WriteOptions,
} from './controller-types';

const confirmed = (write: WriteOptions | undefined): boolean => write?.overwrite === true;

function previewRow(
  row: Pick<AllocatedRow, 'nstw' | 'nsdp' | 'total'>,
  code: string,
  label: string,
): AllocationPreviewRow {
  return { code, label, nstw: formatVi(row.nstw), nsdp: formatVi(row.nsdp), total: formatVi(row.total) };
}

function previewView(outcome: Outcome<AppPreview>): AllocationPreview {
  if (outcome.kind !== 'done') {
    const messages =
      outcome.kind === 'failed' && outcome.findings.length > 0
        ? outcome.findings.map((f) => f.text)
        : [outcome.text];
    return { kind: 'failed', messages };
  }
  const { rows, totals } = outcome.value;
  return {
    kind: 'ok',
    rows: rows.map((r) => previewRow(r, r.code, r.label)),
    totals: previewRow(totals, TONG, 'Tổng cộng'),
    warnings: outcome.findings.filter((f) => f.severity !== 'info').map((f) => f.text),
  };
}

function rowView(r: AllocationRowInfo): AllocationRow {
  return {
    code: r.code,
    label: r.label,
    level: r.level,
    nstw: r.nstw?.toFixed() ?? null,
    nsdp: r.nsdp?.toFixed() ?? null,
  };
}

/** {@link TaskpaneController} over a workbook host, through the app's use cases. */
export class WorkbookController implements TaskpaneController {
  /** The session over the workbook the pane works on. */
  readonly session: WorkbookSession;
  /** Allocation by criteria over a sheet range, through the same session (so it asks and undoes alike). */
  readonly criteria: CriteriaController;

  constructor(
    host: WorkbookHost,
    private readonly services: Services,
    readonly environment: 'excel' | 'browser',
  ) {
    this.session = new WorkbookSession(host);
    this.criteria = new SessionCriteria(this.session);
  }

  /** Works on another workbook from now on; the undo, checks and marks of the old one are forgotten. */
  switchHost(host: WorkbookHost): void {
    this.session.switchHost(host);
  }

  insertTemplate(
    options: { year: number; locality: string; catalogueId?: string },
    write?: WriteOptions,
  ): Promise<ActionResult> {
    return insertTemplate(this.session, options, confirmed(write));
  }

  async planSheets(): Promise<PlanSheetsView> {
    const sheets = await this.session.planSheetChoices();
    const current = await this.session.planSheet();
    return { sheets, current: current.kind === 'done' ? current.value.sheet : null };
  }

  choosePlanSheet(sheet: string): void {
    this.session.choosePlanSheet({ sheet });
  }

  importDocument(file: { name: string; bytes: Uint8Array }, write?: WriteOptions): Promise<ActionResult> {
    return importPlan(this.session, file, this.services, confirmed(write));
  }

  async allocationRows(): Promise<readonly AllocationRow[]> {
    const rows = await allocationRows(this.session);
    if (rows.kind !== 'done') return [];
    return rows.value.map(rowView);
  }

  async allocationForm(locale: NumberLocale): Promise<AllocationFormStartView> {
    const start = await allocationFormStart(this.session, locale);
    if (start.kind !== 'done') return { rows: [], settings: {}, kinds: QD90_ROW_KINDS };
    return { rows: start.value.rows.map(rowView), settings: start.value.assigned, kinds: start.value.kinds };
  }

  async previewAllocation(request: AllocationRequestView): Promise<AllocationPreview> {
    return previewView(await previewAllocation(this.session, request));
  }

  writeAllocation(
    request: AllocationRequestView,
    mode: 'values' | 'formulas',
    write?: WriteOptions,
  ): Promise<ActionResult> {
    return writeAllocation(this.session, request, mode, confirmed(write));
  }

  async validate(): Promise<readonly FindingView[]> {
    const check = await checkSheet(this.session);
    if (check.kind !== 'done') return [{ id: 'no-plan', severity: 'error', where: '', message: check.text }];
    const listed = check.value.findings;
    const ids = listed.map(({ finding: f }, i) => `${i}-${f.code}-${whereLabel(f.where)}`);
    const causes = causeIndexes(listed.map((l) => l.finding));
    return listed.map(({ finding: f, cell }, i) => {
      const cause = causes[i];
      const causeId = cause === undefined ? undefined : ids[cause];
      return {
        id: ids[i] ?? String(i),
        severity: f.severity,
        where: whereLabel(f.where),
        ...(cell !== undefined ? { cell } : {}),
        message: f.text,
        ...(causeId !== undefined ? { causeId } : {}),
      };
    });
  }

  async selectFinding(finding: FindingView): Promise<void> {
    if (finding.cell !== undefined) await selectCell(this.session, finding.cell);
  }

  markFindings(): Promise<ActionResult> {
    return markFindings(this.session);
  }

  clearMarks(): Promise<ActionResult> {
    return clearMarks(this.session);
  }

  writeSection(options: SectionOptionsView, write?: WriteOptions): Promise<ActionResult> {
    return writeSection(this.session, options, confirmed(write));
  }

  sectionForClipboard(options: SectionOptionsView): Promise<Outcome<{ html: string; text: string }>> {
    return sectionForClipboard(this.session, options);
  }

  async previewSection(options: SectionOptionsView): Promise<Outcome<readonly SectionPreviewLine[]>> {
    return previewSection(this.session, options);
  }

  downloadDocument(options: SectionOptionsView): Promise<ActionResult> {
    return downloadSectionDocument(this.session, options, this.services);
  }

  sheetPreview(): Promise<SheetPreview | null> {
    return previewSession(this.session);
  }

  canUndo(): boolean {
    return this.session.canUndo();
  }

  undo(): Promise<ActionResult> {
    return this.session.undo();
  }

  canRedo(): boolean {
    return this.session.canRedo();
  }

  redo(): Promise<ActionResult> {
    return this.session.redo();
  }
}
