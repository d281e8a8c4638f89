import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Notice } from '../hooks/use-action';
import { useI18n } from '../hooks/use-i18n';

/** The outcome of the last action, in the current language. */
export function ResultBar(props: {
  readonly notice: Notice | null;
  readonly onDismiss: () => void;
}): JSX.Element | null {
  const { t, say } = useI18n();
  const { notice } = props;
  if (notice === null) return null;
  const title = notice.intent === 'success' ? t.success : notice.intent === 'error' ? t.error : t.warning;
  return (
    <MessageBar intent={notice.intent} layout="multiline">
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
