/**
 * Which programme a plan sheet follows, from what it shows: the title naming the programme, else
 * the words of its rows ("Hợp phần", "Nội dung thành phần 2" against "Dự án 4"), else the
 * 2021–2025 catalogue (sheets made before 2026 name no programme of their own).
 */
import {
  builtInCatalogue,
  builtInCatalogueIds,
  DEFAULT_CATALOGUE_ID,
  type Catalogue,
} from '../domain/catalogue';
import { norm, type Grid } from './read-grid';
import { rowShape, rowWords, type RowWords } from './read-rows';

/** The words of every built-in catalogue, made once. */
let cached: RowWords[] | undefined;
function allWords(): RowWords[] {
  cached ??= builtInCatalogueIds()
    .map((id) => builtInCatalogue(id))
    .filter((c): c is Catalogue => c !== undefined)
    .map(rowWords);
  return cached;
}

/** The words to read a sheet with, for its catalogue (see the module comment). */
export function sheetCatalogue(
  grid: Grid,
  header: { readonly first: number; readonly last: number },
  names: { readonly stt?: number; readonly name?: number },
): RowWords {
  const candidates = allWords();
  const fallback = candidates.find((w) => w.catalogue.id === DEFAULT_CATALOGUE_ID) ?? candidates[0];
  if (!fallback) throw new Error('no built-in catalogue');
  // The title: the longest programme name it contains wins (one name may begin another).
  let titled: RowWords | undefined;
  for (let r = grid.top; r < header.first; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const t = norm(grid.text(r, c));
      if (t === '') continue;
      for (const w of candidates) {
        const programme = w.catalogue.programme;
        if (programme === undefined || !t.includes(norm(programme))) continue;
        if (!titled || (titled.catalogue.programme?.length ?? 0) < programme.length) titled = w;
      }
    }
  }
  if (titled) return titled;
  // The rows: the catalogue whose words name the most rows (word, not STT alone).
  const col = names.name;
  if (col === undefined) return fallback;
  let best = fallback;
  let bestCount = 0;
  for (const w of candidates) {
    let count = 0;
    for (let r = header.last + 1; r <= grid.bottom; r++) {
      const shape = rowShape('', grid.text(r, col), w);
      if (shape.kind === 'entry') count++;
    }
    if (count > bestCount) [best, bestCount] = [w, count];
  }
  return best;
}
