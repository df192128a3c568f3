/**
 * Search over every guide, contact and phrase, in any script, as you type. What is typed stays on
 * the screen and in memory: never in the address, the title or History. A link that carries a
 * query (#/<lang>/search?q=…, e.g. from a leaflet) is honoured once, then removed from the address.
 * Loaded lazily: MiniSearch is not part of the first download.
 */
import { useDeferredValue, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { dropQueryFromAddress } from '../../app/hashLocation';
import { useLang } from '../../app/LanguageScope';
import { Loading } from '../../ui/Loading';
import { NoResults, SearchResultList } from './SearchResults';
import { rememberQuery, rememberedQuery } from './searchMemory';
import { useSearchIndex } from './useSearchIndex';
import './search.css';

export function SearchScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const incoming = new URLSearchParams(useSearch()).get('q');
  const [text, setText] = useState(() => incoming ?? rememberedQuery());
  // A query arriving by link while the screen is open replaces what is in the field.
  const [seenIncoming, setSeenIncoming] = useState(incoming);
  if (incoming !== null && incoming !== seenIncoming) {
    setSeenIncoming(incoming);
    setText(incoming);
  }
  useEffect(() => {
    if (incoming === null) return;
    rememberQuery(incoming.trim());
    dropQueryFromAddress(); // the words leave the address (and History) at once
  }, [incoming]);
  const query = useDeferredValue(text.trim());
  const index = useSearchIndex();
  const hits = useMemo(() => (index && query ? index.search(query, lang) : []), [index, query, lang]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    rememberQuery(event.target.value.trim());
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
          onFocus={(e) => e.currentTarget.select()} // words kept from before are replaced by typing
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
