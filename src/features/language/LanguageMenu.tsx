/**
 * The language menu in the header of every screen: each language in its own name, each link to
 * the same page in that language. A <details> element, so it opens without JavaScript too (the
 * prerendered first screen has the same markup).
 */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { LANGUAGES } from '../../i18n/languages';

export function LanguageMenu() {
  const { t } = useTranslation();
  const current = useLang();
  const [path] = useLocation(); // relative to /<lang>
  return (
    <details className="language-menu">
      <summary className="topbar-button">{t('nav.language')}</summary>
      {/* The header stays on screen between pages: close the menu once a language is picked. */}
      <ul onClick={(event) => event.currentTarget.closest('details')?.removeAttribute('open')}>
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <Link
              href={`~/${l.code}${path}`}
              replace
              lang={l.code}
              aria-current={l.code === current ? 'true' : undefined}
            >
              {l.nativeName}
              {l.scriptName && ` (${l.scriptName})`}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
