/**
 * Standalone mode's workbook: the pane works on the bundled example plan, kept in memory, until the
 * user opens an .xlsx, which is read by the .xlsx host (exceljs). exceljs is large, so it is loaded by
 * a dynamic import the first time a file is opened or saved and never at start.
 *
 * Saving the example: the example is a memory host behind a {@link RecordingHost}; its recorded
 * writes (the template, then whatever the steps wrote or undid) are replayed into a new .xlsx
 * workbook, which therefore holds exactly what the pane showed.
 */
import type { WorkbookHost } from '../../hosts/contract';
import { MemoryHost } from '../../hosts/memory/memory-host';
import type { XlsxHost } from '../../hosts/xlsx/xlsx-host';
import { DEFAULT_TEMPLATE_SHEET } from '../../sheet';
import type { ActionResult } from '../controller-types';
import { DeferredHost, writeExample } from '../controller';
import { SectionUnavailable, type WorkbookController } from '../workbook-controller';
import { RecordingHost, replayInto } from './recording-host';
import { sheetPreview, type SheetPreview } from './sheet-preview';
import type { DownloadFile, StandaloneWorkbookApi, WorkbookSource } from './standalone-types';

/** The name a saved example workbook gets. */
export const EXAMPLE_FILE_NAME = 'ke-hoach-kinh-phi.xlsx';

type XlsxModule = typeof import('../../hosts/xlsx/xlsx-host');

/** Loads the .xlsx host and exceljs, in their own bundle chunk. */
function loadXlsx(): Promise<XlsxModule> {
  return import(/* webpackChunkName: "exceljs" */ '../../hosts/xlsx/xlsx-host');
}

type Current =
  | { readonly kind: 'example'; readonly host: RecordingHost }
  | { readonly kind: 'file'; readonly name: string; readonly host: XlsxHost };

/** A fresh example workbook, recorded so it can be saved as .xlsx. */
function newExample(): { host: RecordingHost; ready: Promise<void> } {
  const host = new RecordingHost(new MemoryHost([DEFAULT_TEMPLATE_SHEET]));
  return { host, ready: writeExample(host) };
}

/** {@link StandaloneWorkbookApi} over a controller whose host it swaps. */
export class StandaloneWorkbook implements StandaloneWorkbookApi {
  private current: Current;
  private ready: Promise<void>;

  /** Starts on the example plan; `makeController` gets the host the pane starts with. */
  constructor(makeController: (host: WorkbookHost) => WorkbookController) {
    const example = newExample();
    this.current = { kind: 'example', host: example.host };
    this.ready = example.ready;
    this.controller = makeController(new DeferredHost(example.ready.then(() => example.host)));
  }

  /** The controller the pane's steps use. */
  readonly controller: WorkbookController;

  source(): WorkbookSource {
    return this.current.kind === 'file' ? { kind: 'file', name: this.current.name } : { kind: 'example' };
  }

  async open(file: { name: string; bytes: Uint8Array }): Promise<ActionResult> {
    if (!/\.xlsx$/i.test(file.name)) return notXlsx(file.name);
    const { XlsxHost } = await loadXlsx();
    let host: XlsxHost;
    try {
      host = await XlsxHost.fromBuffer(file.bytes);
    } catch (error) {
      return notXlsx(file.name, error instanceof Error ? error.message : String(error));
    }
    this.current = { kind: 'file', name: file.name, host };
    this.ready = Promise.resolve();
    this.controller.switchHost(host);
    const sheets = await host.listSheets();
    return {
      kind: 'done',
      message: {
        vi: `Đã mở sổ tính "${file.name}" (${sheets.length} trang). Các bước làm việc trên sổ tính này; chưa có gì để hoàn tác.`,
        en: `Opened workbook "${file.name}" (${sheets.length} sheets). The steps now work on it; there is nothing to undo yet.`,
      },
    };
  }

  async useExample(): Promise<ActionResult> {
    const example = newExample();
    await example.ready;
    this.current = { kind: 'example', host: example.host };
    this.ready = example.ready;
    this.controller.switchHost(example.host);
    return {
      kind: 'done',
      message: {
        vi: 'Đang dùng kế hoạch mẫu (thị xã Mường Lay, năm 2024), bản mới như lúc mở trang.',
        en: 'Using the example plan (Mường Lay town, 2024), fresh as when the page opened.',
      },
    };
  }

  async download(): Promise<DownloadFile> {
    await this.ready;
    const current = this.current;
    if (current.kind === 'file') return { name: current.name, bytes: await current.host.toBytes() };
    const { XlsxHost } = await loadXlsx();
    const xlsx = XlsxHost.empty([DEFAULT_TEMPLATE_SHEET]);
    await replayInto(xlsx, current.host.written);
    return { name: EXAMPLE_FILE_NAME, bytes: await xlsx.toBytes() };
  }

  async downloadDocument(): Promise<DownloadFile> {
    await this.ready;
    const plan = await this.controller.checkedPlan();
    if (!('items' in plan)) throw new SectionUnavailable(plan);
    // The Word builder and the docx library are large: their own chunk, loaded on first use.
    const [{ buildKinhPhiDocument }, { Packer }] = await Promise.all([
      import(/* webpackChunkName: "docx" */ '../../export/document'),
      import(/* webpackChunkName: "docx" */ 'docx'),
    ]);
    const { document } = buildKinhPhiDocument(plan, { style: 'kinh-phi-thuc-hien', words: 'total' });
    const blob = await Packer.toBlob(document);
    const base =
      this.current.kind === 'file' ? this.current.name.replace(/\.xlsx$/i, '') : 'ke-hoach-kinh-phi';
    return { name: `${base}-kinh-phi.docx`, bytes: new Uint8Array(await blob.arrayBuffer()) };
  }

  async preview(): Promise<SheetPreview | null> {
    await this.ready;
    const host = this.current.host;
    const sheets = await host.listSheets();
    const sheet = sheets.includes(DEFAULT_TEMPLATE_SHEET) ? DEFAULT_TEMPLATE_SHEET : await host.activeSheet();
    const snapshot = await host.readSheet(sheet);
    return snapshot ? sheetPreview(snapshot) : null;
  }
}

function notXlsx(name: string, detail?: string): ActionResult {
  return {
    kind: 'failed',
    message: {
      vi: `Không mở được "${name}": cần một sổ tính Excel .xlsx${detail ? ` (${detail})` : ''}. Chưa thay đổi gì.`,
      en: `Cannot open "${name}": an Excel .xlsx workbook is needed${detail ? ` (${detail})` : ''}. Nothing changed.`,
    },
  };
}
