/**
 * Finds the amounts of money in a logical line and reads what each one is: an item's
 * total, central money (recurrent or investment), local money or other sources.
 *
 * Only a figure followed by a money unit is an amount: decision numbers ("số 5988/QĐ-UBND"),
 * dates, years and percentages are not. A figure followed by "/hộ", "/người" is a rate, not
 * an amount. The label is the text before the figure (back to the previous amount or the
 * start of the clause) plus a parenthesised qualifier right after the unit
 * ("1.588 triệu đồng (vốn sự nghiệp)").
 */
import { Dec } from '../domain/money/decimal';
import { parseAmount } from '../domain/money/parse';
import { convert } from '../domain/money/units';
import type { AmountKey, Qualifier } from '../domain/plan/model';

/** A figure with a money unit found in a line. */
export interface MoneyMatch {
  /** Offset of the figure in the line. */
  readonly index: number;
  /** Offset just after the unit. */
  readonly end: number;
  /** The figure and unit as written ("7.133,25 triệu đồng"). */
  readonly written: string;
  /** The amount in triệu đồng, or undefined when the figure cannot be read. */
  readonly value: Dec | undefined;
  /** True when the figure was not in Vietnamese form (`15555.25`) but could still be read. */
  readonly foreignFormat: boolean;
  /** True when the unit was not triệu đồng and the value was converted. */
  readonly converted: boolean;
  /** True when a "/" follows the unit ("40 triệu đồng/hộ"): a rate, not an amount. */
  readonly rate: boolean;
  /** The word before the figure saying it is not exact ("hơn 512 tỷ"), if any. */
  readonly qualifier?: Qualifier;
  /** One unit of the last printed digit, in triệu đồng (`512 tỷ` → 1000, `112,3 tỷ` → 100). */
  readonly digitUnit?: Dec;
}

const QUALIFIER_BEFORE = /(?<!\p{L})(gần như|xấp xỉ|khoảng|hơn|trên|gần)\s{1,3}$/iu;

const QUALIFIERS: Record<string, Qualifier> = {
  'gần như': 'gan_nhu',
  'xấp xỉ': 'xap_xi',
  khoảng: 'khoang',
  hơn: 'hon',
  trên: 'tren',
  gần: 'gan',
};

/** Size of a written unit in triệu đồng. */
function unitSize(unit: string): Dec {
  switch (unit.toLowerCase()) {
    case 'tỷ':
    case 'tỉ':
      return new Dec(1000);
    case 'triệu':
      return new Dec(1);
    case 'nghìn':
    case 'ngàn':
      return new Dec('0.001');
    default:
      return new Dec('0.000001');
  }
}

/** One unit of the last printed digit of a figure, in its own unit (`510` → 10, `112,3` → 0.1). */
function lastDigitUnit(value: Dec): Dec {
  const dp = value.decimalPlaces();
  if (dp > 0) return new Dec(10).pow(-dp);
  const zeros = /0*$/.exec(value.abs().toFixed())?.[0].length ?? 0;
  return value.isZero() ? new Dec(1) : new Dec(10).pow(zeros);
}

// The figure may not continue a word, another figure, a date or a reference number.
const FIGURE = String.raw`(?<![\p{L}\d.,/\-])(\d(?:[\d.,]{0,40}\d)?)`;
const UNIT = String.raw`(?:(triệu|tỷ|tỉ|nghìn|ngàn)\s{0,3}(?:đồng|vnđ|vnd)(?![\p{L}\d])|(triệu|tỷ|tỉ)(?![\p{L}\d])(?!\s{1,3}\p{L})|(đồng|vnđ|vnd)(?![\p{L}\d])(?!\s{1,3}(?:bào|thời|ý|chí|bộ|loạt|nghiệp|đều|lòng|tâm|hồ|minh|hành|phục|tiền|xu)))`;
const MONEY = new RegExp(String.raw`${FIGURE}\s{0,3}${UNIT}`, 'giu');

/**
 * The rest of a compound amount after a bare "tỷ" or "triệu": "1 tỷ 005 triệu đồng", "16 tỷ 274
 * triệu", "2 triệu 500 nghìn đồng". The part is below one of the unit before it (at most three digits).
 */
const COMPOUND_REST =
  /\s{1,3}(\d{1,3}(?:,\d{1,15})?)\s{0,3}(triệu|nghìn|ngàn)(?:\s{0,3}(?:đồng|vnđ|vnd))?(?![\p{L}\d])/iuy;

/** Size of a unit word in triệu đồng. */
const UNIT_SIZE: Record<string, number> = { tỷ: 1000, tỉ: 1000, triệu: 1, nghìn: 0.001, ngàn: 0.001 };

const TRIEU_PER: Record<string, Dec> = {
  nghìn: new Dec('0.001'),
  ngàn: new Dec('0.001'),
};

const VI_FIGURE = /^(?:\d{1,3}(?:\.\d{3})+|\d{1,15})(?:,\d{1,15})?$/;

