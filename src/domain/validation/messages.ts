/**
 * Every message of the validation module, in Vietnamese and English, so that wording,
 * terms and number formats are reviewed in one place. Figures are formatted exactly
 * (never rounded: a rounded figure would no longer add up with the others).
 */
import type { EntryKind } from '../catalogue';
import type { Bilingual } from '../findings';
import { TONG } from '../findings';
import type { Dec } from '../money/decimal';
import { formatEn, formatVi } from '../money/format';
import { UNIT_LABEL_EN, UNIT_LABEL_VI, type MoneyUnit } from '../money/units';
import { SOURCE_LABEL_EN, SOURCE_LABEL_VI, type AmountKey } from '../plan';

/** A figure with its unit: `1.695 triệu đồng` / `1,695 million VND`. */
function money(value: Dec, unit: MoneyUnit): Bilingual {
  return { vi: `${formatVi(value)} ${UNIT_LABEL_VI[unit]}`, en: `${formatEn(value)} ${UNIT_LABEL_EN[unit]}` };
}

/** Source names as they read mid-sentence: official names keep their capitals, common nouns do not. */
function source(key: AmountKey): Bilingual {
  const vi = key === 'total' || key === 'khac' ? SOURCE_LABEL_VI[key].toLowerCase() : SOURCE_LABEL_VI[key];
  const en = SOURCE_LABEL_EN[key];
  return { vi, en: en.charAt(0).toLowerCase() + en.slice(1) };
}

/** Who a message is about: the item's code, or the plan's own totals. */
function subject(where: string): Bilingual {
  return where === TONG ? { vi: 'Tổng cộng kế hoạch', en: 'Plan totals' } : { vi: where, en: where };
}

const KIND_VI: Record<EntryKind, string> = {
  du_an: 'Dự án',
  tieu_du_an: 'Tiểu dự án',
  noi_dung: 'nội dung',
  noi_dung_thanh_phan: 'nội dung thành phần',
};

const KIND_EN: Record<EntryKind, string> = {
  du_an: 'Project',
  tieu_du_an: 'Sub-project',
  noi_dung: 'content item',
  noi_dung_thanh_phan: 'component',
};

