/** The result list, and what to offer when nothing matched: the emergency numbers and the embassy. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { withRole } from '../contacts/roles';
import { useLang } from '../../app/LanguageScope';
import { useContacts } from '../../content/hooks';
import { languageInfo } from '../../i18n/languages';
import type { SearchKind } from './documents';
import type { SearchHit } from './searchIndex';
import type { TextPart } from './snippet';

/** Where a result opens, relative to the language route. Phrases are one list, on one screen. */
export function hitHref(hit: Pick<SearchHit, 'kind' | 'target'>): string {
  const routes: Record<SearchKind, string> = {
    guide: `/guides/${hit.target}`,
    contact: `/contacts/${hit.target}`,
    phrase: `/phrases/${hit.target}`,
  };
  return routes[hit.kind];
}

function Highlighted({ parts }: { parts: readonly TextPart[] }) {
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

export function SearchResultList({ hits }: { hits: readonly SearchHit[] }) {
  const { t } = useTranslation();
  return (
    <ul className="link-list search-results">
      {hits.map((hit) => {
        const otherLang = hit.otherLanguage ? hit.lang : undefined;
        return (
          <li key={`${hit.kind}:${hit.target}`}>
            <Link href={hitHref(hit)} className="link-card search-hit">
              <span className="link-card-title" lang={otherLang}>
                <Highlighted parts={hit.title} />
              </span>
              {hit.snippet.length > 0 && (
                <span className="link-card-text" lang={otherLang}>
                  <Highlighted parts={hit.snippet} />
                </span>
              )}
              <span className="search-meta">
                {t(`search.kind.${hit.kind}`)}
                {otherLang && ` · ${t('search.foundIn', { language: languageInfo(otherLang).nativeName })}`}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function NoResults({ query }: { query: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contacts = useContacts();
  // Someone may be searching in an emergency: the emergency numbers and the primary mission.
  const help = contacts
    ? [...withRole(contacts, 'emergency-numbers'), ...withRole(contacts, 'primary-mission')]
    : [];
  return (
    <>
      <p>{t('search.noResults', { query })}</p>
      <p>{t('search.helpNow')}</p>
      <ul className="action-list">
        {help.map((c) => (
          <li key={c.id}>
            <Link href={`/contacts/${c.id}`} className="action action-call">
              {c.name[lang]}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
