import { useEffect } from 'react';
import type { Lang } from '../controller-types';

/** Keeps `<html lang>` on the pane's language, so screen readers and hyphenation use the right one. */
export function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