/** "các Tiểu dự án" when the children are all of one kind, else the neutral "các mục con". */
function childrenLabel(kinds: readonly EntryKind[]): Bilingual {
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

/** ITEM_TOTAL: the stated total is not the sum of the stated sources. */
export function itemTotalMessage(where: string, stated: Dec, sources: Dec, unit: MoneyUnit): Bilingual {
  const statedM = money(stated, unit);
  const sourcesM = money(sources, unit);
  const s = subject(where);
  const diffM = money(stated.minus(sources), unit);
  return {
    vi: `${s.vi}: tổng kinh phí ghi ${statedM.vi} nhưng tổng các nguồn là ${sourcesM.vi} (chênh lệch ${diffM.vi}).`,
    en: `${s.en}: the total is stated as ${statedM.en} but the sources add up to ${sourcesM.en} (difference ${diffM.en}).`,
  };
}

/** NSTW_SPLIT: stated central money is not vốn sự nghiệp + vốn đầu tư phát triển. */
export function nstwSplitMessage(where: string, stated: Dec, parts: Dec, unit: MoneyUnit): Bilingual {
  const statedM = money(stated, unit);
  const partsM = money(parts, unit);
  const s = subject(where);
  const diffM = money(stated.minus(parts), unit);
  return {
    vi: `${s.vi}: Ngân sách trung ương ghi ${statedM.vi} nhưng vốn sự nghiệp và vốn đầu tư phát triển cộng lại là ${partsM.vi} (chênh lệch ${diffM.vi}).`,
    en: `${s.en}: the central budget is stated as ${statedM.en} but its recurrent and investment parts add up to ${partsM.en} (difference ${diffM.en}).`,
  };
}

/** PARENT_SUM: a parent's stated amount is not what its children contribute. */
export function parentSumMessage(args: {
  where: string;
  kind: EntryKind;
  key: AmountKey;
  stated: Dec;
  children: Dec;
  childKinds: readonly EntryKind[];
  childCodes: readonly string[];
  unit: MoneyUnit;
}): Bilingual {
  const { where, kind, key, stated, children, childKinds, childCodes, unit } = args;
  const statedM = money(stated, unit);
  const childrenM = money(children, unit);
  const diffM = money(stated.minus(children), unit);
  const src = source(key);
  const kids = childrenLabel(childKinds);
  return {
    vi: `${where}: ${KIND_VI[kind]} ghi ${src.vi} ${statedM.vi} nhưng tổng ${kids.vi} (${codeList(childCodes)}) là ${childrenM.vi} (chênh lệch ${diffM.vi}).`,
    en: `${where}: the ${KIND_EN[kind]} states ${src.en} ${statedM.en} but ${kids.en} (${codeList(childCodes)}) add up to ${childrenM.en} (difference ${diffM.en}).`,
  };
}

/** PLAN_TOTAL: a stated plan total is not the sum over the Dự án. */
export function planTotalMessage(key: AmountKey, stated: Dec, items: Dec, unit: MoneyUnit): Bilingual {
  const statedM = money(stated, unit);
  const itemsM = money(items, unit);
  const s = subject(TONG);
  const src = source(key);
  const diffM = money(stated.minus(items), unit);
  return {
    vi: `${s.vi}: ${src.vi} ghi ${statedM.vi} nhưng tổng các Dự án là ${itemsM.vi} (chênh lệch ${diffM.vi}).`,
    en: `${s.en}: ${src.en} is stated as ${statedM.en} but the Projects add up to ${itemsM.en} (difference ${diffM.en}).`,
  };
}

/** NOT_APPLICABLE_MONEY: money on an item the plan says the locality is not concerned by. */
export function notApplicableMessage(
  where: string,
  kind: EntryKind,
  amounts: readonly (readonly [AmountKey, Dec])[],
  unit: MoneyUnit,
): Bilingual {
  const figures = amounts.map(([k, v]) => ({ src: source(k), m: money(v, unit) }));
  const vi = figures.map((f) => `${f.src.vi} ${f.m.vi}`).join(', ');
  const en = figures.map((f) => `${f.src.en} ${f.m.en}`).join(', ');
  return {
    vi: `${where}: ${KIND_VI[kind]} được ghi là không thuộc đối tượng nhưng vẫn có kinh phí: ${vi}.`,
    en: `${where}: the ${KIND_EN[kind]} is marked as not applicable but still has money: ${en}.`,
  };
}

/** NEGATIVE_AMOUNT: an amount below zero. */
export function negativeMessage(where: string, key: AmountKey, value: Dec, unit: MoneyUnit): Bilingual {
  const valueM = money(value, unit);
  const s = subject(where);
  const src = source(key);
  return {
    vi: `${s.vi}: ${src.vi} là số âm (${valueM.vi}); kinh phí không được âm.`,
    en: `${s.en}: ${src.en} is negative (${valueM.en}); amounts cannot be negative.`,
  };
}

/** COUNTERPART_RATIO: the local counterpart is below the province's minimum. */
export function counterpartMessage(args: {
  nsdp: Dec | undefined;
  minimum: Dec;
  ratio: Dec;
  nstw: Dec;
  unit: MoneyUnit;
}): Bilingual {
  const { nsdp, minimum, ratio, nstw, unit } = args;
  const nstwM = money(nstw, unit);
  const minimumM = money(minimum, unit);
  const s = subject(TONG);
  const pct = ratio.times(100);
  const rule = {
    vi: `${formatVi(pct)}% của Ngân sách trung ương ${nstwM.vi}`,
    en: `${formatEn(pct)}% of the central budget ${nstwM.en}`,
  };
  if (nsdp === undefined) {
    return {
      vi: `${s.vi}: không ghi Ngân sách địa phương (vốn đối ứng) trong khi mức đối ứng tối thiểu là ${minimumM.vi} (${rule.vi}).`,
      en: `${s.en}: no local budget (counterpart) is stated while the minimum counterpart is ${minimumM.en} (${rule.en}).`,
    };
  }
  const nsdpM = money(nsdp, unit);
  const diffM = money(nsdp.minus(minimum), unit);
  return {
    vi: `${s.vi}: Ngân sách địa phương (vốn đối ứng) ${nsdpM.vi} thấp hơn mức tối thiểu ${minimumM.vi} (${rule.vi}; chênh lệch ${diffM.vi}).`,
    en: `${s.en}: the local budget (counterpart) of ${nsdpM.en} is below the minimum of ${minimumM.en} (${rule.en}; difference ${diffM.en}).`,
  };
}

/** STEP_DECIMALS: an amount finer than the rounding step. */
export function stepMessage(args: {
  where: string;
  key: AmountKey;
  value: Dec;
  step: Dec;
  nearest: Dec;
  decimalStep: boolean;
  unit: MoneyUnit;
}): Bilingual {
  const { where, key, value, step, nearest, decimalStep, unit } = args;
  const valueM = money(value, unit);
  const stepM = money(step, unit);
  const nearestM = money(nearest, unit);
  const s = subject(where);
  const src = source(key);
  if (decimalStep) {
    return {
      vi: `${s.vi}: ${src.vi} ${valueM.vi} có nhiều chữ số thập phân hơn bước làm tròn ${stepM.vi} cho phép (làm tròn thành ${nearestM.vi}).`,
      en: `${s.en}: ${src.en} ${valueM.en} has more decimals than the rounding step of ${stepM.en} allows (rounds to ${nearestM.en}).`,
    };
  }
  return {
    vi: `${s.vi}: ${src.vi} ${valueM.vi} không phải là bội số của bước làm tròn ${stepM.vi} (số gần nhất hợp lệ là ${nearestM.vi}).`,
    en: `${s.en}: ${src.en} ${valueM.en} is not a whole multiple of the rounding step of ${stepM.en} (the nearest one is ${nearestM.en}).`,
  };
}

/** FLOAT_DRIFT: the double stored in a cell is not the figure Excel shows. */
export function floatDriftMessage(args: {
  where: string;
  cell: string;
  key: AmountKey;
  stored: number;
  shown: Dec;
}): Bilingual {
  const { where, cell, key, stored, shown } = args;
  const src = source(key);
  return {
    vi: `${where}: ô ${cell} (${src.vi}) lưu số ${String(stored)} nhưng Excel hiển thị ${formatVi(shown)}; hãy nhập lại số hoặc làm tròn bằng hàm ROUND để số lưu đúng bằng số hiển thị.`,
    en: `${where}: cell ${cell} (${src.en}) stores ${String(stored)} but Excel shows ${formatEn(shown)}; re-enter the figure or wrap it in ROUND so that the stored value equals the shown one.`,
  };
}

/** INVESTMENT_NOT_ALLOWED: vốn đầu tư phát triển on an item the catalogue funds only from vốn sự nghiệp. */
export function investmentMessage(where: string, label: string, value: Dec, unit: MoneyUnit): Bilingual {
  const valueM = money(value, unit);
  return {
    vi: `${where} (${label}): có Ngân sách trung ương (vốn đầu tư phát triển) ${valueM.vi} nhưng theo danh mục của Chương trình, mục này chỉ được bố trí vốn sự nghiệp.`,
    en: `${where} (${label}): has central budget (investment) of ${valueM.en} but under the programme's catalogue this item receives recurrent money only.`,
  };
}

/** UNKNOWN_PARENT: the parent code is neither an item nor a catalogue entry. */
export function unknownParentMessage(where: string, parent: string): Bilingual {
  return {
    vi: `${where}: mục cha ${parent} không có trong kế hoạch và cũng không có trong danh mục của Chương trình.`,
    en: `${where}: its parent ${parent} is neither in the plan nor in the programme's catalogue.`,
  };
}
