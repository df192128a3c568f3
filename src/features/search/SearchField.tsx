/**
 * The small search form in the header of every screen: it only opens the search screen with the
 * typed words. It is in the first download, so it must not import the index or MiniSearch.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { searchHref } from './searchHref';
import './search-field.css';

export function SearchField() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get('q');
    navigate(searchHref(typeof typed === 'string' ? typed.trim() : ''));
  };
  return (
    <form role="search" className="search-field" aria-label={t('search.fieldLabel')} onSubmit={onSubmit}>
      <label htmlFor="search-field-query" className="search-field-label">
        {t('search.fieldLabel')}
      </label>
      <input id="search-field-query" type="search" name="q" autoComplete="off" enterKeyHint="search" />
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}
