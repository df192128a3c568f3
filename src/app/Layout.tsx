/** Screen chrome: the app name, the main navigation, and notices about the content store. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useContentState } from '../content/ContentProvider';
import { SINGLE_FILE } from '../content/startup';
import { QuickExitButton } from '../features/safety/QuickExitButton';
import { SearchField } from '../features/search/SearchField';
import { RejectedUpdateNotice } from '../features/updates/RejectedUpdateNotice';
import { Notice } from '../ui/Notice';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const content = useContentState();
  return (
    <>
      <header className="topbar">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <QuickExitButton />
        <nav aria-label={t('nav.label')} className="nav">
          <Link href="/guides">{t('nav.guides')}</Link>
          <Link href="/contacts">{t('nav.contacts')}</Link>
          <Link href="/settings">{t('nav.settings')}</Link>
        </nav>
        <SearchField />
      </header>
      <main className="page" id="main">
        {content.status === 'ready' && content.readOnly && (
          <Notice>{content.reason === SINGLE_FILE ? t('share.file.readOnly') : t('notice.readOnly')}</Notice>
        )}
        {content.status === 'failed' && <Notice tone="error">{t('notice.contentFailed')}</Notice>}
        {content.status === 'ready' && content.dataLost && (
          <Notice tone="error">{t('safety.dataLost')}</Notice>
        )}
        <RejectedUpdateNotice />
        {children}
      </main>
    </>
  );
}
