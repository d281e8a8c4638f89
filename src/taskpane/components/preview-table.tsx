import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import type { AllocationPreviewRow, RowKinds } from '../controller-types';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  number: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    width: '4.6em',
    paddingLeft: 0,
    paddingRight: '2px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  totals: { fontWeight: 600 },
});

/** Above this many rows only the totals are listed: each row's share is in the grid's "Phân bổ" column. */
export const PREVIEW_ROWS_LISTED = 200;

/**
 * The allocation as it would be written. Figures come formatted from the controller, and the totals row
 * is the controller's too, so what is shown is exactly what the engine computed.
 */
export function PreviewTable(props: {
  readonly rows: readonly AllocationPreviewRow[];
  readonly totals: AllocationPreviewRow;
  readonly kinds: RowKinds;
}): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const long = props.rows.length > PREVIEW_ROWS_LISTED;
  const line = (row: AllocationPreviewRow, label: string, className?: string): JSX.Element => (
    <TableRow key={row.code} className={className}>
      <TableCell className={styles.name} title={label}>
        {label}
      </TableCell>
      <TableCell className={styles.number}>{row.nstw}</TableCell>
      <TableCell className={styles.number}>{row.nsdp}</TableCell>
      <TableCell className={styles.number}>{row.total}</TableCell>
    </TableRow>
  );
  return (
    <>
      <Caption1>{t.unitNote}</Caption1>
      {long ? <Caption1 role="note">{t.previewLong(props.rows.length)}</Caption1> : null}
      <Table size="extra-small" className={styles.table} aria-label={`${t.previewCaption} (${t.unitNote})`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.colItem(props.kinds)}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.colNstw}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.colNsdp}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.colTotal}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {long ? null : props.rows.map((row) => line(row, row.label))}
          {line({ ...props.totals, code: '__totals__' }, t.totalsRow, styles.totals)}
        </TableBody>
      </Table>
    </>
  );
}
