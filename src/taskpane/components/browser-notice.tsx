import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useI18n } from '../hooks/use-i18n';

/** Says what works when the pane is opened in a plain browser rather than inside Excel. */
export function BrowserNotice(): JSX.Element {
  const { t } = useI18n();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t.browserNotice}</MessageBarBody>
    </MessageBar>
  );
}
