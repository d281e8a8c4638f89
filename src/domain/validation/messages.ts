/**
 * Every message of the validation module, in Vietnamese and English, so that wording,
 * terms and number formats are reviewed in one place. Figures are formatted exactly
 * (never rounded: a rounded figure would no longer add up with the others).
 */
import type { EntryKind } from '../catalogue';
import { whereLabel, type MessageCatalogue, type Text, type Where } from '../findings';
import type { Dec } from '../money/decimal';
import { formatEn, formatVi } from '../money/format';
import { UNIT_LABEL_EN, UNIT_LABEL_VI, type MoneyUnit } from '../money/units';
import { SOURCE_LABEL_EN, SOURCE_LABEL_VI, type AmountKey } from '../plan';

/** A figure with its unit: `1.695 triệu đồng` / `1,695 million VND`. */
function money(value: Dec, unit: MoneyUnit): Text {
  return { vi: `${formatVi(value)} ${UNIT_LABEL_VI[unit]}`, en: `${formatEn(value)} ${UNIT_LABEL_EN[unit]}` };
}

/** Source names as they read mid-sentence: official names keep their capitals, common nouns do not. */
function source(key: AmountKey): Text {
  const vi = key === 'total' || key === 'khac' ? SOURCE_LABEL_VI[key].toLowerCase() : SOURCE_LABEL_VI[key];
  const en = SOURCE_LABEL_EN[key];
  return { vi, en: en.charAt(0).toLowerCase() + en.slice(1) };
}

/** Who a message is about: the item's code, or the plan's own totals. */
function subject(where: Where): Text {
  if (where.kind === 'plan') return { vi: 'Tổng cộng kế hoạch', en: 'Plan totals' };
  const label = whereLabel(where);
  return { vi: label, en: label };
}

const KIND_VI: Record<EntryKind, string> = {
  du_an: 'Dự án',
  tieu_du_an: 'Tiểu dự án',
  noi_dung: 'nội dung',
  noi_dung_thanh_phan: 'nội dung thành phần',
  hop_phan: 'Hợp phần',
  chi_tiet: 'mục chi tiết',
};

const KIND_EN: Record<EntryKind, string> = {
  du_an: 'Project',
  tieu_du_an: 'Sub-project',
  noi_dung: 'content item',
  noi_dung_thanh_phan: 'component',
  hop_phan: 'Component',
  chi_tiet: 'detail',
};

/** "các Tiểu dự án" when the children are all of one kind, else the neutral "các mục con". */
function childrenLabel(kinds: readonly EntryKind[]): Text {
  const first = kinds[0];
  if (first === undefined || kinds.some((k) => k !== first)) {
    return { vi: 'các mục con', en: 'its sub-items' };
  }
  return { vi: `các ${KIND_VI[first]}`, en: `its ${KIND_EN[first]}s` };
}

/** Lists codes, shortened so that a message stays readable for a parent with many children. */
function codeList(codes: readonly string[]): string {
  const MAX = 8;
  return codes.length <= MAX ? codes.join(', ') : `${codes.slice(0, MAX).join(', ')}, …`;
}

/**
 * The codes of the validation rules (one rule a code, see `RULES`). Problems of the plan's tree
 * (UNKNOWN_PARENT, PARENT_CYCLE, DUPLICATE_CODE) are the outline's codes (`OutlineCode`).
 */
export type ValidationCode =
  | 'ITEM_TOTAL'
  | 'NSTW_SPLIT'
  | 'PARENT_SUM'
  | 'PLAN_TOTAL'
  | 'NOT_APPLICABLE_MONEY'
  | 'NEGATIVE_AMOUNT'
  | 'COUNTERPART_RATIO'
  | 'INVESTMENT_NOT_ALLOWED'
  | 'STEP_DECIMALS'
  | 'FLOAT_DRIFT'
  | 'ROUNDED_MATCH';

