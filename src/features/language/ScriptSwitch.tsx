/**
 * One tap between Uzbek Latin and Uzbek Cyrillic, staying on the same page. Shown only for a
 * language that has another script. The label is the other script's name in that script
 * ("Кирилл" / "Lotin"), so a reader of either alphabet can find it. It replaces the history
 * entry: Back then leaves the page instead of flipping the script back.
 */
import { Link, useLocation } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { languageInfo, scriptSibling } from '../../i18n/languages';

export function ScriptSwitch() {
  const lang = useLang();
  const [path] = useLocation(); // relative to /<lang>
  const other = scriptSibling(lang);
  if (!other) return null;
  const info = languageInfo(other);
  return (
    <Link
      href={`~/${other}${path}`}
      replace
      className="topbar-button script-switch"
      lang={other}
      aria-label={`${info.nativeName} (${info.scriptName})`}
    >
      {capitalise(info.scriptName ?? info.nativeName)}
    </Link>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
