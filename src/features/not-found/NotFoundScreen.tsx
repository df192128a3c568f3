import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** Unknown page or id: say so in the current language and offer the way home. */
export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <section className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/" className="button">
          {t('common.backHome')}
        </Link>
      </p>
    </section>
  );
}
