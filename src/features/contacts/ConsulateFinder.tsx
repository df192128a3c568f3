/** "Which consulate serves my region?": type any Russian region or city, get the mission and its numbers. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { useContacts, useRegions } from '../../content/hooks';
import type { Region } from '../../content/schema';
import { CallButton } from './CallButton';
import { PhoneList } from './PhoneList';
import { numberToCall, primaryMission } from './roles';
import { regionsMatching } from './regionMatch';

export function ConsulateFinder() {
  const { t } = useTranslation();
  const lang = useLang();
  const regions = useRegions();
  const contacts = useContacts();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Region | null>(null);
  if (!regions || !contacts || regions.length === 0) return null;
  const matches = chosen ? [] : regionsMatching(regions, query);
  const mission = chosen && contacts.find((c) => c.id === chosen.consulate);
  const embassy = primaryMission(contacts);
  const standIn = mission ? numberToCall(mission, contacts) : undefined;
  return (
    <section aria-labelledby="finder-heading" className="finder">
      <h2 id="finder-heading">{t('contact.finderTitle')}</h2>
      <label htmlFor="finder-input">{t('contact.finderLabel')}</label>
      <p id="finder-hint" className="hint">
        {t('contact.finderHint')}
      </p>
      <input
        id="finder-input"
        type="search"
        autoComplete="off"
        aria-describedby="finder-hint"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setChosen(null);
        }}
      />
      {matches.length > 0 && (
        <ul className="choice-list finder-matches">
          {matches.map((r) => (
            <li key={r.code}>
              <button type="button" className="choice" onClick={() => setChosen(r)}>
                {r.name[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!chosen && query.trim().length >= 2 && matches.length === 0 && (
        <p role="status">
          {t('contact.finderNone')}{' '}
          {embassy && <Link href={`/contacts/${embassy.id}`}>{embassy.name[lang]}</Link>}
        </p>
      )}
      {chosen && mission && (
        <div role="status" className="finder-result">
          <p>{t('contact.finderServes', { region: chosen.name[lang] })}</p>
          <p className="link-card-title">
            <Link href={`/contacts/${mission.id}`}>{mission.name[lang]}</Link>
          </p>
          <PhoneList contact={mission} />
          {standIn && standIn.from !== mission && (
            <>
              <p>{t('contact.noOwnNumber')}</p>
              <CallButton phone={standIn.phone} from={standIn.from} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
