/**
 * A host that remembers every patch written through it, so the same writes can be replayed into
 * another host. The browser's example workbook lives in memory (exceljs is not loaded at start);
 * replaying its patches into an .xlsx workbook gives the file "Tải về sổ tính" saves, cell for cell,
 * with the styles, merges and names the writes set, undo writes included.
 */
import type { WorkbookHost, WriteResult } from '../../hosts/contract';
import type { Patch, SheetSnapshot } from '../../app/session';

/** A {@link WorkbookHost} that records the patches applied to the host underneath. */
export class RecordingHost implements WorkbookHost {
  private readonly patches: Patch[] = [];

  constructor(private readonly host: WorkbookHost) {}

  /** Every patch applied so far, in order. */
  get written(): readonly Patch[] {
    return this.patches;
  }

  listSheets(): Promise<string[]> {
    return this.host.listSheets();
  }

  activeSheet(): Promise<string> {
    return this.host.activeSheet();
  }

  readSheet(sheet: string): Promise<SheetSnapshot | null> {
    return this.host.readSheet(sheet);
  }

  contentVersion(): number | undefined {
    return this.host.contentVersion?.();
  }

  async applyPatch(patch: Patch, before?: SheetSnapshot): Promise<WriteResult> {
    const result = await this.host.applyPatch(patch, before);
    // Recorded only once written: a rejected patch changed nothing, so it must not be replayed.
    this.patches.push(patch);
    return result;
  }

  select(sheet: string, address: string): Promise<void> {
    return this.host.select(sheet, address);
  }
}

/** Writes the recorded patches, in order, into another host. */
export async function replayInto(target: WorkbookHost, patches: readonly Patch[]): Promise<void> {
  for (const patch of patches) await target.applyPatch(patch);
}
