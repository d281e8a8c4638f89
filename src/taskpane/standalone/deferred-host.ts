import type { WorkbookHost } from '../../hosts/contract';

/** A host whose calls wait for the real one (the example workbook is built asynchronously). */
export class DeferredHost implements WorkbookHost {
  private resolved: WorkbookHost | undefined;
  constructor(private readonly host: Promise<WorkbookHost>) {
    void host.then(
      (h) => (this.resolved = h),
      () => undefined,
    );
  }
  /** The real host's, once it is there (until then nothing read is reused). */
  contentVersion = (): number | undefined => this.resolved?.contentVersion?.();
  listSheets: WorkbookHost['listSheets'] = () => this.host.then((h) => h.listSheets());
  activeSheet: WorkbookHost['activeSheet'] = () => this.host.then((h) => h.activeSheet());
  readSheet: WorkbookHost['readSheet'] = (sheet) => this.host.then((h) => h.readSheet(sheet));
  applyPatch: WorkbookHost['applyPatch'] = (patch, before) =>
    this.host.then((h) => h.applyPatch(patch, before));
  select: WorkbookHost['select'] = (sheet, address) => this.host.then((h) => h.select(sheet, address));
}
