/**
 * The body rows of the sheet template, read off the plan's outline in catalogue scope: every entry
 * of the catalogue in catalogue order, the plan's own rows below their parents, and any row the
 * outline had to put at the top (a parent cycle, an unknown parent) after them, none left out.
 */
import { DEFAULT_CATALOGUE_ID } from '../domain/catalogue';
import { buildOutline, type Outline, type OutlineNode } from '../domain/outline';
import { statesAnything, type Plan } from '../domain/plan';

/** The plan of an empty template: a built-in catalogue and nothing else (made once per catalogue). */
const EMPTY_PLANS = new Map<string, Plan>();
function emptyPlan(catalogueId: string): Plan {
  let plan = EMPTY_PLANS.get(catalogueId);
  if (!plan) {
    plan = { catalogueId, unit: 'trieu_dong', items: [], statedTotals: null };
    EMPTY_PLANS.set(catalogueId, plan);
  }
  return plan;
}

/** One body row of the template, in sheet order. */
export interface TemplateRow {
  readonly node: OutlineNode;
  /** 0-based sheet row. */
  readonly row: number;
  /** Sheet rows of the rows directly below, in order. */
  readonly children: readonly number[];
  /** True when the row's amounts are SUM formulas over its children's rows. */
  readonly sums: boolean;
}

/** The template's outline: the plan's (a built-in catalogue alone without a plan), catalogue scope. */
export function templateOutline(plan?: Plan, catalogueId: string = DEFAULT_CATALOGUE_ID): Outline {
  return buildOutline(plan ?? emptyPlan(catalogueId), { scope: 'catalogue' });
}

/**
 * Places the outline's rows from `firstRow` down. A row with children sums them, unless the plan
 * gives figures for the row while nothing below it states any (Dự án 7 of seed 001): a SUM over
 * its empty children would lose them, so it keeps its own.
 */
export function templateRows(outline: Outline, firstRow: number): TemplateRow[] {
  const { nodes } = outline;
  const states = (n: OutlineNode): boolean => n.item !== undefined && statesAnything(n.item.stated);
  // Reverse document order meets every row before its parent.
  const below = new Uint8Array(nodes.length);
  for (let k = nodes.length - 1; k >= 0; k--) {
    const node = nodes[k];
    if (node === undefined || !(below[k] === 1 || states(node))) continue;
    const parent = outline.parentOf(node);
    if (parent) below[parent.index] = 1;
  }
  return nodes.map((node) => {
    const children = outline.children(node).map((c) => firstRow + c.index);
    const sums = children.length > 0 && !(states(node) && below[node.index] === 0);
    return { node, row: firstRow + node.index, children, sums };
  });
}
