/**
 * The built-in criteria tables, by id. Each is a JSON data file in `data/`, read by the same strict
 * parser as a user's table; a table that does not parse is a bug (test/domain/criteria-registry.test.ts).
 */
import { at, fail, ok, type Result, type Where } from '../findings';
import { nearestKey } from '../plan/nearest-key';
import QD16_2026_XA from './data/qd16-2026-xa.json';
import { CRITERIA_MESSAGES } from './messages';
import { parseCriteriaTable } from './parse-table';
import type { CriteriaTable } from './types';

/** The data files, in the order the tables are listed. */
const DATA: readonly unknown[] = [QD16_2026_XA];

let tables: ReadonlyMap<string, CriteriaTable> | undefined;

function builtIn(): ReadonlyMap<string, CriteriaTable> {
  if (tables === undefined) {
    const map = new Map<string, CriteriaTable>();
    for (const data of DATA) {
      const parsed = parseCriteriaTable(data);
      if (!parsed.ok) {
        throw new Error(`Built-in criteria table: ${parsed.findings.map((f) => f.text.en).join(' ')}`);
      }
      map.set(parsed.table.id, parsed.table);
    }
    tables = map;
  }
  return tables;
}

/** Every built-in criteria table. */
export function criteriaTables(): CriteriaTable[] {
  return [...builtIn().values()];
}

/** The built-in table with this id, or `undefined`. */
export function criteriaTable(id: string): CriteriaTable | undefined {
  return builtIn().get(id);
}

/** The built-in table with this id, or a finding at `where` naming the known ids (and the nearest one). */
export function findCriteriaTable(
  id: string,
  where: Where = at.none(),
): Result<CriteriaTable, 'CRITERIA_UNKNOWN_TABLE'> {
  const table = criteriaTable(id);
  if (table) return ok(table);
  const known = [...builtIn().keys()];
  const suggestion = nearestKey(id, known);
  return fail(
    'CRITERIA_UNKNOWN_TABLE',
    CRITERIA_MESSAGES.CRITERIA_UNKNOWN_TABLE({
      id,
      known,
      ...(suggestion !== undefined ? { suggestion } : {}),
    }),
    where,
  );
}
