/** Settings → display: larger text and high contrast, as real checkboxes. */
import { useState } from 'react';
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
  // The box follows the tap at once; the database write that confirms it comes a moment later.
  const [chosen, setChosen] = useState<Partial<Record<DisplayOption, boolean>>>({});
  return (
    <fieldset className="display-settings">
      <legend>{t('display.title')}</legend>
      {OPTIONS.map(({ option, label }) => (
        <label key={option} className="checkbox">
          <input
            type="checkbox"
            checked={chosen[option] ?? values?.[option] === true}
            disabled={values === undefined}
            onChange={(e) => {
              const on = e.target.checked;
              setChosen((c) => ({ ...c, [option]: on }));
              void setDisplayOption(option, on);
            }}
          />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
