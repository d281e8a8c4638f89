import { at, finding, type Finding } from '../findings';
import { CATALOGUE_MESSAGES, type CatalogueCode, type RowProblem } from './messages';
import { kindStyle } from './kinds';
import { type Catalogue, type CatalogueEntry, type EntryKind } from './types';
import { CTMTQG_2026_2035 } from './ctmtqg-2026-2035';
import { QD90 } from './qd90';

/** Built-in catalogues by id: the 2021–2025 programme and the 2026–2035 merged one. */
const BUILT_IN: ReadonlyMap<string, Catalogue> = new Map([
  [QD90.id, QD90],
  [CTMTQG_2026_2035.id, CTMTQG_2026_2035],
]);

export const DEFAULT_CATALOGUE_ID = QD90.id;

export function builtInCatalogue(id: string): Catalogue | undefined {
  return BUILT_IN.get(id) ?? (id === 'qd90' ? QD90 : undefined);
}

export function builtInCatalogueIds(): string[] {
  return [...BUILT_IN.keys()];
}

/** The built-in catalogue a plan of this year follows by default: the merged programme from 2026. */
export function defaultCatalogueFor(year: number | undefined): Catalogue {
  return year !== undefined && year >= 2026 ? CTMTQG_2026_2035 : QD90;
}

/** Fast look-ups over one catalogue; build once, reuse. */
export class CatalogueIndex {
  private readonly byCode = new Map<string, CatalogueEntry>();
  private readonly kids = new Map<string | null, CatalogueEntry[]>();

  constructor(readonly catalogue: Catalogue) {
    for (const e of catalogue.entries) {
      this.byCode.set(e.code, e);
      const list = this.kids.get(e.parent) ?? [];
      list.push(e);
      this.kids.set(e.parent, list);
    }
  }

  get(code: string): CatalogueEntry | undefined {
    return this.byCode.get(code);
  }

  children(code: string | null): readonly CatalogueEntry[] {
    return this.kids.get(code) ?? [];
  }

  /** The entry with this number under `parent` (`null` for projects): "Tiểu dự án 3" of Dự án 4 → DA4.3. */
  byNumber(parent: string | null, kind: EntryKind, n: number): CatalogueEntry | undefined {
    return this.children(parent).find((e) => e.kind === kind && e.number === n);
  }
}

/** A row a user adds below the programme's own: a nội dung under a Tiểu dự án (or a Dự án without one), a nội dung thành phần; or a nội dung under a nội dung thành phần of 2026–2035. */
export interface UserRow {
  readonly code: string;
  readonly parent: string;
  readonly title: string;
  readonly number?: number;
  readonly investment?: boolean;
}

const CODE = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$/;

/**
 * Adds user rows two levels below the programme's own (nội dung, nội dung thành phần).
 * Rows are taken in order, so a nội dung thành phần may follow its nội dung in the same call.
 * A bad row is skipped with an error finding naming it; the others are still added.
 */
export function extendCatalogue(
  base: Catalogue,
  rows: readonly UserRow[],
): { catalogue: Catalogue; findings: Finding<CatalogueCode>[] } {
  const index = new CatalogueIndex(base);
  const added: CatalogueEntry[] = [];
  // Look-ups by code and child counts per parent, kept as rows are added: linear in the rows.
  const addedByCode = new Map<string, CatalogueEntry>();
  const addedChildren = new Map<string, number>();
  const findings: Finding<CatalogueCode>[] = [];
  const known = (code: string) => index.get(code) ?? addedByCode.get(code);
  rows.forEach((row, i) => {
    // A row without a code is named by its position among the rows, as a line.
    const where = row.code ? at.item(row.code) : at.line(i + 1);
    const bad = (problem: RowProblem) =>
      findings.push(
        finding({
          severity: 'error',
          code: 'CATALOGUE_ROW',
          where,
          text: CATALOGUE_MESSAGES.CATALOGUE_ROW(problem),
        }),
      );
    if (!CODE.test(row.code)) return bad({ problem: 'badCode', code: row.code });
    if (known(row.code)) return bad({ problem: 'exists', code: row.code });
    if (row.title.trim() === '') return bad({ problem: 'noName', code: row.code });
    const parent = known(row.parent);
    if (!parent) return bad({ problem: 'noParent', code: row.code, parent: row.parent });
    // A Dự án without Tiểu dự án (DA2, DA5) takes its nội dung directly below it.
    const kind: EntryKind | undefined = kindStyle(base, parent.kind).child;
    if (!kind) return bad({ problem: 'belowComponent', code: row.code, parent: parent.code });
    const addedSiblings = addedChildren.get(parent.code) ?? 0;
    const siblings = index.children(parent.code).length + addedSiblings;
    const entry: CatalogueEntry = {
      code: row.code,
      kind,
      level: (parent.level + 1) as 2 | 3 | 4,
      parent: parent.code,
      number: row.number ?? siblings + 1,
      title: row.title.trim(),
      investment: row.investment ?? parent.investment,
      userDefined: true,
    };
    added.push(entry);
    addedByCode.set(entry.code, entry);
    addedChildren.set(parent.code, addedSiblings + 1);
    return undefined;
  });
  return {
    catalogue: { ...base, entries: [...base.entries, ...added] },
    findings,
  };
}
