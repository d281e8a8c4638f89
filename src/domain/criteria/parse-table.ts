/**
 * Reads a criteria table from its JSON form, strictly: unknown keys, bad ids, unknown kinds,
 * inexact or negative coefficients, repeated ids, a category or default without a group and a group
 * with two defaults all come back as error findings at their JSON path (`criteria[2].coefficient`, an
 * argument place). Every problem found is reported, not only the first.
 */
import { at, finding, type Text } from '../findings';
import { fromCellNumber } from '../money/cell';
import { Dec } from '../money/decimal';
import { nearestKey } from '../plan/nearest-key';
import { CRITERIA_MESSAGES as M, type CriteriaCode, type ShapeProblem } from './messages';
import {
  CRITERION_KINDS,
  type CriteriaFinding,
  type CriteriaTable,
  type Criterion,
  type CriterionKind,
} from './types';

/** The keys of a table's JSON object. */
export const TABLE_KEYS = ['id', 'title', 'source', 'status', 'caution', 'criteria'] as const;
/** The keys of a criterion's JSON object. */
export const CRITERION_KEYS = ['id', 'label', 'kind', 'group', 'coefficient', 'countable'] as const;
const TEXT_KEYS = ['vi', 'en'] as const;
const STATUSES = ['reported', 'checked'] as const;

/** Ids of criteria and names of groups: they appear in CSV headers and `;`-separated lists. */
export const CRITERION_ID = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Ids of tables (`qd16-2026-xa`): also hyphens. */
export const TABLE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A plain decimal, optionally negative (a negative one is reported as such, not as unreadable). */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

type ParseResult = { ok: true; table: CriteriaTable } | { ok: false; findings: CriteriaFinding[] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collects findings while reading; each reader returns `undefined` for a value it could not read. */
class Reader {
  readonly findings: CriteriaFinding[] = [];

  add(code: CriteriaCode, path: string, text: Text): undefined {
    const where = path === '' ? at.none() : at.argument(path);
    this.findings.push(finding({ severity: 'error', code, where, text }));
    return undefined;
  }

  shape(path: string, problem: ShapeProblem): undefined {
    return this.add('CRITERIA_TABLE_SHAPE', path, M.CRITERIA_TABLE_SHAPE({ path, problem }));
  }

  /** Reports every key of `v` that is not `known`, suggesting the nearest known one. */
  onlyKnownKeys(v: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const key of Object.keys(v)) {
      if (known.includes(key)) continue;
      const suggestion = nearestKey(key, known);
      const keyPath = path === '' ? key : `${path}.${key}`;
      this.add(
        'CRITERIA_UNKNOWN_KEY',
        keyPath,
        M.CRITERIA_UNKNOWN_KEY({
          path: keyPath,
          key,
          known,
          ...(suggestion !== undefined ? { suggestion } : {}),
        }),
      );
    }
  }

  string(v: unknown, path: string, required: boolean): string | undefined {
    if (v === undefined) return required ? this.shape(path, 'missing') : undefined;
    if (typeof v !== 'string') return this.shape(path, 'notString');
    if (v.trim() === '') return this.shape(path, 'empty');
    return v.trim();
  }

  id(v: unknown, path: string, pattern: RegExp): string | undefined {
    const s = this.string(v, path, true);
    if (s === undefined) return undefined;
    return pattern.test(s) ? s : this.add('CRITERIA_BAD_ID', path, M.CRITERIA_BAD_ID({ path, id: s }));
  }

  text(v: unknown, path: string, required: boolean): Text | undefined {
    if (v === undefined) return required ? this.shape(path, 'missing') : undefined;
    if (!isObject(v)) return this.shape(path, 'notText');
    this.onlyKnownKeys(v, TEXT_KEYS, path);
    const { vi, en } = v;
    if (typeof vi !== 'string' || typeof en !== 'string' || vi.trim() === '' || en.trim() === '') {
      return this.shape(path, 'notText');
    }
    return { vi: vi.trim(), en: en.trim() };
  }

  /** A decimal string, or a JSON number that holds the figure exactly (≤ 15 digits, no exponent). */
  coefficient(v: unknown, path: string): Dec | undefined {
    if (v === undefined) return this.shape(path, 'missing');
    let value: Dec | undefined;
    if (typeof v === 'string' && DECIMAL.test(v.trim())) value = new Dec(v.trim());
    else if (typeof v === 'number') value = exactNumber(v);
    if (value === undefined) {
      const written = typeof v === 'string' ? v : (JSON.stringify(v) ?? typeof v);
      return this.add('CRITERIA_BAD_COEFFICIENT', path, M.CRITERIA_BAD_COEFFICIENT({ path, written }));
    }
    if (value.isNegative() && !value.isZero()) {
      return this.add(
        'CRITERIA_NEGATIVE_COEFFICIENT',
        path,
        M.CRITERIA_NEGATIVE_COEFFICIENT({ path, coefficient: value }),
      );
    }
    return value.isZero() ? new Dec(0) : value;
  }
}

/** A JSON number read only when it holds the figure as written: finite, no exponent, ≤ 15 significant digits. */
function exactNumber(v: number): Dec | undefined {
  const written = String(v);
  const digits = written.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;
  if (!Number.isFinite(v) || /e/i.test(written) || digits > 15) return undefined;
  return fromCellNumber(v);
}

function readKind(r: Reader, v: unknown, path: string): CriterionKind | undefined {
  const s = r.string(v, path, true);
  if (s === undefined) return undefined;
  if ((CRITERION_KINDS as readonly string[]).includes(s)) return s as CriterionKind;
  const suggestion = nearestKey(s, CRITERION_KINDS);
  return r.add(
    'CRITERIA_UNKNOWN_KIND',
    path,
    M.CRITERIA_UNKNOWN_KIND({ path, kind: s, ...(suggestion !== undefined ? { suggestion } : {}) }),
  );
}