/** Reads a written figure: Vietnamese form first, then any unambiguous other form. */
function readFigure(figure: string): { value: Dec; foreign: boolean } | undefined {
  // Fast path for the usual shapes ("1.695", "466,25", "210"); parseAmount handles the rest.
  if (VI_FIGURE.test(figure))
    return { value: new Dec(figure.replace(/\./g, '').replace(',', '.')), foreign: false };
  const vi = parseAmount(figure, 'vi');
  if (vi.ok) return { value: vi.value.value, foreign: false };
  const other = parseAmount(figure, 'auto');
  if (other.ok) return { value: other.value.value, foreign: true };
  return undefined;
}

/** Every figure-with-unit in `text`, in order. Linear: the figure pattern cannot backtrack far. */
export function findMoney(text: string): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m !== null; m = MONEY.exec(text)) {
    const figure = m[1] ?? '';
    const scaled = (m[2] ?? m[3] ?? '').toLowerCase();
    let end = m.index + m[0].length;
    const read = readFigure(figure);
    let value: Dec | undefined;
    let converted = false;
    // A bare "tỷ"/"triệu" followed by smaller parts: the amount is read whole.
    let rest = new Dec(0);
    let unitBefore = scaled;
    let digitUnit = read ? lastDigitUnit(read.value).times(unitSize(scaled)) : undefined;
    while (m[3] !== undefined && read) {
      COMPOUND_REST.lastIndex = end;
      const r = COMPOUND_REST.exec(text);
      const part = (r?.[2] ?? '').toLowerCase();
      if (r === null || (UNIT_SIZE[part] ?? Infinity) >= (UNIT_SIZE[unitBefore] ?? 0)) break;
      const size = new Dec(part === 'triệu' ? '1' : '0.001');
      const partValue = new Dec((r[1] ?? '0').replace(',', '.'));
      rest = rest.plus(partValue.times(size));
      digitUnit = lastDigitUnit(partValue).times(size);
      end = COMPOUND_REST.lastIndex;
      MONEY.lastIndex = end;
      unitBefore = part;
      if (/(?:đồng|vnđ|vnd)$/iu.test(r[0])) break;
    }
    if (read) {
      if (scaled === '') {
        value = convert(read.value, 'dong', 'trieu_dong');
        converted = true;
      } else if (scaled === 'triệu') {
        value = read.value;
      } else if (scaled === 'tỷ' || scaled === 'tỉ') {
        value = convert(read.value, 'ty_dong', 'trieu_dong');
        converted = true;
      } else {
        value = read.value.times(TRIEU_PER[scaled] ?? new Dec(0));
        converted = true;
      }
    }
    if (value !== undefined && !rest.isZero()) value = value.plus(rest);
    out.push({
      index: m.index,
      end,
      written: text.slice(m.index, end),
      value,
      foreignFormat: read?.foreign ?? false,
      converted,
      rate: /^\s{0,3}\//.test(text.slice(end, end + 4)),
      ...qualifierOf(text, m.index, digitUnit),
    });
  }
  return out;
}

/** The qualifier written just before a figure at `index`, with the figure's last digit unit. */
function qualifierOf(
  text: string,
  index: number,
  digitUnit: Dec | undefined,
): Pick<MoneyMatch, 'qualifier' | 'digitUnit'> {
  const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, index - 16), index));
  const qualifier = q ? QUALIFIERS[(q[1] ?? '').toLowerCase()] : undefined;
  return qualifier === undefined || digitUnit === undefined ? {} : { qualifier, digitUnit };
}

/** True when the text holds at least one figure followed by a money unit. */
export function hasMoney(text: string): boolean {
  MONEY.lastIndex = 0;
  return MONEY.test(text);
}

/** How an amount was read: the key it goes to, and whether a convention was applied. */
export type Classification =
  | { readonly kind: 'amount'; readonly key: AmountKey; readonly assumedCentral: boolean }
  /** A part of an amount already read in the same sentence (local money split by level…). */
  | { readonly kind: 'breakdown' }
  /** No money word before it ("hỗ trợ 40 triệu đồng cho mỗi hộ"). */
  | { readonly kind: 'unlabelled' };

type Level = 'central' | 'local' | 'other';

const LEVELS: readonly (readonly [Level, RegExp])[] = [
  ['central', /trung\s+ương|(?<!\p{L})ns\s?tw(?!\p{L})/giu],
  [
    'local',
    /ngân\s+sách\s+(?:cấp\s+)?(?:địa\s+phương|tỉnh|huyện|xã|thị\s+xã|thành\s+phố|thị\s+trấn|phường|quận)|(?<!\p{L})ns\s?đp(?!\p{L})|đối\s+ứng|(?:vốn|nguồn)\s+địa\s+phương/giu,
  ],
  [
    'other',
    /lồng\s+ghép|huy\s+động|xã\s+hội\s+hóa|xã\s+hội\s+hoá|nguồn\s+(?:vốn\s+)?khác|vốn\s+khác|đóng\s+góp|tín\s+dụng|vốn\s+vay/giu,
  ],
];
const RECURRENT = /sự\s+nghiệp|(?<!\p{L})sn(?!\p{L})/giu;
const INVESTMENT = /đầu\s+tư\s+phát\s+triển|vốn\s+đầu\s+tư|(?<!\p{L})đtpt(?!\p{L})/giu;
const MONEY_WORDS =
  /kinh\s+phí|nguồn\s+vốn|vốn|ngân\s+sách|tổng|dự\s+toán|nguồn\s+lực|phân\s+bổ|được\s+giao|bố\s+trí|số\s+tiền|cộng/iu;
