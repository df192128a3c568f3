/**
 * Versions and the content fingerprint: volunteers compare the fingerprint to tell a genuine copy
 * of the content from a changed one.
 */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { shortFingerprint } from '../../content/fingerprint';
import { useInstalledPack } from '../../content/hooks';
import { formatDate } from '../../lib/dates';
import { Loading } from '../../ui/Loading';
import { ContentStatus } from '../updates/ContentStatus';

export function AboutScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const pack = useInstalledPack();
  return (
    <>
      <h1>{t('about.title')}</h1>
      <p>{t('about.what')}</p>
      <p>{t('about.privacy')}</p>
      <dl className="details">
        <dt>{t('about.appVersion')}</dt>
        <dd data-testid="app-version">{__APP_VERSION__}</dd>
        {pack === undefined ? (
          <Loading />
        ) : pack === null ? null : (
          <>
            <dt>{t('about.contentVersion')}</dt>
            <dd data-testid="content-version">{pack.version}</dd>
            <dt>{t('about.contentDate')}</dt>
            <dd>{formatDate(pack.createdAt.slice(0, 10), lang)}</dd>
            <dt>{t('about.contentSource')}</dt>
            <dd>{t(`about.source.${pack.source}`)}</dd>
            <dt>{t('about.fingerprint')}</dt>
            <dd data-testid="content-fingerprint" className="fingerprint">
              {shortFingerprint(pack.hash)}
            </dd>
          </>
        )}
      </dl>
      <p className="hint">{t('about.fingerprintHint')}</p>
      <ContentStatus />
    </>
  );
}
