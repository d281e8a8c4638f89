/**
 * The importer's findings, bounded: a real plan gives a few dozen notes, but a huge or hostile
 * document could give one per line (hundreds of thousands, a kilobyte each). The first
 * {@link MAX_NOTES_PER_CODE} of each code are kept; the last kept one says how many more of the
 * same kind there were, so nothing is hidden silently and memory stays bounded.
 */
import type { Text } from '../domain/findings';
import type { ImportCode, ImportFinding } from './messages';

/** How many findings of one code are kept; no real plan comes near it. */
export const MAX_NOTES_PER_CODE = 100;

/** Where the importer's findings go (an array works too, unbounded). */
export interface NoteSink {
  push(finding: ImportFinding): void;
}

/** "(và còn 5 trường hợp tương tự không liệt kê)" after a finding's text. */
function more(text: Text, count: number): Text {
  const n = count.toLocaleString('vi-VN');
  return {
    vi: `${text.vi} (và còn ${n} trường hợp tương tự không liệt kê)`,
    en: `${text.en} (and ${count.toLocaleString('en')} more of the same kind, not listed)`,
  };
}

/** Findings in the order given, at most {@link MAX_NOTES_PER_CODE} per code. */
export class BoundedNotes implements NoteSink {
  private readonly kept: ImportFinding[] = [];
  private readonly counts = new Map<ImportCode, number>();
  private readonly lastKept = new Map<ImportCode, number>();

  constructor(private readonly perCode = MAX_NOTES_PER_CODE) {}

  push(finding: ImportFinding): void {
    const n = (this.counts.get(finding.code) ?? 0) + 1;
    this.counts.set(finding.code, n);
    if (n > this.perCode) return;
    this.lastKept.set(finding.code, this.kept.length);
    this.kept.push(finding);
  }

  /** The kept findings; the last of a code that had more says how many were left out. */
  list(): ImportFinding[] {
    const out = [...this.kept];
    for (const [code, n] of this.counts) {
      const at = this.lastKept.get(code);
      const f = at === undefined ? undefined : out[at];
      if (f && n > this.perCode) out[at as number] = { ...f, text: more(f.text, n - this.perCode) };
    }
    return out;
  }
}
