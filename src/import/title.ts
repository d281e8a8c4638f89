/**
 * The plan's year and locality, read from its title ("Thực hiện Chương trình … năm 2024
 * trên địa bàn thị xã Mường Lay", "… trên địa bàn xã Bình Lư năm 2025").
 */
import type { LogicalLine } from './text-lines';

export interface TitleFacts {
  readonly year?: number;
  readonly locality?: string;
}

const PLACE = String.raw`(?:tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn)`;
const LOCALITY = new RegExp(
  String.raw`trên\s+địa\s+bàn\s+(${PLACE}\s+[^,.;:()\d]{1,60}?)(?=\s+năm\s+\d{4}|\s*[,.;:(]|\s*$)`,
  'iu',
);
const YEAR = /năm\s+(20\d{2}|19\d{2})(?!\d)/iu;
const PLAN_WORD = /^(?:kế hoạch|thực hiện)/iu;

/** Looks at the first lines, up to the first "Căn cứ", for the title. */
export function readTitle(lines: readonly LogicalLine[]): TitleFacts {
  let year: number | undefined;
  let locality: string | undefined;
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const text = lines[i]?.text ?? '';
    if (/^căn\s+cứ/iu.test(text)) break;
    if (!PLAN_WORD.test(text) && !/trên\s+địa\s+bàn/iu.test(text)) continue;
    if (locality === undefined) {
      const m = LOCALITY.exec(text);
      if (m?.[1]) locality = m[1].replace(/\s+/g, ' ').trim();
    }
    if (year === undefined && /trên\s+địa\s+bàn|chương\s+trình|giảm\s+nghèo/iu.test(text)) {
      const y = YEAR.exec(text);
      if (y?.[1]) year = Number(y[1]);
    }
  }
  if (year === undefined) {
    // Fall back on the date line ("Sông Mã, ngày tháng năm 2024").
    for (let i = 0; i < limit; i++) {
      const text = lines[i]?.text ?? '';
      if (/ngày/iu.test(text) && /tháng/iu.test(text)) {
        const y = YEAR.exec(text);
        if (y?.[1]) {
          year = Number(y[1]);
          break;
        }
      }
    }
  }
  return { ...(year !== undefined ? { year } : {}), ...(locality !== undefined ? { locality } : {}) };
}
