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
import type { AllocationPreviewRow } from '../controller-types';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  totals: { fontWeight: 600 },
});

/**
 * The allocation as it would be written. Figures come formatted from the controller, and the totals row
 * is the controller's too, so what is shown is exactly what the engine computed.
 */
export function PreviewTable(props: {
  readonly rows: readonly AllocationPreviewRow[];
  readonly totals: AllocationPreviewRow;
}): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const line = (row: AllocationPreviewRow, label: string, className?: string): JSX.Element => (
    <TableRow key={row.code} className={className}>
      <TableCell>{label}</TableCell>
      <TableCell className={styles.number}>{row.nstw}</TableCell>
      <TableCell className={styles.number}>{row.nsdp}</TableCell>
      <TableCell className={styles.number}>{row.total}</TableCell>
    </TableRow>
  );
  return (
    <>
      <Caption1>{t.unitNote}</Caption1>
      <Table size="small" aria-label={`${t.previewCaption} (${t.unitNote})`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.colItem}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.colNstw}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.colNsdp}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.colTotal}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((row) => line(row, row.label))}
          {line({ ...props.totals, code: '__totals__' }, t.totalsRow, styles.totals)}
        </TableBody>
      </Table>
    </>
  );
}
