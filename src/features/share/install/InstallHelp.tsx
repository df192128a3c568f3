/** Install steps per browser, each folded under the browser's name so the list stays short. */
import { useTranslation } from 'react-i18next';
import { BROWSER_NAMES, WIFI } from '../names';
import { BROWSERS } from './browsers';
import { WifiPicture } from './pictures';

export function InstallHelp() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="install-heading">
      <h2 id="install-heading">{t('share.install.heading')}</h2>
      <p className="install-intro">
        <WifiPicture />
        <span>{t('share.install.intro', { wifi: WIFI })}</span>
      </p>
      {BROWSERS.map(({ id, steps, note }) => {
        const browser = BROWSER_NAMES[id];
        // Yandex's note points to Chrome, the browser the app is known to install in.
        const named = { browser: id === 'yandex' ? BROWSER_NAMES.chrome : browser, wifi: WIFI };
        return (
          <details key={id} className="install-browser" open={id === 'chrome'}>
            <summary>{browser}</summary>
            <ol className="install-steps">
              {steps.map(({ text, Picture }) => (
                <li key={text}>
                  <Picture />
                  <span>{t(text, { browser, wifi: WIFI })}</span>
                </li>
              ))}
            </ol>
            {note && (
              <p className="install-note">
                {note.Picture && <note.Picture />}
                <span>{t(note.text, named)}</span>
              </p>
            )}
          </details>
        );
      })}
    </section>
  );
}
