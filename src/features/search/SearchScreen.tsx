/**
 * Search over every guide, contact and phrase, in any script, as you type. The query lives in the
 * URL (#/<lang>/search?q=…) so Back and a reload keep it; typing replaces the history entry rather
 * than adding one per key. Loaded lazily: MiniSearch is not part of the first download.
 */
import { useDeferredValue, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NoResults, SearchResultList } from './SearchResults';
import { searchHref } from './searchHref';
import { useSearchIndex } from './useSearchIndex';
import './search.css';

export function SearchScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const [, navigate] = useLocation();
  const urlQuery = new URLSearchParams(useSearch()).get('q') ?? '';
  // The field keeps its own text so the caret never jumps; it follows the URL when the URL changes
  // from outside (the header's search field, Back).
  const [text, setText] = useState(urlQuery);
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    setText(urlQuery);
  }
  const query = useDeferredValue(text.trim());
  const index = useSearchIndex();
  const hits = useMemo(() => (index && query ? index.search(query, lang) : []), [index, query, lang]);
  useDocumentTitle(t('search.title'));

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setText(value);
    setSeenUrlQuery(value.trim());
    navigate(searchHref(value.trim()), { replace: true });
  };

  return (
    <>
      <h1>{t('search.title')}</h1>
      <form
        role="search"
        aria-label={t('search.title')}
        className="search-form"
        onSubmit={(e) => e.preventDefault()}
      >
        <label htmlFor="search-query">{t('search.label')}</label>
        <input
          id="search-query"
          type="search"
          name="q"
          value={text}
          onChange={onChange}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
        />
      </form>
      {/* Always present, so screen readers announce the count as it changes. */}
      <p role="status" className="search-count">
        {query && index ? t('search.results', { number: hits.length }) : ''}
      </p>
      {!query ? (
        <p className="search-hint">{t('search.hint')}</p>
      ) : index === undefined ? (
        <Loading />
      ) : hits.length ? (
        <SearchResultList hits={hits} />
      ) : (
        <NoResults query={query} />
      )}
    </>
  );
}