function readCriterion(r: Reader, raw: unknown, path: string): Criterion | undefined {
  if (!isObject(raw)) return r.shape(path, 'notObject');
  r.onlyKnownKeys(raw, CRITERION_KEYS, path);
  const id = r.id(raw.id, `${path}.id`, CRITERION_ID);
  const label = r.text(raw.label, `${path}.label`, true);
  const kind = readKind(r, raw.kind, `${path}.kind`);
  const coefficient = r.coefficient(raw.coefficient, `${path}.coefficient`);
  const name = id ?? String(raw.id);
  let group: string | undefined;
  if (kind === 'per-unit') {
    if (raw.group !== undefined) {
      const p = `${path}.group`;
      r.add(
        'CRITERIA_FIELD_NOT_ALLOWED',
        p,
        M.CRITERIA_FIELD_NOT_ALLOWED({ path: p, id: name, field: 'group', kind }),
      );
    }
  } else if (kind !== undefined) {
    const p = `${path}.group`;
    if (raw.group === undefined) {
      r.add('CRITERIA_GROUP_MISSING', p, M.CRITERIA_GROUP_MISSING({ path: p, id: name, kind }));
    } else {
      group = r.id(raw.group, p, CRITERION_ID);
    }
    if (raw.countable !== undefined) {
      const pc = `${path}.countable`;
      r.add(
        'CRITERIA_FIELD_NOT_ALLOWED',
        pc,
        M.CRITERIA_FIELD_NOT_ALLOWED({ path: pc, id: name, field: 'countable', kind }),
      );
    }
  }
  let countable: boolean | undefined;
  if (kind === 'per-unit') {
    if (raw.countable === undefined || typeof raw.countable === 'boolean') countable = raw.countable ?? true;
    else r.shape(`${path}.countable`, 'notBoolean');
  }
  if (id === undefined || label === undefined || kind === undefined || coefficient === undefined)
    return undefined;
  if (kind !== 'per-unit' && group === undefined) return undefined;
  return {
    id,
    label,
    kind,
    coefficient,
    ...(group !== undefined ? { group } : {}),
    ...(countable !== undefined ? { countable } : {}),
  };
}

/** Repeated ids and groups with two defaults, over the criteria that could be read. */
function checkTogether(
  r: Reader,
  read: readonly (Criterion | undefined)[],
  rawIds: readonly unknown[],
): void {
  const firstById = new Map<string, number>();
  const defaultOf = new Map<string, string>();
  read.forEach((c, i) => {
    const rawId = rawIds[i];
    const id = c?.id ?? (typeof rawId === 'string' ? rawId.trim() : undefined);
    if (id !== undefined && id !== '') {
      const first = firstById.get(id);
      const path = `criteria[${i}].id`;
      if (first !== undefined) {
        r.add(
          'CRITERIA_DUPLICATE_ID',
          path,
          M.CRITERIA_DUPLICATE_ID({ path, id, first: `criteria[${first}]` }),
        );
      } else firstById.set(id, i);
    }
    if (c?.kind === 'default' && c.group !== undefined) {
      const first = defaultOf.get(c.group);
      const path = `criteria[${i}]`;
      if (first !== undefined) {
        r.add(
          'CRITERIA_TWO_DEFAULTS',
          path,
          M.CRITERIA_TWO_DEFAULTS({ path, group: c.group, first, second: c.id }),
        );
      } else defaultOf.set(c.group, c.id);
    }
  });
}

/**
 * A criteria table from its JSON form (already parsed, e.g. by `JSON.parse`):
 * `{id, title: {vi, en}, source, status?: "reported" | "checked", caution?: {vi, en},
 *   criteria: [{id, label: {vi, en}, kind: "category" | "default" | "per-unit", group?, coefficient, countable?}]}`.
 * Coefficients are decimal strings (`"50"`, `"0.5"`) or JSON numbers that hold the figure exactly.
 */
export function parseCriteriaTable(input: unknown): ParseResult {
  const r = new Reader();
  if (!isObject(input)) {
    r.shape('', 'notObject');
    return { ok: false, findings: r.findings };
  }
  r.onlyKnownKeys(input, TABLE_KEYS, '');
  const id = r.id(input.id, 'id', TABLE_ID);
  const title = r.text(input.title, 'title', true);
  const source = r.string(input.source, 'source', true);
  const caution = r.text(input.caution, 'caution', false);
  let status: CriteriaTable['status'];
  if (input.status !== undefined) {
    const s = r.string(input.status, 'status', false);
    if (s !== undefined && (STATUSES as readonly string[]).includes(s)) status = s as CriteriaTable['status'];
    else if (s !== undefined) r.shape('status', 'notStatus');
  }
  let criteria: (Criterion | undefined)[] = [];
  if (input.criteria === undefined) r.shape('criteria', 'missing');
  else if (!Array.isArray(input.criteria)) r.shape('criteria', 'notArray');
  else if (input.criteria.length === 0) r.shape('criteria', 'empty');
  else {
    const raws = input.criteria as unknown[];
    criteria = raws.map((raw, i) => readCriterion(r, raw, `criteria[${i}]`));
    checkTogether(
      r,
      criteria,
      raws.map((raw) => (isObject(raw) ? raw.id : undefined)),
    );
  }
  if (r.findings.length > 0 || id === undefined || title === undefined || source === undefined) {
    return { ok: false, findings: r.findings };
  }
  return {
    ok: true,
    table: {
      id,
      title,
      source,
      ...(status !== undefined ? { status } : {}),
      ...(caution !== undefined ? { caution } : {}),
      criteria: criteria.filter((c): c is Criterion => c !== undefined),
    },
  };
}
