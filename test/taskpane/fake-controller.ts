/**
 * A typed stand-in for the task pane controller: it records every call with its arguments and answers
 * with what the test set up, optionally after a delay (to exercise the progress indicator).
 */
import { done as doneOutcome, type Outcome } from '../../src/app/outcome';
import {
  QD90_ROW_KINDS,
  type ActionResult,
  type AllocationFormStartView,
  type AllocationPreview,
  type AllocationRow,
  type FindingView,
  type PlanSheetsView,
  type RowKinds,
  type SectionPreviewLine,
  type SheetPreview,
  type SheetSettingsView,
  type TaskpaneController,
} from '../../src/taskpane/controller-types';

type Methods = {
  [K in keyof TaskpaneController]-?: TaskpaneController[K] extends (...args: never[]) => unknown ? K : never;
}[keyof TaskpaneController];

/** One recorded call: the method's name and the arguments it got. */
export type Call = {
  [K in Methods]: { readonly method: K; readonly args: Parameters<TaskpaneController[K]> };
}[Methods];

/** Rows of thị xã Mường Lay's 2024 plan (seed 000), as the sheet would hold them. */
export const MUONG_LAY_ROWS: readonly AllocationRow[] = [
  {
    code: 'DA3',
    label: 'Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng',
    level: 1,
    nstw: '0',
    nsdp: null,
  },
  {
    code: 'DA3.1',
    label: 'Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp',
    level: 2,
    nstw: '3650',
    nsdp: null,
  },
  {
    code: 'DA4.1',
    label: 'Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn',
    level: 2,
    nstw: '1588',
    nsdp: '107',
  },
  {
    code: 'DA6.2',
    label: 'Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều',
    level: 2,
    nstw: '466.25',
    nsdp: null,
  },
];

/** A preview as the real controller formats it: Vietnamese figures, totals equal to the sum of the rows. */
export const MUONG_LAY_PREVIEW: AllocationPreview = {
  kind: 'ok',
  rows: [
    {
      code: 'DA3.1',
      label: 'Tiểu dự án 1: Hỗ trợ phát triển sản xuất',
      nstw: '3.650',
      nsdp: '0',
      total: '3.650',
    },
    {
      code: 'DA4.1',
      label: 'Tiểu dự án 1: Phát triển giáo dục nghề nghiệp',
      nstw: '1.588',
      nsdp: '107',
      total: '1.695',
    },
    { code: 'DA6.2', label: 'Tiểu dự án 2: Truyền thông', nstw: '466,25', nsdp: '0', total: '466,25' },
  ],
  totals: { code: 'TONG', label: 'Tổng cộng', nstw: '5.704,25', nsdp: '107', total: '5.811,25' },
  warnings: [],
};

export const MUONG_LAY_FINDINGS: readonly FindingView[] = [
  {
    id: 'f1',
    severity: 'error',
    where: 'DA4',
    cell: 'E12',
    message: {
      vi: 'Dự án 4: tổng 1.695 khác tổng các Tiểu dự án 1.795 (chênh 100).',
      en: 'Dự án 4: total 1,695 differs from the sum of its sub-projects 1,795 (difference 100).',
    },
  },
  {
    id: 'f2',
    severity: 'warning',
    where: 'TONG',
    message: {
      vi: 'Tỷ lệ vốn đối ứng 1,4% thấp hơn mức tối thiểu 5%.',
      en: 'Counterpart ratio 1.4% is below the minimum 5%.',
    },
  },
];

function done(what: string): ActionResult {
  return doneOutcome({ cellCount: 3 }, { vi: `Đã ghi: ${what}.`, en: `Written: ${what}.` });
}

/** The fake; set its public fields before rendering the pane. */
export class FakeController implements TaskpaneController {
  readonly calls: Call[] = [];
  rows: readonly AllocationRow[] = MUONG_LAY_ROWS;
  kinds: RowKinds = QD90_ROW_KINDS;
  /** The sheet's settings block the allocation form starts from (none by default). */
  settings: SheetSettingsView = {};
  /** The workbook's plan sheets (one per catalogue at most; none by default). */
  plans: PlanSheetsView = { sheets: [], current: null };
  preview: AllocationPreview = MUONG_LAY_PREVIEW;
  findings: readonly FindingView[] = MUONG_LAY_FINDINGS;
  section = {
    html: '<p><b>b) Kinh phí thực hiện:</b> 7.645 triệu đồng</p>',
    text: 'b) Kinh phí thực hiện: 7.645 triệu đồng',
  };
  /** When set, the section for the clipboard is refused with this outcome. */
  sectionRefusal: Outcome<never> | null = null;
  /** The sheet preview standalone mode shows beside the findings. */
  sheet: SheetPreview | null = null;
  /** Answers for writing calls, handed out in order; once empty every write succeeds. */
  readonly writeResults: ActionResult[] = [];
  /** Milliseconds every call waits before answering. */
  delayMs = 0;
  /** When set, every call rejects with it. */
  failure: Error | null = null;
  private undoable = false;
  private redoable = false;

  constructor(readonly environment: 'excel' | 'browser' = 'excel') {}

