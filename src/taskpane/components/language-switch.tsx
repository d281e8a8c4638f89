import { Radio, RadioGroup } from '@fluentui/react-components';
import type { Lang } from '../controller-types';
import { useI18n } from '../hooks/use-i18n';

/** Tiếng Việt / English. Each option is named in its own language so either reader can find it. */
export function LanguageSwitch(props: { readonly onChange: (lang: Lang) => void }): JSX.Element {
  const { lang, t } = useI18n();
  return (
    <RadioGroup
      layout="horizontal"
      aria-label={t.languageLabel}
      value={lang}
      onChange={(_event, data) => props.onChange(data.value === 'en' ? 'en' : 'vi')}
    >
      <Radio value="vi" label="Tiếng Việt" lang="vi" />
      <Radio value="en" label="English" lang="en" />
    </RadioGroup>
  );
}
