/** Times a function: one warm-up run, then `runs` timed runs; median and fastest in milliseconds. */
export function time(runs: number, f: () => void): { median: number; min: number } {
  f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0 };
}
