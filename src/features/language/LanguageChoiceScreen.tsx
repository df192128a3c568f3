/**
 * First run: each language offered in its own name and script. No language is loaded yet, so the
 * texts come from the language table itself.
 */
import { useEffect } from 'react';
import { Link } from 'wouter';
import { announceScreenReady } from '../../app/prerendered';
import { LANGUAGES } from '../../i18n/languages';

export function LanguageChoiceScreen() {
  useEffect(announceScreenReady, []);
  return (
    <main className="page language-choice" id="main">
      <h1>Hamroh</h1>
      <p className="choose-prompt">
        {LANGUAGES.map((l) => (
          <span key={l.code} lang={l.code}>
            {l.choose}
          </span>
        ))}
      </p>
      <ul className="action-list">
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <Link href={`/${l.code}/`} className="action" lang={l.code}>
              {l.nativeName}
              {l.scriptName && <span className="script-name"> ({l.scriptName})</span>}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