const BREAKDOWN_WORDS = /trong\s+đó|bao\s+gồm|gồm|cụ\s+thể/iu;

/** Position of the last match of `re` in `text`, or -1. */
function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    at = m.index;
    if (m[0] === '') re.lastIndex++;
  }
  return at;
}

/** The label of an amount: the clause before it, cut at the last sentence or list boundary. */
export function labelBefore(text: string, from: number, to: number): string {
  const window = text.slice(Math.max(from, to - 240), to);
  // Labels ("Ngân sách trung ương (vốn sự nghiệp): ") hold no ';' or '. ', so the cut never splits one.
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf('. '));
  return window.slice(cut + 1).replace(/\*/g, '');
}

/**
 * A parenthesised qualifier right after the unit: "(vốn sự nghiệp)", "(ngân sách tỉnh)". One after a
 * comma that leads straight to the next figure labels that figure, not this one: "NSTW (vốn sự
 * nghiệp) 795 triệu đồng, (vốn đầu tư phát triển) 1.800 triệu đồng".
 */
export function qualifierAfter(text: string, end: number, limit: number): { text: string; length: number } {
  const tail = text.slice(end, Math.min(limit, end + 120));
  const m = /^\s*(,?)\s*\(([^()]{0,100})\)/u.exec(tail);
  if (!m) return { text: '', length: 0 };
  if (m[1] === ',' && limit < text.length && /^[\s:]*$/u.test(text.slice(end + m[0].length, limit))) {
    return { text: '', length: 0 };
  }
  return { text: (m[2] ?? '').replace(/\*/g, ''), length: m[0].length };
}

/**
 * Reads what an amount is from its label and qualifier. `previousInSentence` is the key of
 * the amount read just before in the same sentence, if any: it tells a central total's split
 * ("… trong đó: vốn sự nghiệp 6.000 triệu đồng") from a split of local money.
 */
export function classify(label: string, qualifier: string, previousInSentence?: AmountKey): Classification {
  const text = `${label} (${qualifier})`.toLowerCase();
  let level: Level | undefined;
  let levelAt = -1;
  for (const [name, re] of LEVELS) {
    const at = lastIndex(re, text);
    if (at > levelAt) {
      levelAt = at;
      level = name;
    }
  }
  const recurrentAt = lastIndex(RECURRENT, text);
  const investmentAt = lastIndex(INVESTMENT, text);
  const kind: 'sn' | 'dt' | undefined =
    recurrentAt < 0 && investmentAt < 0 ? undefined : recurrentAt > investmentAt ? 'sn' : 'dt';
  const centralKey = (): AmountKey =>
    kind === 'sn' ? 'nstw_su_nghiep' : kind === 'dt' ? 'nstw_dau_tu' : 'nstw';
  switch (level) {
    case 'central':
      return { kind: 'amount', key: centralKey(), assumedCentral: false };
    case 'local':
      return { kind: 'amount', key: 'nsdp', assumedCentral: false };
    case 'other':
      return { kind: 'amount', key: 'khac', assumedCentral: false };
    case undefined:
      break;
  }
  if (kind !== undefined) {
    // "vốn sự nghiệp" with no budget level: central money by the programme's convention,
    // unless it splits an amount already read in this sentence.
    if (previousInSentence === 'nsdp' || previousInSentence === 'khac') return { kind: 'breakdown' };
    const central =
      previousInSentence === 'nstw' ||
      previousInSentence === 'nstw_su_nghiep' ||
      previousInSentence === 'nstw_dau_tu';
    return { kind: 'amount', key: centralKey(), assumedCentral: !central };
  }
  if (previousInSentence !== undefined && previousInSentence !== 'total' && BREAKDOWN_WORDS.test(label)) {
    return { kind: 'breakdown' };
  }
  if (MONEY_WORDS.test(text)) return { kind: 'amount', key: 'total', assumedCentral: false };
  return { kind: 'unlabelled' };
}

/** Wording that states the whole programme's money even inside an item's text. */
const PLAN_WIDE =
  /tổng\s+cộng|tổng\s+(?:kinh\s+phí|nguồn\s+vốn|vốn|nguồn\s+lực)[^:;]{0,60}(?:chương\s+trình|kế\s+hoạch)/iu;

/** True when a label states the plan's total rather than the current item's. */
export function isPlanWideLabel(label: string): boolean {
  return PLAN_WIDE.test(label);
}
