import { Dec } from './decimal';

/** Units amounts are written in. Plans use triệu đồng; some write tỷ đồng or đồng. */
export type MoneyUnit = 'dong' | 'trieu_dong' | 'ty_dong';

export const MONEY_UNITS: readonly MoneyUnit[] = ['dong', 'trieu_dong', 'ty_dong'];

/** How many đồng one unit is. */
const DONG_PER_UNIT: Record<MoneyUnit, Dec> = {
  dong: new Dec(1),
  trieu_dong: new Dec('1000000'),
  ty_dong: new Dec('1000000000'),
};

/** Exact conversion between units (a division by a power of ten never rounds at our precision). */
export function convert(amount: Dec, from: MoneyUnit, to: MoneyUnit): Dec {
  if (from === to) return amount;
  return amount.times(DONG_PER_UNIT[from]).dividedBy(DONG_PER_UNIT[to]);
}

/** The unit as written after a figure in a document. */
export const UNIT_LABEL_VI: Record<MoneyUnit, string> = {
  dong: 'đồng',
  trieu_dong: 'triệu đồng',
  ty_dong: 'tỷ đồng',
};

export const UNIT_LABEL_EN: Record<MoneyUnit, string> = {
  dong: 'VND',
  trieu_dong: 'million VND',
  ty_dong: 'billion VND',
};

/** Reads a unit name as written in JSON (`trieu_dong`) or in text (`triệu đồng`, `tỷ`, `đồng`). */
export function parseUnit(text: string): MoneyUnit | undefined {
  const t = text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  switch (t) {
    case 'dong':
    case 'đồng':
    case 'd':
    case 'đ':
    case 'vnd':
      return 'dong';
    case 'trieu':
    case 'trieu_dong':
    case 'triệu':
    case 'triệu đồng':
    case 'tr':
    case 'tr.đ':
      return 'trieu_dong';
    case 'ty':
    case 'ty_dong':
    case 'tỷ':
    case 'tỉ':
    case 'tỷ đồng':
    case 'tỉ đồng':
      return 'ty_dong';
    default:
      return undefined;
  }
}
