import type { WorkbookHost } from '../../hosts/contract';

/** A host whose calls wait for the real one (the example workbook is built asynchronously). */
export class DeferredHost implements WorkbookHost {
  constructor(private readonly host: Promise<WorkbookHost>) {}
  listSheets: WorkbookHost['listSheets'] = () => this.host.then((h) => h.listSheets());
  activeSheet: WorkbookHost['activeSheet'] = () => this.host.then((h) => h.activeSheet());
  readSheet: WorkbookHost['readSheet'] = (sheet) => this.host.then((h) => h.readSheet(sheet));
  applyPatch: WorkbookHost['applyPatch'] = (patch, before) =>
    this.host.then((h) => h.applyPatch(patch, before));
  select: WorkbookHost['select'] = (sheet, address) => this.host.then((h) => h.select(sheet, address));
}
