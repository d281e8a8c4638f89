import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { PendingConfirm } from '../hooks/use-action';
import { useI18n } from '../hooks/use-i18n';

/**
 * Asks before a write replaces cells that hold data: the question (from the use case) names the sheet
 * and the cells. Mounted only while a question is pending: a mounted Fluent Dialog, even closed, has
 * Tabster add focusable aria-hidden sentinels to <body> (microsoft/tabster#288).
 */
export function ConfirmDialog(props: {
  readonly pending: PendingConfirm | null;
  readonly onOverwrite: () => void;
  readonly onCancel: () => void;
}): JSX.Element | null {
  const { t, say } = useI18n();
  if (props.pending === null) return null;
  const question = say(props.pending.message);
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) props.onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.confirmTitle}</DialogTitle>
          <DialogContent>{t.confirmBody(question)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onOverwrite}>
              {t.overwrite}
            </Button>
            <Button onClick={props.onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
