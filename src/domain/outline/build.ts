import { builtInCatalogue, CatalogueIndex, DEFAULT_CATALOGUE_ID, type Catalogue } from '../catalogue';
import type { Finding } from '../findings';
import type { Plan } from '../plan/model';
import { shapeRows } from './labels';
import { outlineFinding, type OutlineCode } from './messages';
import { rollUp } from './rollup';
import { OutlineRow, type RowSource } from './row';
import { structure } from './structure';
import type { Outline, OutlineNode, OutlineOptions, OutlineScope } from './types';

// Indexes of built-in catalogues are shared between builds: a catalogue is frozen data.
const indexes = new WeakMap<Catalogue, CatalogueIndex>();

function indexOf(catalogue: Catalogue): CatalogueIndex {
  let index = indexes.get(catalogue);
  if (!index) indexes.set(catalogue, (index = new CatalogueIndex(catalogue)));
  return index;
}

/** The catalogue asked for, else the plan's built-in one, else the default one with a warning. */
function catalogueFor(
  plan: Plan,
  options: OutlineOptions,
): { catalogue: Catalogue; finding?: Finding<OutlineCode> } {
  if (options.catalogue) return { catalogue: options.catalogue };
  const own = builtInCatalogue(plan.catalogueId);
  if (own) return { catalogue: own };
  const fallback = builtInCatalogue(DEFAULT_CATALOGUE_ID);
  if (!fallback) throw new Error('the built-in catalogue is missing');
  return {
    catalogue: fallback,
    finding: outlineFinding('UNKNOWN_CATALOGUE', { id: plan.catalogueId, fallback: fallback.name }),
  };
}

// Outlines already built, per plan object and scope: a build, a check and an export of one plan all
// read the same outline (plans are immutable values). A caller naming its own catalogue is not cached.
const built = new WeakMap<Plan, Map<string, Outline>>();

/**
 * Builds the plan's outline once: rows, order, numbers, labels, roll-ups and the problems of the
 * tree. No row of the plan is ever left out: an item in a parent cycle or below an unknown parent
 * is put at the top and flagged, each item sharing a code keeps its own row. O(n) in the rows
 * (plus the catalogue), iterative, so plans of 150 000 rows build in one pass.
 */
export function buildOutline(plan: Plan, options: OutlineOptions = {}): Outline {
  const scope = options.scope ?? 'plan';
  if (options.catalogue) return buildFresh(plan, options, scope);
  let byScope = built.get(plan);
  if (!byScope) built.set(plan, (byScope = new Map<string, Outline>()));
  let outline = byScope.get(scope);
  if (!outline) byScope.set(scope, (outline = buildFresh(plan, options, scope)));
  return outline;
}

function buildFresh(plan: Plan, options: OutlineOptions, scope: OutlineScope): Outline {
  const { catalogue, finding } = catalogueFor(plan, options);
  const index = indexOf(catalogue);
  const state = structure(plan, index, scope);
  const { drafts, placement } = state;
  const shapes = shapeRows(drafts, placement, catalogue);
  const sums = rollUp(drafts, placement);

  const position = new Int32Array(drafts.length);
  placement.order.forEach((row, i) => (position[row] = i));
  const noCodes: readonly string[] = Object.freeze([]);
  const source: RowSource = {
    shapes,
    childCodes: (row) => placement.kids[row]?.map((k) => drafts[k]?.code ?? '') ?? noCodes,
    amounts: sums.amounts,
    childAmounts: sums.childAmounts,
  };
  const nodes: OutlineNode[] = placement.order.map((row, i) => {
    const d = drafts[row];
    if (d === undefined) throw new Error(`outline row ${row} has no draft`);
    const parent = d.parent === null ? null : (drafts[d.parent]?.code ?? null);
    return new OutlineRow(source, row, i, d, parent);
  });
  const none: readonly OutlineNode[] = Object.freeze([]);
  const at = (rows: readonly number[] | undefined): readonly OutlineNode[] => {
    if (rows === undefined) return none;
    const out: OutlineNode[] = [];
    for (const row of rows) {
      const node = nodes[position[row] ?? 0];
      if (node !== undefined) out.push(node);
    }
    return out;
  };

  // Rows by code, for `nodesOf`: built when first asked.
  let byCode: Map<string, OutlineNode[]> | undefined;
  const rowsByCode = (): Map<string, OutlineNode[]> => {
    if (byCode) return byCode;
    byCode = new Map<string, OutlineNode[]>();
    for (const node of nodes) {
      const list = byCode.get(node.code);
      if (list) list.push(node);
      else byCode.set(node.code, [node]);
    }
    return byCode;
  };
  // The row rows hang below: the first draft of the code, wherever it stands in document order.
  const anchor = (code: string): OutlineNode | undefined => {
    const row = state.byCode.get(code);
    return row === undefined ? undefined : nodes[position[row] ?? 0];
  };
  const rowOf = (node: OutlineNode): number => placement.order[node.index] ?? 0;
  const top = at(placement.top);

  return {
    scope,
    catalogue,
    nodes,
    get totals() {
      return sums.totals();
    },
    findings: [...(finding ? [finding] : []), ...state.findings],
    node: anchor,
    nodesOf: (code) => rowsByCode().get(code) ?? [],
    children: (of) => {
      const node = typeof of === 'string' ? anchor(of) : of;
      return node ? at(placement.kids[rowOf(node)]) : [];
    },
    parentOf: (node) => {
      const parent = drafts[rowOf(node)]?.parent;
      return parent === null || parent === undefined ? undefined : nodes[position[parent] ?? 0];
    },
    top: () => top,
    amount: (node, key) => sums.amount(rowOf(node), key),
    childAmount: (node, key) => sums.childAmount(rowOf(node), key),
    [Symbol.iterator]: () => nodes[Symbol.iterator](),
  };
}
