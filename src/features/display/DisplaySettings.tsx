/** Settings → display: larger text and high contrast, as real checkboxes. */
import { useTranslation } from 'react-i18next';
import { setDisplayOption, useDisplayOption, type DisplayOption } from './displayPreferences';

const OPTIONS: { option: DisplayOption; label: 'display.largeText' | 'display.highContrast' }[] = [
  { option: 'largeText', label: 'display.largeText' },
  { option: 'highContrast', label: 'display.highContrast' },
];

function OptionBox({ option, label }: (typeof OPTIONS)[number]) {
  const { t } = useTranslation();
  const on = useDisplayOption(option);
  return (
    <label className="checkbox">
      <input type="checkbox" checked={on} onChange={(e) => void setDisplayOption(option, e.target.checked)} />
      {t(label)}
    </label>
  );
}

export function DisplaySettings() {
  const { t } = useTranslation();
  return (
    <fieldset className="display-settings">
      <legend>{t('display.title')}</legend>
      {OPTIONS.map((o) => (
        <OptionBox key={o.option} {...o} />
      ))}
    </fieldset>
  );
}
