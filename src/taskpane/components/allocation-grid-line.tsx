import {
  Button,
  Input,
  ToggleButton,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { memo } from 'react';
import { currentTotal, difference, previewFigure, shortLabel } from '../allocation-grid-logic';
import type { AllocationMethod, AllocationPreviewRow, AllocationRow } from '../controller-types';
import type { RowChoice } from '../hooks/use-allocation-form';
import { useI18n } from '../hooks/use-i18n';
import { showAmount } from '../show-amount';
import { formatVi } from '../../domain/money';

/** A padlock, closed or open (16 px, currentColor). */
function Padlock(props: { readonly closed: boolean }): JSX.Element {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
      <path
        d={props.closed ? 'M5 7V5a3 3 0 0 1 6 0v2' : 'M5 7V5a3 3 0 0 1 5.8-1'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}

/** Height of one grid line, px: the windowing relies on every line having it. */
export const LINE_HEIGHT_PX = 36;

/** The grid's columns: chosen | item | Hiện có | Tỷ trọng | Phân bổ | Chênh lệch | lock. */
export const GRID_COLUMNS = '24px minmax(0, 1fr) 3.7em 3.2em 3.7em 3.5em 24px';

export const useLineStyles = makeStyles({
  line: {
    display: 'grid',
    gridTemplateColumns: GRID_COLUMNS,
    columnGap: '3px',
    alignItems: 'center',
    height: `${LINE_HEIGHT_PX}px`,
    boxSizing: 'border-box',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  cell: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  stale: { color: tokens.colorNeutralForeground4 },
  label: {
    minWidth: 0,
    maxWidth: '100%',
    justifyContent: 'flex-start',
    paddingLeft: 0,
    paddingRight: 0,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
  },
  labelText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  check: { width: '16px', height: '16px', margin: 0, accentColor: tokens.colorBrandBackground },
  weight: { minWidth: 0, width: '100%' },
  weightInput: { minWidth: 0, width: '100%', paddingLeft: '2px', paddingRight: '2px', textAlign: 'right' },
  toggle: { minWidth: '24px', maxWidth: '24px', padding: 0 },
});

/** One plan row on one line of the allocation grid. */
export const AllocationGridLine = memo(function AllocationGridLine(props: {
  readonly row: AllocationRow;
  readonly index: number;
  readonly choice: RowChoice;
  readonly method: AllocationMethod;
  /** This row in the last preview, when there is one. */
  readonly allocated: AllocationPreviewRow | undefined;
  readonly stale: boolean;
  readonly invalid: boolean;
  readonly active: boolean;
  readonly onChange: (code: string, change: Partial<RowChoice>) => void;
  readonly onActivate: (code: string) => void;
}): JSX.Element {
  const { row, choice, allocated } = props;
  const { t } = useI18n();
  const s = useLineStyles();
  const current = currentTotal(row);
  const figure = (value: string | null): string => (value === null ? t.notEntered : showAmount(value));
  const currentTitle = t.currentFigures(figure(row.nstw), figure(row.nsdp));
  const share = allocated === undefined ? null : previewFigure(allocated.total);
  const numberCell = mergeClasses(s.cell, s.number, props.stale && s.stale);
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      className={mergeClasses(s.line, props.active && s.active)}
    >
      <div role="gridcell" className={s.cell}>
        <input
          type="checkbox"
          className={s.check}
          checked={choice.chosen}
          aria-label={row.label}
          onChange={(e) => props.onChange(row.code, { chosen: e.currentTarget.checked })}
        />
      </div>
      <div role="gridcell" className={s.cell}>
        <Tooltip content={row.label} relationship="description" withArrow>
          <Button
            size="small"
            appearance="transparent"
            className={s.label}
            onClick={() => props.onActivate(row.code)}
          >
            <span className={s.labelText}>{shortLabel(row)}</span>
          </Button>
        </Tooltip>
      </div>
      <div role="gridcell" className={mergeClasses(s.cell, s.number)} title={currentTitle}>
        {formatVi(current)}
      </div>
      <div role="gridcell" className={s.cell}>
        {choice.chosen && props.method === 'weights' ? (
          <Input
            size="small"
            className={s.weight}
            input={{ className: s.weightInput }}
            id={`weight-${row.code}`}
            aria-label={t.weightLabel(row.label)}
            aria-invalid={props.invalid ? 'true' : undefined}
            inputMode="decimal"
            value={choice.weight}
            onChange={(_e, data) => props.onChange(row.code, { weight: data.value })}
          />
        ) : (
          <span aria-hidden="true">–</span>
        )}
      </div>
      <div role="gridcell" className={numberCell}>
        {allocated?.total ?? ''}
      </div>
      <div role="gridcell" className={numberCell}>
        {share === null ? '' : difference(share, current)}
      </div>
      <div role="gridcell" className={s.cell}>
        {choice.chosen ? (
          <ToggleButton
            size="small"
            appearance="subtle"
            className={s.toggle}
            checked={choice.locked}
            aria-label={t.lockToggle(row.label)}
            icon={<Padlock closed={choice.locked} />}
            onClick={() => {
              props.onChange(row.code, { locked: !choice.locked });
              props.onActivate(row.code);
            }}
          />
        ) : null}
      </div>
    </div>
  );
});
