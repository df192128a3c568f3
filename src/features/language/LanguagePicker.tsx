/** Switch language (and Uzbek script) while staying on the same page. */
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { LANGUAGES } from '../../i18n/languages';

export function LanguagePicker() {
  const { t } = useTranslation();
  const current = useLang();
  const [path] = useLocation(); // relative to /<lang>
  return (
    <fieldset className="language-picker">
      <legend>{t('settings.language')}</legend>
      <p className="hint">{t('settings.scriptHint')}</p>
      <ul className="choice-list">
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <a
              href={`#/${l.code}${path}`}
              lang={l.code}
              aria-current={l.code === current ? 'true' : undefined}
              className="choice"
            >
              {l.nativeName}
              {l.scriptName && ` (${l.scriptName})`}
            </a>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
