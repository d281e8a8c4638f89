/**
 * Scoring recipients by a criteria table, exactly:
 * score = Σ over groups (the highest coefficient among the recipient's categories in the group, or the
 * group's default when it is in none of them; nothing for a group without a default) + Σ over per-unit
 * criteria (quantity × coefficient).
 *
 * Rules for what recipients say, each broken rule an error naming the recipient and the id (nothing
 * unknown is ignored):
 * - a category must be a `category` or `default` criterion of the table; a repeated one counts once;
 * - a quantity must belong to a `per-unit` criterion; it is a plain decimal string (`"3"`, `"2.5"`, an
 *   empty string is 0), never negative, and a whole number when the criterion counts things
 *   (`countable`, the default: villages, households).
 */
import { at, finding, type Text } from '../findings';
import { Dec, ZERO } from '../money/decimal';
import { nearestKey } from '../plan/nearest-key';
import { CRITERIA_MESSAGES as M, type CriteriaCode } from './messages';
import type {
  CriteriaFinding,
  CriteriaTable,
  Criterion,
  Recipient,
  ScoreLine,
  ScoredRecipient,
} from './types';

const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

interface Group {
  readonly name: string;
  /** The group's categories, in table order. */
  readonly categories: Criterion[];
  readonly fallback?: Criterion;
}

/** A table arranged for scoring: criteria by id, groups in order of first appearance, per-unit criteria. */
interface TableIndex {
  readonly table: CriteriaTable;
  readonly byId: ReadonlyMap<string, Criterion>;
  readonly groups: readonly Group[];
  readonly categoryIds: readonly string[];
  readonly perUnitIds: readonly string[];
}

const INDEXES = new WeakMap<CriteriaTable, TableIndex>();

function indexOf(table: CriteriaTable): TableIndex {
  const cached = INDEXES.get(table);
  if (cached) return cached;
  const byId = new Map<string, Criterion>();
  const groups = new Map<string, { name: string; categories: Criterion[]; fallback?: Criterion }>();
  for (const c of table.criteria) {
    byId.set(c.id, c);
    if (c.kind === 'per-unit' || c.group === undefined) continue;
    const g = groups.get(c.group) ?? { name: c.group, categories: [] };
    if (c.kind === 'default') g.fallback ??= c;
    else g.categories.push(c);
    groups.set(c.group, g);
  }
  const index: TableIndex = {
    table,
    byId,
    groups: [...groups.values()],
    categoryIds: table.criteria.filter((c) => c.kind !== 'per-unit').map((c) => c.id),
    perUnitIds: table.criteria.filter((c) => c.kind === 'per-unit').map((c) => c.id),
  };
  INDEXES.set(table, index);
  return index;
}

type ScoreResult = { ok: true; scored: ScoredRecipient[] } | { ok: false; findings: CriteriaFinding[] };

/**
 * Scores each recipient, in order. Fails with every error found (an empty list is one); `where` is
 * the argument place `recipients[i]` (0-based `index`).
 */
export function scoreRecipients(table: CriteriaTable, recipients: readonly Recipient[]): ScoreResult {
  const index = indexOf(table);
  const findings: CriteriaFinding[] = [];
  if (recipients.length === 0) {
    findings.push(
      finding({
        severity: 'error',
        code: 'CRITERIA_NO_RECIPIENTS',
        where: at.argument('recipients'),
        text: M.CRITERIA_NO_RECIPIENTS(),
      }),
    );
    return { ok: false, findings };
  }
  const scored = recipients.map((r, i) => scoreOne(index, r, i, findings));
  return findings.length > 0 ? { ok: false, findings } : { ok: true, scored };
}

