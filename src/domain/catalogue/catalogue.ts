import { at, finding, type Finding } from '../findings';
import { CATALOGUE_MESSAGES, type CatalogueCode, type RowProblem } from './messages';
import { type Catalogue, type CatalogueEntry, type EntryKind } from './types';
import { QD90 } from './qd90';

/** Built-in catalogues by id. The 2026–2035 merged programme will be added here as data. */
const BUILT_IN: ReadonlyMap<string, Catalogue> = new Map([[QD90.id, QD90]]);

export const DEFAULT_CATALOGUE_ID = QD90.id;

export function builtInCatalogue(id: string): Catalogue | undefined {
  return BUILT_IN.get(id) ?? (id === 'qd90' ? QD90 : undefined);
}

export function builtInCatalogueIds(): string[] {
  return [...BUILT_IN.keys()];
}

/** The name of each kind as documents write it before a number: "Dự án 4", "Nội dung 2". */
export const KIND_LABEL: Readonly<Record<EntryKind, string>> = {
  du_an: 'Dự án',
  tieu_du_an: 'Tiểu dự án',
  noi_dung: 'Nội dung',
  noi_dung_thanh_phan: 'Nội dung thành phần',
};

/** "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững", "Tiểu dự án 1: …". */
export function entryLabel(entry: Pick<CatalogueEntry, 'kind' | 'number' | 'title'>): string {
  return `${KIND_LABEL[entry.kind]} ${entry.number}: ${entry.title}`;
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

/** A row a user adds: a nội dung under a Tiểu dự án (or a Dự án without one), or a nội dung thành phần. */
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
    const kind: EntryKind | undefined =
      parent.kind === 'du_an' || parent.kind === 'tieu_du_an'
        ? 'noi_dung'
        : parent.kind === 'noi_dung'
          ? 'noi_dung_thanh_phan'
          : undefined;
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
    catalogue: { id: base.id, name: base.name, entries: [...base.entries, ...added] },
    findings,
  };
}
