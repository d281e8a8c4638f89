/**
 * Where a value came from: an argument, and for a range the cell's position in it, counted from 1 row by
 * row as a user reads a range ("trong_so: ô thứ 3").
 */
export interface Place {
  readonly arg: string;
  readonly cell?: number;
}

/**
 * The head of a message about the place, in Vietnamese: `tong:` or `trong_so: ô thứ 3`, so that
 * "tong: bị bỏ trống." and "trong_so: ô thứ 3 bị bỏ trống." both read naturally.
 */
export function placeVi(p: Place): string {
  return p.cell === undefined ? `${p.arg}:` : `${p.arg}: ô thứ ${p.cell}`;
}

/** The head of a message about the place, in English: `tong:` or `trong_so: cell 3`. */
export function placeEn(p: Place): string {
  return p.cell === undefined ? `${p.arg}:` : `${p.arg}: cell ${p.cell}`;
}
