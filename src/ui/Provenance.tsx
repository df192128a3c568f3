/**
 * Where a text stands, told honestly: how new the sources it rests on are, the day the text was
 * written, a warning once those sources are more than a year old, and (for guidance) the line
 * that this is information, not legal advice. `written` is the pack's `checkedOn` field: the
 * name stays for old packs, the meaning is "the day the text was written".
 */
import { useTranslation } from 'react-i18next';
import { useLang } from '../app/LanguageScope';
import type { Source } from '../content/schema';
import { formatDate, formatMonth, mayBeOutOfDate, newestSourceDate } from '../lib/dates';

interface ProvenanceProps {
  written: string;
  sources?: readonly Source[];
  /** Guidance (guides, the card) says it is not legal advice; a contact's address book entry does not. */
  notAdvice?: boolean;
  today?: Date;
}

export function Provenance({
  written,
  sources = [],
  notAdvice = false,
  today = new Date(),
}: ProvenanceProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const newest = newestSourceDate(sources);
  return (
    <>
      <p className="checked-on">
        {newest && (
          <>
            <span>{t('common.sourcesUpTo', { date: formatMonth(newest, lang) })}</span>
            {' · '}
          </>
        )}
        <span>{t('common.checkedOn', { date: formatDate(written, lang) })}</span>
        {mayBeOutOfDate(written, sources, today) && (
          <strong className="stale"> {t('common.mayBeOutOfDate')}</strong>
        )}
      </p>
      {notAdvice && <p className="hint not-advice">{t('common.notAdvice')}</p>}
    </>
  );
}
