/**
 * The pane's side of allocation by criteria ("Theo tiêu chí, hệ số"): the built-in criteria tables to
 * choose from, a preview of the scores and parts read from a sheet range, and the write of them —
 * an adapter over the app's use cases (src/app/allocate-criteria-sheet.ts), figures formatted the
 * Vietnamese way, problems sorted by the form field they belong to.
 */
import {
  previewCriteriaFromSheet,
  writeCriteriaToSheet,
  type SheetCriteriaRequest,
} from '../app/allocate-criteria-sheet';
import type { WorkbookSession } from '../app/session';
import { criteriaTables } from '../domain/criteria';
import type { Finding, Text } from '../domain/findings';
import { formatVi, sum } from '../domain/money';
import type { ActionResult, WriteOptions } from './controller-types';

/** The form's fields a problem can belong to. */
export type CriteriaField = 'vung' | 'tong' | 'buoc' | 'bang';

/** A built-in criteria table as the dropdown offers it. */
export interface CriteriaTableView {
  readonly id: string;
  readonly title: Text;
  /** Shown as a warning while the table is chosen: its figures are only reported, not checked. */
  readonly caution?: Text;
}

/** The range, total and step as typed, and the table's id. */
export type CriteriaRequestView = SheetCriteriaRequest;

/** One recipient's line of the preview; figures formatted Vietnamese style ("1.000", "2,5"). */
export interface CriteriaPreviewRow {
  readonly name: string;
  readonly score: string;
  readonly part: string;
}

export type CriteriaPreviewView =
  | {
      readonly kind: 'ok';
      readonly rows: readonly CriteriaPreviewRow[];
      /** Σ scores and Σ parts (the total, exactly). */
      readonly totals: { readonly score: string; readonly part: string };
      readonly text: Text;
    }
  | {
      readonly kind: 'failed';
      /** Problems of a field, shown under it. */
      readonly fields: Readonly<Partial<Record<CriteriaField, Text>>>;
      /** Every problem, for the result bar (cells of the range named `Ô C5`). */
      readonly text: Text;
      readonly messages: readonly Text[];
    };

export interface CriteriaController {
  /** The built-in criteria tables. */
  tables(): readonly CriteriaTableView[];
  preview(request: CriteriaRequestView): Promise<CriteriaPreviewView>;
  write(request: CriteriaRequestView, write?: WriteOptions): Promise<ActionResult>;
  /** The range selected in the workbook, sheet-qualified; absent where the host cannot tell. */
  readonly selectedRange?: () => Promise<string | null>;
}

const FIELDS: readonly string[] = ['vung', 'tong', 'buoc', 'bang'] satisfies readonly CriteriaField[];

/** The first problem of each form field among `findings` (the others are about cells or recipients). */
export function fieldErrors(findings: readonly Finding[]): Partial<Record<CriteriaField, Text>> {
  const out: Partial<Record<CriteriaField, Text>> = {};
  for (const f of findings) {
    if (f.where.kind !== 'argument' || !FIELDS.includes(f.where.name)) continue;
    const name = f.where.name as CriteriaField;
    out[name] ??= f.text;
  }
  return out;
}

/** {@link CriteriaController} over a workbook session. */
export class SessionCriteria implements CriteriaController {
  constructor(private readonly session: WorkbookSession) {}

  /** Offered where the session's host can read the selection (Excel). */
  get selectedRange(): (() => Promise<string | null>) | undefined {
    const host = this.session.host;
    return host.selectedRange === undefined
      ? undefined
      : () => host.selectedRange?.() ?? Promise.resolve(null);
  }

  tables(): readonly CriteriaTableView[] {
    return criteriaTables().map((t) => ({
      id: t.id,
      title: t.title,
      ...(t.status === 'reported' && t.caution !== undefined ? { caution: t.caution } : {}),
    }));
  }

  async preview(request: CriteriaRequestView): Promise<CriteriaPreviewView> {
    const r = await previewCriteriaFromSheet(this.session, request);
    if (r.kind !== 'done') {
      const findings = r.kind === 'failed' ? r.findings : [];
      return {
        kind: 'failed',
        fields: fieldErrors(findings),
        text: r.text,
        messages: findings.length > 0 ? findings.map((f) => f.text) : [r.text],
      };
    }
    const { rows, totalScore } = r.value;
    return {
      kind: 'ok',
      rows: rows.map((x) => ({ name: x.name, score: formatVi(x.score), part: formatVi(x.part) })),
      totals: { score: formatVi(totalScore), part: formatVi(sum(rows.map((x) => x.part))) },
      text: r.text,
    };
  }

  write(request: CriteriaRequestView, write?: WriteOptions): Promise<ActionResult> {
    return writeCriteriaToSheet(this.session, request, write?.overwrite === true);
  }
}
