import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Notice } from '../hooks/use-action';
import { useI18n } from '../hooks/use-i18n';

/** Room left above the message when it is scrolled into view: the sticky header and tabs cover it. */
export const STICKY_OFFSET_PX = 96;

/** Notices already brought into view: a step panel shown again later must not steal focus for an old one. */
const broughtIntoView = new WeakSet<Notice>();

const useStyles = makeStyles({
  bar: { scrollMarginTop: `${STICKY_OFFSET_PX}px`, scrollMarginBottom: '8px' },
});

/**
 * The outcome of the last action, in the current language, at the top of the open step. Each new
 * outcome is scrolled into view and receives focus, so it is seen and read out where the user looks.
 */
export function ResultBar(props: {
  readonly notice: Notice | null;
  readonly onDismiss: () => void;
}): JSX.Element | null {
  const { t, say } = useI18n();
  const styles = useStyles();
  const { notice } = props;
  const ref = useRef<HTMLDivElement>(null);

  // Runs for every new notice object, not when only the language changes, and once per notice.
  useEffect(() => {
    const bar = ref.current;
    if (notice === null || bar === null || broughtIntoView.has(notice)) return;
    broughtIntoView.add(notice);
    // jsdom has no scrollIntoView; browsers do.
    if (typeof bar.scrollIntoView === 'function') bar.scrollIntoView({ block: 'nearest' });
    bar.focus({ preventScroll: true });
  }, [notice]);

  if (notice === null) return null;
  const title = notice.intent === 'success' ? t.success : notice.intent === 'error' ? t.error : t.warning;
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={notice.intent} layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {say(notice.message)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={t.dismiss} onClick={props.onDismiss}>
            <span aria-hidden="true">✕</span>
          </Button>
        }
      />
    </MessageBar>
  );
}
