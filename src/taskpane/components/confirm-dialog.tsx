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

/** Long lists are cut so the dialog stays readable; the count of the rest is still given. */
const MAX_CELLS_LISTED = 20;

/** Asks before a write replaces cells the add-in did not create. */
export function ConfirmDialog(props: {
  readonly pending: PendingConfirm | null;
  readonly onOverwrite: () => void;
  readonly onCancel: () => void;
}): JSX.Element {
  const { t } = useI18n();
  const cells = props.pending?.cells ?? [];
  const listed = cells.slice(0, MAX_CELLS_LISTED).join(', ');
  const rest = cells.length - MAX_CELLS_LISTED;
  const cellText = rest > 0 ? `${listed} ${t.moreCells(rest)}` : listed;
  return (
    <Dialog
      open={props.pending !== null}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) props.onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.confirmTitle}</DialogTitle>
          <DialogContent>{t.confirmBody(cellText)}</DialogContent>
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
