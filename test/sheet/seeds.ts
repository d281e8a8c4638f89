/** The seed plans the sheet tests run on: 000 (examples/muong-lay-2024.json) and 001 (expected figures). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planFromJson, type Plan } from '../../src/domain/plan';

function load(json: unknown): Plan {
  const r = planFromJson(json);
  if (!r.ok) throw new Error(r.error.text.en);
  return r.plan;
}

export function seed000(): Plan {
  return load(JSON.parse(readFileSync(join(__dirname, '../../examples/muong-lay-2024.json'), 'utf8')));
}

export function seed001(): Plan {
  const all = JSON.parse(readFileSync(join(__dirname, '../seeds/expected.json'), 'utf8')) as {
    seeds: Record<string, { year: number; locality: string; stated_totals: unknown; items: unknown[] }>;
  };
  const s = all.seeds['001_54c6388dddac836b.txt'];
  if (!s) throw new Error('seed 001 missing');
  return load({ catalogue: 'qd90-2021-2025', unit: 'trieu_dong', ...s });
}
