/**
 * Child process of the bench: imports one file with src/import's importDocument and the node
 * inflate, then prints one JSON line: the RSS at start, the peak RSS (resourceUsage().maxRSS), the
 * peak heap sampled every 5 ms, the time, and what the import said. `npx tsx bench/import-peak.ts <file>`.
 */
import { readFileSync } from 'node:fs';
import { importDocument } from '../src/import/document';
import { nodeInflateRaw } from '../src/platform/node';

const path = process.argv[2] ?? '';
let heapPeak = 0;
const sample = () => {
  const m = process.memoryUsage();
  heapPeak = Math.max(heapPeak, m.heapUsed + m.external + m.arrayBuffers);
};
const timer = setInterval(sample, 5);
const rssBefore = process.memoryUsage().rss / 1024; // KB, as maxRSS
void (async () => {
  const t0 = process.hrtime.bigint();
  const bytes = readFileSync(path);
  const r = await importDocument(bytes, path, nodeInflateRaw);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  sample();
  clearInterval(timer);
  const error = r.findings.find((f) => f.severity === 'error');
  console.log(
    JSON.stringify({
      startRssMb: rssBefore / 1024,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      heapPeakMb: heapPeak / 1024 / 1024,
      ms,
      items: r.plan.items.length,
      error: error ? error.text.vi : null,
    }),
  );
})();