function scoreOne(index: TableIndex, r: Recipient, i: number, findings: CriteriaFinding[]): ScoredRecipient {
  const bad = (code: CriteriaCode, text: Text) =>
    findings.push(finding({ severity: 'error', code, where: at.argument('recipients', i), text }));
  const recipient = r.name.trim();
  if (recipient === '') bad('CRITERIA_NO_NAME', M.CRITERIA_NO_NAME({ index: i }));
  const shown = recipient === '' ? `#${i + 1}` : recipient;
  const tableId = index.table.id;

  const member = new Set<string>();
  for (const raw of r.categories) {
    const id = raw.trim();
    if (id === '') continue;
    const c = index.byId.get(id);
    if (c === undefined) {
      const suggestion = nearestKey(id, index.categoryIds);
      bad(
        'CRITERIA_UNKNOWN_CATEGORY',
        M.CRITERIA_UNKNOWN_CATEGORY({ recipient: shown, id, table: tableId, ...hint(suggestion) }),
      );
    } else if (c.kind === 'per-unit') {
      bad('CRITERIA_NOT_A_CATEGORY', M.CRITERIA_NOT_A_CATEGORY({ recipient: shown, id }));
    } else member.add(id);
  }

  const breakdown: ScoreLine[] = [];
  let score = ZERO;
  for (const g of index.groups) {
    const mine = [...g.categories, ...(g.fallback ? [g.fallback] : [])].filter((c) => member.has(c.id));
    // The highest coefficient counts; on a tie, the category listed first in the table (a default last).
    let best: Criterion | undefined;
    for (const c of mine) if (best === undefined || c.coefficient.gt(best.coefficient)) best = c;
    const counted = best ?? g.fallback;
    if (counted === undefined) continue;
    score = score.plus(counted.coefficient);
    breakdown.push({
      kind: 'group',
      group: g.name,
      criterion: counted.id,
      label: counted.label,
      points: counted.coefficient,
      byDefault: best === undefined,
      notCounted: mine.filter((c) => c !== counted).map((c) => c.id),
    });
  }

  const quantities = new Map<string, Dec>();
  for (const [rawId, written] of Object.entries(r.quantities)) {
    const id = rawId.trim();
    const c = index.byId.get(id);
    if (c === undefined) {
      const suggestion = nearestKey(id, index.perUnitIds);
      bad(
        'CRITERIA_UNKNOWN_QUANTITY',
        M.CRITERIA_UNKNOWN_QUANTITY({ recipient: shown, id, table: tableId, ...hint(suggestion) }),
      );
      continue;
    }
    if (c.kind !== 'per-unit') {
      bad('CRITERIA_NOT_PER_UNIT', M.CRITERIA_NOT_PER_UNIT({ recipient: shown, id }));
      continue;
    }
    const text = written.trim();
    if (text === '') continue;
    if (!DECIMAL.test(text)) {
      bad('CRITERIA_BAD_QUANTITY', M.CRITERIA_BAD_QUANTITY({ recipient: shown, id, written }));
      continue;
    }
    const quantity = new Dec(text);
    if (quantity.isNegative() && !quantity.isZero()) {
      bad('CRITERIA_NEGATIVE_QUANTITY', M.CRITERIA_NEGATIVE_QUANTITY({ recipient: shown, id, quantity }));
    } else if (c.countable !== false && !quantity.isInteger()) {
      bad('CRITERIA_FRACTIONAL_QUANTITY', M.CRITERIA_FRACTIONAL_QUANTITY({ recipient: shown, id, quantity }));
    } else quantities.set(id, quantities.get(id)?.plus(quantity) ?? quantity);
  }
  for (const id of index.perUnitIds) {
    const quantity = quantities.get(id);
    if (quantity === undefined || quantity.isZero()) continue;
    const c = index.byId.get(id)!;
    const points = quantity.times(c.coefficient);
    score = score.plus(points);
    breakdown.push({
      kind: 'per-unit',
      criterion: id,
      label: c.label,
      coefficient: c.coefficient,
      quantity,
      points,
    });
  }
  return { name: recipient, score, breakdown };
}

function hint(suggestion: string | undefined): { suggestion?: string } {
  return suggestion !== undefined ? { suggestion } : {};
}
