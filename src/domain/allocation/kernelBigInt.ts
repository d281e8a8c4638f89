import { selectBest } from './select';

/**
 * The same allocation as `allocateSteps` on BigInt, for amounts or weights whose products reach 2^53
 * (many decimals in the weights, a step of 0,000001 on a large total). Written plainly; it is also the
 * reference the tests compare the fast version with.
 */
export function allocateStepsBig(
  R: bigint,
  w: readonly bigint[],
  lo: readonly bigint[],
  hi: readonly bigint[],
): bigint[] | undefined {
  const n = w.length;
  const parts: bigint[] = new Array<bigint>(n).fill(0n);
  let free: number[] = [];
  let rest = R;
  for (let i = 0; i < n; i++) {
    if (w[i] === 0n) {
      parts[i] = lo[i]!;
      rest -= lo[i]!;
    } else {
      free.push(i);
    }
  }
  // Fix lines at their bounds until the free lines' shares rest·w/S all lie inside them (see fixBounds).
  const side = new Int8Array(n);
  for (;;) {
    if (free.length === 0) return rest === 0n ? parts : undefined;
    let S = 0n;
    for (const i of free) S += w[i]!;
    let E = 0n; // times S
    let violators = 0;
    for (const i of free) {
      const scaled = rest * w[i]!;
      const loS = lo[i]! * S;
      const hiS = hi[i]! * S;
      side[i] = scaled < loS ? -1 : scaled > hiS ? 1 : 0;
      if (scaled < loS) E += loS - scaled;
      else if (scaled > hiS) E -= scaled - hiS;
      else continue;
      violators++;
    }
    if (violators === 0) break;
    const kept: number[] = [];
    for (const i of free) {
      if (side[i] === -1 && E >= 0n) {
        parts[i] = lo[i]!;
        rest -= lo[i]!;
      } else if (side[i] === 1 && E <= 0n) {
        parts[i] = hi[i]!;
        rest -= hi[i]!;
      } else {
        kept.push(i);
      }
    }
    free = kept;
  }
  if (rest < 0n) return undefined;
  let S = 0n;
  for (const i of free) S += w[i]!;
  const rem = new Map<number, bigint>();
  const cand: number[] = [];
  let given = 0n;
  for (const i of free) {
    const scaled = rest * w[i]!;
    const q = scaled / S;
    parts[i] = q;
    given += q;
    const r = scaled % S;
    if (r > 0n) {
      rem.set(i, r);
      cand.push(i);
    }
  }
  const leftover = Number(rest - given);
  if (leftover === 0) return parts;
  const before = (a: number, b: number): boolean => {
    const ra = rem.get(a)!;
    const rb = rem.get(b)!;
    if (ra !== rb) return ra > rb;
    const wa = w[a]!;
    const wb = w[b]!;
    return wa !== wb ? wa > wb : a < b;
  };
  const idx = Int32Array.from(cand);
  selectBest(idx, idx.length, leftover, before);
  for (let k = 0; k < leftover; k++) {
    const i = idx[k]!;
    parts[i] = parts[i]! + 1n;
  }
  return parts;
}
