/**
 * The Word document of a plan packed into .docx bytes, in node and in the browser alike (docx's
 * Packer to a `Uint8Array`, neither node's `Buffer` nor a `Blob`). The composition roots hand this to
 * the use cases as `Services.writeDocument`, so that only src/export touches `docx`.
 */
import { Packer } from 'docx';
import type { Finding } from '../domain/findings';
import type { Dec } from '../domain/money/decimal';
import type { Plan } from '../domain/plan';
import { buildKinhPhiDocument, type KinhPhiDocumentOptions } from './document';

/** A packed document: its bytes, and what the adapters report about it. */
export interface PackedDocument {
  readonly bytes: Uint8Array;
  /** Rows of the summary table. */
  readonly rows: number;
  /** The summary table's TỔNG CỘNG, when any row states money. */
  readonly total?: Dec;
  /** The outline's findings and the problems met while writing (see {@link buildKinhPhiDocument}). */
  readonly findings: readonly Finding[];
}

/** Builds the kinh phí document of `plan` and packs it into .docx bytes. */
export async function packKinhPhiDocument(
  plan: Plan,
  options: KinhPhiDocumentOptions,
): Promise<PackedDocument> {
  const built = buildKinhPhiDocument(plan, options);
  const bytes = await Packer.pack(built.document, 'uint8array');
  const total = built.table.total.total;
  return {
    bytes,
    rows: built.table.rows.length,
    ...(total !== undefined ? { total } : {}),
    findings: built.findings,
  };
}

/** The document's .docx bytes alone. */
export async function kinhPhiDocument(plan: Plan, options: KinhPhiDocumentOptions): Promise<Uint8Array> {
  return (await packKinhPhiDocument(plan, options)).bytes;
}
