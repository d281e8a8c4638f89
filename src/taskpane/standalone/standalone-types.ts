/**
 * What the pane's "Sổ tính" panel asks of standalone mode (the pane in a plain browser tab): which
 * workbook it works on, open an .xlsx, go back to the example, save, preview. Tests give the panel a
 * fake; the real one is {@link StandaloneWorkbook}.
 */
import type { ActionResult, WriteOptions } from '../controller-types';
import type { SheetPreview } from '../../app/sheet-preview';

/** The workbook the pane works on: the bundled example plan, or an .xlsx file the user opened. */
export type WorkbookSource = { readonly kind: 'example' } | { readonly kind: 'file'; readonly name: string };

/** Standalone mode's workbook, as the panel sees it. */
export interface StandaloneWorkbookApi {
  source(): WorkbookSource;
  /**
   * Opens an .xlsx the user chose; every step works on it from then on and undo starts afresh. With
   * unsaved changes, asks first (a `confirm` outcome) unless `overwrite`; a refused file changes nothing.
   */
  open(file: { name: string; bytes: Uint8Array }, options?: WriteOptions): Promise<ActionResult>;
  /** Starts again on a fresh copy of the example plan; asks first as {@link open} does. */
  useExample(options?: WriteOptions): Promise<ActionResult>;
  /** The workbook was changed since it was opened or last downloaded. */
  hasUnsavedChanges(): boolean;
  /** Saves the workbook as it is now, as .xlsx, through the platform (the browser's download). */
  download(): Promise<ActionResult>;
  /** The plan sheet's top-left block (or the active sheet's), or null for a workbook without sheets. */
  preview(): Promise<SheetPreview | null>;
}
