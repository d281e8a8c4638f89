/**
 * The plan outline: the plan's numbered tree, built once from the plan and its catalogue, read by
 * every view (section text, Word table, sheet template, validation). Data flows plan → outline →
 * views; nothing else rebuilds the tree.
 *
 * - `buildOutline(plan, { scope })`: `plan` scope for the section and the Word table, `catalogue`
 *   scope for the sheet template;
 * - each {@link OutlineNode} carries its kind, level, numbers in both styles (table STT, section
 *   heading), labels and rolled-up amounts;
 * - parent cycles, unknown parents and duplicate codes are findings (`OUTLINE_MESSAGES`), and the
 *   rows concerned stay in the outline.
 */
export { buildOutline } from './build';
export {
  OUTLINE_MESSAGES,
  OUTLINE_SEVERITY,
  outlineFinding,
  type OutlineCode,
  type OutlineMessageArgs,
  type OutlineMessages,
} from './messages';
export { letterOf, roman, sectionNumber, tableNumber, VI_LETTERS } from './numbering';
export type {
  Outline,
  OutlineAmounts,
  OutlineNode,
  OutlineNumbering,
  OutlineOptions,
  OutlineScope,
} from './types';
