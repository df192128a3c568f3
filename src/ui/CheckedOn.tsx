/** "Checked on <date>", and a warning when that is more than 12 months ago. */
import { useTranslation } from 'react-i18next';
import { useLang } from '../app/LanguageScope';
import { formatDate, isOlderThanMonths } from '../lib/dates';

export function CheckedOn({ date, today = new Date() }: { date: string; today?: Date }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p className="checked-on">
      {t('common.checkedOn', { date: formatDate(date, lang) })}
      {isOlderThanMonths(date, 12, today) && <strong className="stale"> {t('common.mayBeOutOfDate')}</strong>}
    </p>
  );
}