/** The texts of {@link ValidationCode}, by code. `where` is an item or the plan's totals; `code` an item. */
export const VALIDATION_MESSAGES = {
  /** The stated total is not the sum of the stated sources. */
  ITEM_TOTAL: (a: { where: Where; stated: Dec; sources: Dec; unit: MoneyUnit }): Text => {
    const statedM = money(a.stated, a.unit);
    const sourcesM = money(a.sources, a.unit);
    const s = subject(a.where);
    const diffM = money(a.stated.minus(a.sources), a.unit);
    return {
      vi: `${s.vi}: tổng kinh phí ghi ${statedM.vi} nhưng tổng các nguồn là ${sourcesM.vi} (chênh lệch ${diffM.vi}).`,
      en: `${s.en}: the total is stated as ${statedM.en} but the sources add up to ${sourcesM.en} (difference ${diffM.en}).`,
    };
  },

  /** Stated central money is not vốn sự nghiệp + vốn đầu tư phát triển. */
  NSTW_SPLIT: (a: { where: Where; stated: Dec; parts: Dec; unit: MoneyUnit }): Text => {
    const statedM = money(a.stated, a.unit);
    const partsM = money(a.parts, a.unit);
    const s = subject(a.where);
    const diffM = money(a.stated.minus(a.parts), a.unit);
    return {
      vi: `${s.vi}: Ngân sách trung ương ghi ${statedM.vi} nhưng vốn sự nghiệp và vốn đầu tư phát triển cộng lại là ${partsM.vi} (chênh lệch ${diffM.vi}).`,
      en: `${s.en}: the central budget is stated as ${statedM.en} but its recurrent and investment parts add up to ${partsM.en} (difference ${diffM.en}).`,
    };
  },

  /** A parent's stated amount is not what its children contribute. */
  PARENT_SUM: (a: {
    code: string;
    kind: EntryKind;
    key: AmountKey;
    stated: Dec;
    children: Dec;
    childKinds: readonly EntryKind[];
    childCodes: readonly string[];
    unit: MoneyUnit;
  }): Text => {
    const statedM = money(a.stated, a.unit);
    const childrenM = money(a.children, a.unit);
    const diffM = money(a.stated.minus(a.children), a.unit);
    const src = source(a.key);
    const kids = childrenLabel(a.childKinds);
    const codes = codeList(a.childCodes);
    return {
      vi: `${a.code}: ${KIND_VI[a.kind]} ghi ${src.vi} ${statedM.vi} nhưng tổng ${kids.vi} (${codes}) là ${childrenM.vi} (chênh lệch ${diffM.vi}).`,
      en: `${a.code}: the ${KIND_EN[a.kind]} states ${src.en} ${statedM.en} but ${kids.en} (${codes}) add up to ${childrenM.en} (difference ${diffM.en}).`,
    };
  },

  /** A stated plan total is not the sum over the top rows (Dự án; Hợp phần in 2026–2035). */
  PLAN_TOTAL: (a: { key: AmountKey; stated: Dec; items: Dec; unit: MoneyUnit; top?: EntryKind }): Text => {
    const top = a.top ?? 'du_an';
    const statedM = money(a.stated, a.unit);
    const itemsM = money(a.items, a.unit);
    const s = subject({ kind: 'plan' });
    const src = source(a.key);
    const diffM = money(a.stated.minus(a.items), a.unit);
    return {
      vi: `${s.vi}: ${src.vi} ghi ${statedM.vi} nhưng tổng các ${KIND_VI[top]} là ${itemsM.vi} (chênh lệch ${diffM.vi}).`,
      en: `${s.en}: ${src.en} is stated as ${statedM.en} but the ${KIND_EN[top]}s add up to ${itemsM.en} (difference ${diffM.en}).`,
    };
  },

  /** Money on an item the plan says the locality is not concerned by. */
  NOT_APPLICABLE_MONEY: (a: {
    code: string;
    kind: EntryKind;
    amounts: readonly (readonly [AmountKey, Dec])[];
    unit: MoneyUnit;
  }): Text => {
    const figures = a.amounts.map(([k, v]) => ({ src: source(k), m: money(v, a.unit) }));
    const vi = figures.map((f) => `${f.src.vi} ${f.m.vi}`).join(', ');
    const en = figures.map((f) => `${f.src.en} ${f.m.en}`).join(', ');
    return {
      vi: `${a.code}: ${KIND_VI[a.kind]} được ghi là không thuộc đối tượng nhưng vẫn có kinh phí: ${vi}.`,
      en: `${a.code}: the ${KIND_EN[a.kind]} is marked as not applicable but still has money: ${en}.`,
    };
  },

  /** An amount below zero. */
  NEGATIVE_AMOUNT: (a: { where: Where; key: AmountKey; value: Dec; unit: MoneyUnit }): Text => {
    const valueM = money(a.value, a.unit);
    const s = subject(a.where);
    const src = source(a.key);
    return {
      vi: `${s.vi}: ${src.vi} là số âm (${valueM.vi}); kinh phí không được âm.`,
      en: `${s.en}: ${src.en} is negative (${valueM.en}); amounts cannot be negative.`,
    };
  },

  /** The local counterpart is below the province's minimum (or not stated at all). */
  COUNTERPART_RATIO: (a: {
    nsdp: Dec | undefined;
    minimum: Dec;
    ratio: Dec;
    nstw: Dec;
    unit: MoneyUnit;
  }): Text => {
    const nstwM = money(a.nstw, a.unit);
    const minimumM = money(a.minimum, a.unit);
    const s = subject({ kind: 'plan' });
    const pct = a.ratio.times(100);
    const rule = {
      vi: `${formatVi(pct)}% của Ngân sách trung ương ${nstwM.vi}`,
      en: `${formatEn(pct)}% of the central budget ${nstwM.en}`,
    };
    if (a.nsdp === undefined) {
      return {
        vi: `${s.vi}: không ghi Ngân sách địa phương (vốn đối ứng) trong khi mức đối ứng tối thiểu là ${minimumM.vi} (${rule.vi}).`,
        en: `${s.en}: no local budget (counterpart) is stated while the minimum counterpart is ${minimumM.en} (${rule.en}).`,
      };
    }
    const nsdpM = money(a.nsdp, a.unit);
    const diffM = money(a.nsdp.minus(a.minimum), a.unit);
    return {
      vi: `${s.vi}: Ngân sách địa phương (vốn đối ứng) ${nsdpM.vi} thấp hơn mức tối thiểu ${minimumM.vi} (${rule.vi}; chênh lệch ${diffM.vi}).`,
      en: `${s.en}: the local budget (counterpart) of ${nsdpM.en} is below the minimum of ${minimumM.en} (${rule.en}; difference ${diffM.en}).`,
    };
  },

  /** Vốn đầu tư phát triển on an item the catalogue funds only from vốn sự nghiệp. */
  INVESTMENT_NOT_ALLOWED: (a: { code: string; label: string; value: Dec; unit: MoneyUnit }): Text => {
    const valueM = money(a.value, a.unit);
    return {
      vi: `${a.code} (${a.label}): có Ngân sách trung ương (vốn đầu tư phát triển) ${valueM.vi} nhưng theo danh mục của Chương trình, mục này chỉ được bố trí vốn sự nghiệp.`,
      en: `${a.code} (${a.label}): has central budget (investment) of ${valueM.en} but under the programme's catalogue this item receives recurrent money only.`,
    };
  },

  /** An amount finer than the rounding step; `decimalStep` when the step is 1, 0,1, 0,01… */
  STEP_DECIMALS: (a: {
    where: Where;
    key: AmountKey;
    value: Dec;
    step: Dec;
    nearest: Dec;
    decimalStep: boolean;
    unit: MoneyUnit;
  }): Text => {
    const valueM = money(a.value, a.unit);
    const stepM = money(a.step, a.unit);
    const nearestM = money(a.nearest, a.unit);
    const s = subject(a.where);
    const src = source(a.key);
    if (a.decimalStep) {
      return {
        vi: `${s.vi}: ${src.vi} ${valueM.vi} có nhiều chữ số thập phân hơn bước làm tròn ${stepM.vi} cho phép (làm tròn thành ${nearestM.vi}).`,
        en: `${s.en}: ${src.en} ${valueM.en} has more decimals than the rounding step of ${stepM.en} allows (rounds to ${nearestM.en}).`,
      };
    }
    return {
      vi: `${s.vi}: ${src.vi} ${valueM.vi} không phải là bội số của bước làm tròn ${stepM.vi} (số gần nhất hợp lệ là ${nearestM.vi}).`,
      en: `${s.en}: ${src.en} ${valueM.en} is not a whole multiple of the rounding step of ${stepM.en} (the nearest one is ${nearestM.en}).`,
    };
  },

  /** The double stored in a cell is not the figure Excel shows. */
  FLOAT_DRIFT: (a: { code: string; cell: string; key: AmountKey; stored: number; shown: Dec }): Text => {
    const src = source(a.key);
    return {
      vi: `${a.code}: ô ${a.cell} (${src.vi}) lưu số ${String(a.stored)} nhưng Excel hiển thị ${formatVi(a.shown)}; hãy nhập lại số hoặc làm tròn bằng hàm ROUND để số lưu đúng bằng số hiển thị.`,
      en: `${a.code}: cell ${a.cell} (${src.en}) stores ${String(a.stored)} but Excel shows ${formatEn(a.shown)}; re-enter the figure or wrap it in ROUND so that the stored value equals the shown one.`,
    };
  },
} satisfies MessageCatalogue<Exclude<ValidationCode, 'ROUNDED_MATCH'>>;

