/**
 * Standalone mode's workbook: the pane works on the bundled example plan, kept in memory, until the
 * user opens an .xlsx (through `services.openWorkbook`, whose exceljs chunk loads on first use).
 * Saving goes through the platform (a download).
 *
 * Saving the example: the example is a memory host behind a {@link RecordingHost}; its recorded
 * writes (the template, then whatever the steps wrote or undid) are replayed into a new .xlsx
 * workbook, which therefore holds exactly what the pane showed.
 */
import { examplePlan } from '../../app/example';
import { openWorkbookFile } from '../../app/open-workbook';
import { confirm, done, failed, type Outcome } from '../../app/outcome';
import type { Text } from '../../domain/findings';
import { previewSession, type SheetPreview } from '../../app/sheet-preview';
import type { SavableWorkbook, Services } from '../../app/services';
import { WorkbookSession } from '../../app/session';
import { DEFAULT_TEMPLATE_SHEET, insertTemplate } from '../../app/template';
import type { WorkbookHost } from '../../hosts/contract';
import type { ActionResult, WriteOptions } from '../controller-types';
import { WorkbookController } from '../workbook-controller';
import { DeferredHost } from './deferred-host';
import { RecordingHost, replayInto } from './recording-host';
import type { StandaloneWorkbookApi, WorkbookSource } from './standalone-types';
import { downloaded } from './strings';

/** The name a saved example workbook gets. */
export const EXAMPLE_FILE_NAME = 'ke-hoach-kinh-phi.xlsx';

type Current =
  | { readonly kind: 'example'; readonly host: RecordingHost }
  | { readonly kind: 'file'; readonly name: string; readonly host: SavableWorkbook };

/** Writes the bundled example plan into the template on a fresh host. */
async function writeExample(host: WorkbookHost): Promise<void> {
  const opened = examplePlan();
  // The example ships inside the bundle: failing to read or write it is a bug, not a user's mistake.
  if (opened.kind !== 'done') throw new Error(opened.text.en);
  const { plan } = opened.value;
  const written = await insertTemplate(new WorkbookSession(host), {
    year: plan.year ?? 2024,
    locality: plan.locality ?? '',
    plan,
  });
  if (written.kind !== 'done') throw new Error(written.text.en);
}

/** {@link StandaloneWorkbookApi} over a controller whose host it swaps. */
export class StandaloneWorkbook implements StandaloneWorkbookApi {
  private current: Current;
  private ready: Promise<void>;
  /** The controller the pane's steps use. */
  readonly controller: WorkbookController;
  /** The session's change count when the workbook was last opened or downloaded. */
  private savedAt = 0;

  /** Starts on the example plan, in a host made by `memoryHost` (an empty workbook with the template's sheet). */
  constructor(
    private readonly services: Services,
    private readonly memoryHost: () => WorkbookHost,
  ) {
    const example = this.newExample();
    this.current = { kind: 'example', host: example.host };
    this.ready = example.ready;
    const deferred = new DeferredHost(example.ready.then(() => example.host));
    this.controller = new WorkbookController(deferred, services, 'browser');
  }

  private newExample(): { host: RecordingHost; ready: Promise<void> } {
    const host = new RecordingHost(this.memoryHost());
    return { host, ready: writeExample(host) };
  }

  source(): WorkbookSource {
    return this.current.kind === 'file' ? { kind: 'file', name: this.current.name } : { kind: 'example' };
  }

  hasUnsavedChanges(): boolean {
    return this.controller.session.changes !== this.savedAt;
  }

  private markSaved(): void {
    this.savedAt = this.controller.session.changes;
  }

  /** The question before unsaved changes are thrown away for `next`. */
  private discardQuestion(next: Text): ActionResult {
    const now = this.current.kind === 'file' ? this.current.name : EXAMPLE_FILE_NAME;
    return confirm(
      {
        vi: `Sổ tính "${now}" có thay đổi chưa tải về; ${next.vi} sẽ bỏ các thay đổi đó (bấm "Tải về sổ tính" trước để giữ lại).`,
        en: `Workbook "${now}" has changes not downloaded; ${next.en} throws them away (choose "Download the workbook" first to keep them).`,
      },
      this.current.kind === 'file' ? this.current.name : DEFAULT_TEMPLATE_SHEET,
      [],
    );
  }

  async open(file: { name: string; bytes: Uint8Array }, options?: WriteOptions): Promise<ActionResult> {
    const opened = await openWorkbookFile(file, this.services, { requirePlan: true });
    if (opened.kind !== 'done') return opened;
    if (options?.overwrite !== true && this.hasUnsavedChanges()) {
      return this.discardQuestion({ vi: `mở "${file.name}"`, en: `opening "${file.name}"` });
    }
    this.current = { kind: 'file', name: file.name, host: opened.value };
    this.ready = Promise.resolve();
    this.controller.switchHost(opened.value);
    this.markSaved();
    return done(null, opened.text);
  }

  async useExample(options?: WriteOptions): Promise<ActionResult> {
    if (options?.overwrite !== true && this.hasUnsavedChanges()) {
      return this.discardQuestion({ vi: 'dùng kế hoạch mẫu', en: 'using the example plan' });
    }
    const example = this.newExample();
    await example.ready;
    this.current = { kind: 'example', host: example.host };
    this.ready = example.ready;
    this.controller.switchHost(example.host);
    this.markSaved();
    return done(null, {
      vi: 'Đang dùng kế hoạch mẫu (thị xã Mường Lay, năm 2024), bản mới như lúc mở trang.',
      en: 'Using the example plan (Mường Lay town, 2024), fresh as when the page opened.',
    });
  }

  private async save(name: string, bytes: Uint8Array): Promise<Outcome<{ name: string }>> {
    const saved = await this.services.platform.save(name, bytes);
    if (!saved.ok) return failed(saved.error.text, [saved.error]);
    return done({ name: saved.value }, downloaded(saved.value));
  }

  async download(): Promise<ActionResult> {
    await this.ready;
    const current = this.current;
    const at = this.controller.session.changes;
    let saved: Outcome<{ name: string }>;
    if (current.kind === 'file') saved = await this.save(current.name, await current.host.toBytes());
    else {
      const xlsx = await this.services.newWorkbook([DEFAULT_TEMPLATE_SHEET]);
      await replayInto(xlsx, current.host.written);
      saved = await this.save(EXAMPLE_FILE_NAME, await xlsx.toBytes());
    }
    if (saved.kind === 'done') this.savedAt = at;
    return saved;
  }

  /**
   * The sheet preview, from the session's read of the plan sheet (read once per change of the
   * workbook, shared with the steps), with the cells "Kiểm tra" marked.
   */
  async preview(): Promise<SheetPreview | null> {
    await this.ready;
    return previewSession(this.controller.session);
  }
}
