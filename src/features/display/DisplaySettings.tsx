/** Settings → display: larger text and high contrast, as real checkboxes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readDisplayOption, setDisplayOption, type DisplayOption } from './displayPreferences';

const OPTIONS: { option: DisplayOption; label: 'display.largeText' | 'display.highContrast' }[] = [
  { option: 'largeText', label: 'display.largeText' },
  { option: 'highContrast', label: 'display.highContrast' },
];

export function DisplaySettings() {
  const { t } = useTranslation();
  const values = useLiveQuery(
    async () =>
      Object.fromEntries(
        await Promise.all(OPTIONS.map(async ({ option }) => [option, await readDisplayOption(option)])),
      ),
    [],
  );
  return (
    <fieldset className="display-settings">
      <legend>{t('display.title')}</legend>
      {OPTIONS.map(({ option, label }) => (
        <label key={option} className="checkbox">
          <input
            type="checkbox"
            checked={values?.[option] === true}
            disabled={values === undefined}
            onChange={(e) => void setDisplayOption(option, e.target.checked)}
          />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