/**
 * The verdict of a check whose figures are written with a qualifier ("hơn 512 tỷ") and agree within
 * the stated precision. `stated` and `other` are the two sides as written in a message.
 */
export const ROUNDED_MESSAGES = {
  ROUNDED_MATCH: (a: { where: Where; what: Text; stated: Text; other: Text; unit: MoneyUnit }): Text => {
    const s = subject(a.where);
    return {
      vi: `${s.vi}: ${a.what.vi} ghi ${a.stated.vi} ${UNIT_LABEL_VI[a.unit]}, ${a.other.vi} ${UNIT_LABEL_VI[a.unit]}: khớp trong phạm vi số liệu làm tròn.`,
      en: `${s.en}: ${a.what.en} stated as ${a.stated.en} ${UNIT_LABEL_EN[a.unit]}, ${a.other.en} ${UNIT_LABEL_EN[a.unit]}: the figures agree within the stated precision.`,
    };
  },
  /** Appended to an error whose stated figure has a qualifier: the intervals that cannot meet. */
  ROUNDED_APART: (a: { stated: Text; statedRange: Text; otherRange: Text }): Text => ({
    vi: `Số liệu ghi "${a.stated.vi}" ứng với khoảng ${a.statedRange.vi}, không giao với ${a.otherRange.vi}.`,
    en: `The figure written "${a.stated.en}" stands for ${a.statedRange.en}, which does not meet ${a.otherRange.en}.`,
  }),
} satisfies MessageCatalogue<'ROUNDED_MATCH' | 'ROUNDED_APART'>;
