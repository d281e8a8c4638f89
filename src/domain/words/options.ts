/**
 * How an amount is spelt in words. Every option has the default official documents use.
 */
export interface WordsOptions {
  /** The word for a zero tens digit before a non-zero unit: 105 "một trăm linh năm" (`'linh'`, default) or "một trăm lẻ năm" (`'le'`). */
  readonly zeroTens?: 'linh' | 'le';
  /** The word for 1.000: "nghìn" (`'nghin'`, default, as in official documents) or "ngàn" (`'ngan'`, southern usage). */
  readonly thousand?: 'nghin' | 'ngan';
  /**
   * Append " chẵn" after "đồng" for a round amount ("Một triệu đồng chẵn").
   * Rule: the amount in đồng is a non-zero multiple of 1.000 (sign ignored). Zero is never "chẵn"
   * ("Không đồng"), and nothing is appended when `currency` is false, since "chẵn" qualifies "đồng".
   * Default false.
   */
  readonly chan?: boolean;
  /** Capital first letter ("Bảy tỷ …", "Âm …"), as the words stand alone in parentheses. Default true. */
  readonly capitalize?: boolean;
  /** End with " đồng". Default true. */
  readonly currency?: boolean;
}

/** The options that matter for bare numbers ({@link numberToWords}). */
export type NumberWordsOptions = Omit<WordsOptions, 'chan' | 'currency' | 'capitalize'>;
