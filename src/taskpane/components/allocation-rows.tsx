import {
  Button,
  Caption1,
  SearchBox,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import {
  chosenCurrentTotal,
  currentTotals,
  difference,
  filterRows,
  previewFigure,
  searchExample,
} from '../allocation-grid-logic';
import type { AllocationPreviewRow, RowKinds } from '../controller-types';
import type { AllocationForm } from '../hooks/use-allocation-form';
import { useI18n } from '../hooks/use-i18n';
import { useVirtualRows } from '../hooks/use-virtual-rows';
import { formatVi } from '../../domain/money';
import { AllocationGridLine, LINE_HEIGHT_PX, useLineStyles } from './allocation-grid-line';
import { AllocationRowDetails } from './allocation-row-details';

/** Lines visible at once; more scroll inside the grid. */
const VISIBLE_LINES = 10;

const useStyles = makeStyles({
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  search: { flexGrow: 1, minWidth: 0, maxWidth: '100%' },
  table: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  head: {
    fontWeight: tokens.fontWeightSemibold,
    height: 'auto',
    minHeight: `${LINE_HEIGHT_PX}px`,
    alignItems: 'end',
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  headCell: { whiteSpace: 'normal', overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase200 },
  span2: { gridColumn: '1 / 3' },
  viewport: { overflowY: 'auto', overflowX: 'hidden', position: 'relative' },
  totals: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** The last preview as the grid shows it: each row's share and the totals, or stale ones greyed. */
export interface GridPreview {
  readonly rows: ReadonlyMap<string, AllocationPreviewRow>;
  readonly totals: AllocationPreviewRow;
  /** The form changed after this preview. */
  readonly stale: boolean;
}

/**
 * The rows the user can allocate to, as a compact grid: one line per row (choose, weight, lock), its
 * current figure, its share in the last preview and the difference; a search, choose all / none over
 * the rows found, and the totals pinned below. Only the lines in view are rendered.
 */
export function AllocationRows(props: {
  readonly form: AllocationForm;
  /** What the rows are, for the grid's names. */
  readonly kinds: RowKinds;
  readonly preview: GridPreview | null;
  /** Rows whose weight cannot be read, by code. */
  readonly invalid: ReadonlySet<string>;
  /** Reveal this row and focus its weight (a new object each time it is asked). */
  readonly focus: { readonly code: string } | null;
}): JSX.Element {
  const { form, preview } = props;
  const { t } = useI18n();
  const s = useStyles();
  const line = useLineStyles();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const shown = useMemo(() => filterRows(form.rows, query), [form.rows, query]);
  const example = useMemo(() => searchExample(form.rows), [form.rows]);
  const height = Math.max(1, Math.min(shown.length, VISIBLE_LINES)) * LINE_HEIGHT_PX;
  const { viewport, window, onScroll, reveal } = useVirtualRows(shown.length, LINE_HEIGHT_PX, height);
  const { choiceOf, chooseAll, updateChoice } = form;
  const chosenCount = useMemo(() => form.request.rows.length, [form.request]);
  const totals = useMemo(() => currentTotals(form.rows), [form.rows]);
  const currentSum = useMemo(
    () => chosenCurrentTotal(totals, (code) => choiceOf(code).chosen),
    [totals, choiceOf],
  );
  const totalShare = preview === null ? null : previewFigure(preview.totals.total);

  const { focus } = props;
  useEffect(() => {
    if (focus === null) return;
    const at = shown.findIndex((r) => r.code === focus.code);
    if (at < 0) {
      setQuery('');
      return;
    }
    reveal(at);
    setActive(focus.code);
    requestAnimationFrame(() => document.getElementById(`weight-${focus.code}`)?.focus());
    // Only a new request moves the focus: `shown` and `reveal` are read as they are then.
  }, [focus]);

  const activeRow = active === null ? undefined : form.rows.find((r) => r.code === active);
  const codes = shown.map((r) => r.code);
  return (
    <>
      <div className={s.tools}>
        <SearchBox
          className={s.search}
          size="small"
          aria-label={t.searchLabel(props.kinds)}
          placeholder={t.searchPlaceholder(example)}
          value={query}
          onChange={(_e, data) => setQuery(data.value)}
        />
        <Button size="small" onClick={() => chooseAll(codes, true)}>
          {t.selectAll}
        </Button>
        <Button size="small" onClick={() => chooseAll(codes, false)}>
          {t.selectNone}
        </Button>
      </div>
      <Caption1 role="status">{t.shownCount(shown.length, form.rows.length, chosenCount)}</Caption1>
      <div
        role="grid"
        aria-label={t.rowsHeading(props.kinds)}
        aria-rowcount={shown.length + 2}
        className={s.table}
      >
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className={mergeClasses(line.line, s.head)}>
            <span role="columnheader" className={line.cell}>
              <span className={s.hidden}>{t.colChosen}</span>
            </span>
            <span role="columnheader" className={mergeClasses(line.cell, s.headCell)}>
              {t.colItem(props.kinds)}
            </span>
            <span
              role="columnheader"
              className={mergeClasses(line.cell, line.number, s.headCell)}
              title={t.colCurrent}
            >
              {t.colCurrent}
            </span>
            <span
              role="columnheader"
              className={mergeClasses(line.cell, line.number, s.headCell)}
              title={t.colWeight}
            >
              {t.colWeight}
            </span>
            <span
              role="columnheader"
              className={mergeClasses(line.cell, line.number, s.headCell)}
              title={t.colAllocated}
            >
              {t.colAllocated}
            </span>
            <span
              role="columnheader"
              className={mergeClasses(line.cell, line.number, s.headCell)}
              title={t.colDiff}
            >
              {t.colDiff}
            </span>
            <span role="columnheader" className={line.cell}>
              <span className={s.hidden}>{t.colLock}</span>
            </span>
          </div>
        </div>
        <div ref={viewport} className={s.viewport} style={{ height }} onScroll={onScroll}>
          <div
            role="rowgroup"
            style={{
              height: window.total,
              paddingTop: window.first * LINE_HEIGHT_PX,
              boxSizing: 'border-box',
            }}
          >
            {shown.slice(window.first, window.last).map((row, i) => (
              <AllocationGridLine
                key={row.code}
                row={row}
                index={window.first + i}
                choice={choiceOf(row.code)}
                method={form.method}
                allocated={preview?.rows.get(row.code)}
                stale={preview?.stale ?? false}
                invalid={props.invalid.has(row.code)}
                active={row.code === active}
                onChange={updateChoice}
                onActivate={setActive}
              />
            ))}
          </div>
        </div>
        <div role="rowgroup">
          <div role="row" aria-rowindex={shown.length + 2} className={mergeClasses(line.line, s.totals)}>
            <span role="rowheader" className={mergeClasses(line.cell, s.span2)}>
              {t.totalsRow}
            </span>
            <span role="gridcell" className={mergeClasses(line.cell, line.number)}>
              {formatVi(currentSum)}
            </span>
            <span role="gridcell" className={line.cell} />
            <span
              role="gridcell"
              className={mergeClasses(line.cell, line.number, preview?.stale === true && line.stale)}
            >
              {preview?.totals.total ?? ''}
            </span>
            <span
              role="gridcell"
              className={mergeClasses(line.cell, line.number, preview?.stale === true && line.stale)}
            >
              {totalShare === null ? '' : difference(totalShare, currentSum)}
            </span>
            <span role="gridcell" className={line.cell} />
          </div>
        </div>
      </div>
      {shown.length === 0 ? <Text>{t.noMatch}</Text> : null}
      {activeRow !== undefined ? <AllocationRowDetails row={activeRow} form={form} /> : null}
    </>
  );
}