  /** The calls made to one method. */
  callsTo<K extends Methods>(method: K): Parameters<TaskpaneController[K]>[] {
    return this.calls.flatMap((call) =>
      call.method === method ? [call.args as Parameters<TaskpaneController[K]>] : [],
    );
  }

  private async answer<T>(call: Call, value: () => T): Promise<T> {
    this.calls.push(call);
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failure !== null) throw this.failure;
    return value();
  }

  private written(call: Call, what: string): Promise<ActionResult> {
    return this.answer(call, () => {
      const result = this.writeResults.shift() ?? done(what);
      if (result.kind === 'done') {
        this.undoable = true;
        this.redoable = false;
      }
      return result;
    });
  }

  /** Not recorded: the pane asks after every action; answered at once. */
  planSheets(): Promise<PlanSheetsView> {
    return Promise.resolve(this.plans);
  }
  choosePlanSheet(...args: Parameters<TaskpaneController['choosePlanSheet']>): void {
    this.calls.push({ method: 'choosePlanSheet', args });
    this.plans = { ...this.plans, current: args[0] };
  }
  insertTemplate(...args: Parameters<TaskpaneController['insertTemplate']>): Promise<ActionResult> {
    return this.written({ method: 'insertTemplate', args }, 'mẫu kế hoạch');
  }
  importDocument(...args: Parameters<TaskpaneController['importDocument']>): Promise<ActionResult> {
    return this.written({ method: 'importDocument', args }, 'kế hoạch đã nhập');
  }
  allocationRows(): Promise<readonly AllocationRow[]> {
    return this.answer({ method: 'allocationRows', args: [] }, () => this.rows);
  }
  allocationForm(
    ...args: Parameters<TaskpaneController['allocationForm']>
  ): Promise<AllocationFormStartView> {
    return this.answer({ method: 'allocationForm', args }, () => ({
      rows: this.rows,
      settings: this.settings,
      kinds: this.kinds,
    }));
  }
  previewAllocation(
    ...args: Parameters<TaskpaneController['previewAllocation']>
  ): Promise<AllocationPreview> {
    return this.answer({ method: 'previewAllocation', args }, () => this.preview);
  }
  writeAllocation(...args: Parameters<TaskpaneController['writeAllocation']>): Promise<ActionResult> {
    return this.written({ method: 'writeAllocation', args }, 'phân bổ');
  }
  validate(): Promise<readonly FindingView[]> {
    return this.answer({ method: 'validate', args: [] }, () => this.findings);
  }
  selectFinding(...args: Parameters<TaskpaneController['selectFinding']>): Promise<void> {
    return this.answer({ method: 'selectFinding', args }, () => undefined);
  }
  markFindings(): Promise<ActionResult> {
    return this.written({ method: 'markFindings', args: [] }, 'đánh dấu');
  }
  clearMarks(): Promise<ActionResult> {
    return this.written({ method: 'clearMarks', args: [] }, 'xoá đánh dấu');
  }
  writeSection(...args: Parameters<TaskpaneController['writeSection']>): Promise<ActionResult> {
    return this.written({ method: 'writeSection', args }, 'phần kinh phí');
  }
  sectionForClipboard(
    ...args: Parameters<TaskpaneController['sectionForClipboard']>
  ): Promise<Outcome<{ html: string; text: string }>> {
    return this.answer(
      { method: 'sectionForClipboard', args },
      () => this.sectionRefusal ?? doneOutcome(this.section, { vi: 'Phần kinh phí.', en: 'The section.' }),
    );
  }
  previewSection(
    ...args: Parameters<TaskpaneController['previewSection']>
  ): Promise<Outcome<readonly SectionPreviewLine[]>> {
    const [{ style, words }] = args;
    const lines = [
      { text: 'IV. KINH PHÍ THỰC HIỆN', bold: true },
      { text: `${this.section.text} (${style}, ${words})`, bold: false },
    ];
    return this.answer(
      { method: 'previewSection', args },
      () => this.sectionRefusal ?? doneOutcome(lines, { vi: 'Phần kinh phí.', en: 'The section.' }),
    );
  }
  downloadDocument(...args: Parameters<TaskpaneController['downloadDocument']>): Promise<ActionResult> {
    const name = 'kinh-phi-thi-xa-muong-lay-2024.docx';
    return this.answer({ method: 'downloadDocument', args }, () =>
      doneOutcome({ name }, { vi: `Đã tạo tệp "${name}".`, en: `Made "${name}".` }),
    );
  }
  sheetPreview(): Promise<SheetPreview | null> {
    return this.answer({ method: 'sheetPreview', args: [] }, () => this.sheet);
  }
  canUndo(): boolean {
    return this.undoable;
  }
  undo(): Promise<ActionResult> {
    return this.answer({ method: 'undo', args: [] }, () => {
      this.undoable = false;
      this.redoable = true;
      return doneOutcome(null, { vi: 'Đã hoàn tác lần ghi trước.', en: 'The last write was undone.' });
    });
  }
  canRedo(): boolean {
    return this.redoable;
  }
  redo(): Promise<ActionResult> {
    return this.answer({ method: 'redo', args: [] }, () => {
      this.redoable = false;
      this.undoable = true;
      return doneOutcome(null, { vi: 'Đã làm lại lần ghi đó.', en: 'That write was redone.' });
    });
  }
}
