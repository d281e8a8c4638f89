import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Text } from '../../domain/findings';
import type { Lang } from '../controller-types';
import { inLang, stringsFor, type Strings } from '../i18n';

/** What a component needs to speak the user's language. */
export interface I18n {
  readonly lang: Lang;
  readonly t: Strings;
  /** The side of a two-language message to show now. */
  readonly say: (message: Text) => string;
}

const I18nContext = createContext<I18n>({
  lang: 'vi',
  t: stringsFor('vi'),
  say: (message) => message.vi,
});

/** Provides the current language to every component below it. */
export function I18nProvider(props: { readonly lang: Lang; readonly children: ReactNode }): JSX.Element {
  const { lang } = props;
  const value = useMemo<I18n>(() => ({ lang, t: stringsFor(lang), say: (m) => inLang(m, lang) }), [lang]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The current language, its string table and a helper for two-language messages. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
