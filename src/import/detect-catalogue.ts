/**
 * Which programme a plan document follows when the caller does not say: the built-in catalogue
 * whose top two levels' headings the document uses most ("Dự án 4", "Tiểu dự án 1" against "Hợp
 * phần thứ nhất", "Nội dung thành phần 2", "NDTP 3"), else the one for the year its title states
 * (2026 on: the merged 2026–2035 programme), else the 2021–2025 one.
 */
import { builtInCatalogue, builtInCatalogueIds, defaultCatalogueFor } from '../domain/catalogue/catalogue';
import { kindWords, matchKindWord, type KindWord } from '../domain/catalogue/headings';
import type { Catalogue } from '../domain/catalogue/types';
import { MARKER } from './headings';
import { logicalLineStream, type LogicalLine } from './text-lines';
import { readTitle } from './title';

/** How many first lines may hold the title. */
const HEAD_LINES = 120;
const MAX_HEADING = 200;
const LEAD = new RegExp(`^${MARKER}`, 'iu');

interface Candidate {
  readonly catalogue: Catalogue;
  readonly words: readonly KindWord[];
  count: number;
}

let words: readonly { catalogue: Catalogue; words: readonly KindWord[] }[] | undefined;

/** The top two levels' words of every built-in catalogue, made once. */
function builtInWords(): readonly { catalogue: Catalogue; words: readonly KindWord[] }[] {
  words ??= builtInCatalogueIds()
    .map((id) => builtInCatalogue(id))
    .filter((c): c is Catalogue => c !== undefined)
    .map((catalogue) => ({ catalogue, words: kindWords(catalogue).filter((w) => w.level <= 2) }));
  return words;
}

/** The catalogue a document's cleaned physical lines follow (see the module comment). */
export function detectCatalogue(lines: Iterable<string>, joinWrapped = true): Catalogue {
  const candidates: Candidate[] = builtInWords().map((w) => ({ ...w, count: 0 }));
  const head: string[] = [];
  for (const line of lines) {
    if (head.length < HEAD_LINES) head.push(line);
    const text = line.length > MAX_HEADING ? line.slice(0, MAX_HEADING) : line;
    const body = text.slice(LEAD.exec(text)?.[0].length ?? 0);
    for (const c of candidates) if (matchKindWord(body, c.words)) c.count++;
  }
  const most = Math.max(0, ...candidates.map((c) => c.count));
  const leaders = candidates.filter((c) => c.count === most);
  if (most > 0 && leaders.length === 1 && leaders[0]) return leaders[0].catalogue;
  const title: LogicalLine[] = [];
  for (const ll of logicalLineStream(head, joinWrapped)) {
    title.push(ll);
    if (title.length >= 40) break;
  }
  return defaultCatalogueFor(readTitle(title).year);
}
