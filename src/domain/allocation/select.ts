/**
 * Puts the `k` best of `idx[0..count)` (by `before`, a strict total order) into `idx[0..k)`, in no
 * particular order. Quickselect: linear on average, where sorting a million remainders would not fit the
 * time budget. The result set does not depend on pivots because the order is total, so it is deterministic.
 */
export function selectBest(
  idx: Int32Array,
  count: number,
  k: number,
  before: (a: number, b: number) => boolean,
): void {
  if (k <= 0 || k >= count) return;
  const target = k - 1;
  let left = 0;
  let right = count - 1;
  while (right > left) {
    const mid = left + ((right - left) >> 1);
    const pivot = median3(idx[left]!, idx[mid]!, idx[right]!, before);
    let i = left;
    let j = right;
    while (i <= j) {
      while (before(idx[i]!, pivot)) i++;
      while (before(pivot, idx[j]!)) j--;
      if (i <= j) {
        const t = idx[i]!;
        idx[i] = idx[j]!;
        idx[j] = t;
        i++;
        j--;
      }
    }
    // [left..j] holds nothing after the pivot, [i..right] nothing before it, and j < i.
    if (target <= j) right = j;
    else if (target >= i) left = i;
    else return;
  }
}

function median3(a: number, b: number, c: number, before: (a: number, b: number) => boolean): number {
  if (before(a, b)) {
    if (before(b, c)) return b;
    return before(a, c) ? c : a;
  }
  if (before(a, c)) return a;
  return before(b, c) ? c : b;
}
