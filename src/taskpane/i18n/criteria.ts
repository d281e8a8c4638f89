/** Step 2 ("Phân bổ"), its mode switch and the mode "Theo tiêu chí, hệ số". */
import type { Lang } from '../controller-types';

export interface CriteriaStrings {
  /** The label of the switch between the two ways of allocating. */
  readonly allocationModeLabel: string;
  readonly modeWeights: string;
  readonly modeCriteria: string;
  readonly criteriaIntro: string;
  readonly criteriaRangeLabel: string;
  readonly criteriaRangeHint: string;
  readonly criteriaUseSelection: string;
  readonly criteriaTotalLabel: string;
  readonly criteriaTotalHint: string;
  readonly criteriaStepLabel: string;
  readonly criteriaTableLabel: string;
  /** The title of the warning shown with a table whose figures are only reported. */
  readonly criteriaCautionTitle: string;
  readonly criteriaPreview: string;
  readonly criteriaWrite: string;
  readonly criteriaPreviewCaption: string;
  readonly criteriaColName: string;
  readonly criteriaColScore: string;
  readonly criteriaColPart: string;
  readonly criteriaTotalsRow: string;
  readonly criteriaPreviewStale: string;
  readonly criteriaRangeRequired: string;
  readonly criteriaTotalRequired: string;
  readonly criteriaNoSelection: string;
}

const vi: CriteriaStrings = {
  allocationModeLabel: 'Cách phân bổ',
  modeWeights: 'Theo tỷ trọng',
  modeCriteria: 'Theo tiêu chí, hệ số',
  criteriaIntro:
    'Chia tổng số tiền cho các đối tượng (xã, thôn, đơn vị) theo điểm: hệ số nhóm cao nhất cộng hệ số nhân số lượng. Các phần cộng lại đúng bằng tổng số tiền.',
  criteriaRangeLabel: 'Vùng đối tượng',
  criteriaRangeHint: 'Ví dụ A1:C20; hàng đầu là tiêu đề ten, nhom, thon_dbkk…',
  criteriaUseSelection: 'Dùng vùng đang chọn',
  criteriaTotalLabel: 'Tổng số tiền',
  criteriaTotalHint: 'Ghi như 1.000 hoặc 15.555,25',
  criteriaStepLabel: 'Bước làm tròn',
  criteriaTableLabel: 'Bảng hệ số',
  criteriaCautionTitle: 'Hệ số chưa đối chiếu',
  criteriaPreview: 'Xem trước',
  criteriaWrite: 'Ghi vào trang tính',
  criteriaPreviewCaption: 'Điểm và phần phân bổ theo tiêu chí',
  criteriaColName: 'Tên',
  criteriaColScore: 'Điểm',
  criteriaColPart: 'Phần',
  criteriaTotalsRow: 'Tổng cộng',
  criteriaPreviewStale: 'Dữ liệu đã thay đổi sau lần xem trước; hãy bấm "Xem trước" lại.',
  criteriaRangeRequired: 'Hãy ghi vùng đối tượng, ví dụ A1:C20.',
  criteriaTotalRequired: 'Hãy ghi tổng số tiền cần phân bổ.',
  criteriaNoSelection: 'Chưa chọn vùng nào trong sổ tính.',
};

const en: CriteriaStrings = {
  allocationModeLabel: 'How to allocate',
  modeWeights: 'By weights',
  modeCriteria: 'By criteria and coefficients',
  criteriaIntro:
    'Shares the total over recipients (communes, villages, units) by points: the highest group coefficient plus coefficient × quantity. The parts add up exactly to the total.',
  criteriaRangeLabel: 'Recipients range',
  criteriaRangeHint: 'For example A1:C20; the first row is the header ten, nhom, thon_dbkk…',
  criteriaUseSelection: 'Use the selected range',
  criteriaTotalLabel: 'Total amount',
  criteriaTotalHint: 'Written as 1.000 or 15.555,25',
  criteriaStepLabel: 'Rounding step',
  criteriaTableLabel: 'Coefficient table',
  criteriaCautionTitle: 'Coefficients not checked',
  criteriaPreview: 'Preview',
  criteriaWrite: 'Write to the sheet',
  criteriaPreviewCaption: 'Scores and parts by criteria',
  criteriaColName: 'Name',
  criteriaColScore: 'Score',
  criteriaColPart: 'Part',
  criteriaTotalsRow: 'Total',
  criteriaPreviewStale: 'The inputs changed after the preview; press "Preview" again.',
  criteriaRangeRequired: 'Enter the recipients range, for example A1:C20.',
  criteriaTotalRequired: 'Enter the total amount to allocate.',
  criteriaNoSelection: 'No range is selected in the workbook.',
};

/** The table of a language. */
export const criteriaStrings: Readonly<Record<Lang, CriteriaStrings>> = { vi, en };
