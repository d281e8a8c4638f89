import { makeStyles } from '@fluentui/react-components';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  // Read out, not seen: the spinner the user sees is on the button that started the action.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/**
 * A live region that is always in the page, so screen readers announce "Đang xử lý…" when a slow
 * action starts; it stays empty for quick actions. It is visually hidden: the visible indicator is the
 * spinner on the control that started the action (see `useBusyOrigin`).
 */
export function ProgressStatus(props: { readonly visible: boolean }): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.hidden}>
      {props.visible ? t.working : null}
    </div>
  );
}
