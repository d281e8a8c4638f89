import { Spinner } from '@fluentui/react-components';
import { useI18n } from '../hooks/use-i18n';

/**
 * A live region that is always in the page, so screen readers announce the spinner's text when a slow
 * action starts; it stays empty for quick actions.
 */
export function ProgressStatus(props: { readonly visible: boolean }): JSX.Element {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite">
      {props.visible ? <Spinner size="tiny" labelPosition="after" label={t.working} /> : null}
    </div>
  );
}
