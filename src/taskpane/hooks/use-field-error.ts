import { useCallback, useMemo, useState } from 'react';
import type { Text } from '../../domain/findings';
import { useI18n } from './use-i18n';

/** What a Fluent `Field` takes to show a field's error under it (and mark its control `aria-invalid`). */
export interface FieldValidation {
  readonly validationState?: 'error';
  readonly validationMessage?: string;
}

/** One field's error: shown under the field by spreading {@link FieldError.field} on its `Field`. */
export interface FieldError {
  /** The error now shown, or null. */
  readonly error: Text | null;
  /** Props for the field's `<Field>`: empty when valid, the message in the current language when not. */
  readonly field: FieldValidation;
  readonly show: (message: Text) => void;
  readonly clear: () => void;
}

/**
 * The error of one field, shown by Fluent's `Field` right under the field; `Field` also sets
 * `aria-invalid="true"` and `aria-describedby` on the control inside it (an Input, a Combobox, or a
 * render-function child for a native input). Usage:
 *
 * ```tsx
 * const year = useFieldError();
 * if (bad) { year.show(t.yearInvalid(typed)); focus(); return; }
 * <Field label={t.yearLabel} {...year.field}><Input onChange={() => year.clear()} /></Field>
 * ```
 */
export function useFieldError(): FieldError {
  const { say } = useI18n();
  const [error, setError] = useState<Text | null>(null);
  const show = useCallback((message: Text) => setError(message), []);
  const clear = useCallback(() => setError(null), []);
  const field = useMemo<FieldValidation>(
    () => (error === null ? {} : { validationState: 'error', validationMessage: say(error) }),
    [error, say],
  );
  return useMemo(() => ({ error, field, show, clear }), [error, field, show, clear]);
}
