/**
 * Screen chrome. A slim bar stays at the top of the screen while the page scrolls (the quick exit
 * must always be in reach): the app's name, the script and language switches, Exit. Below it, the
 * main navigation scrolls away with the page, so the text gets the screen.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useContentState } from '../content/ContentProvider';
import { SINGLE_FILE } from '../content/startup';
import { LanguageMenu } from '../features/language/LanguageMenu';
import { ScriptSwitch } from '../features/language/ScriptSwitch';
import { QuickExitButton } from '../features/safety/QuickExitButton';
import { UpdateNotice } from '../features/updates/UpdateNotice';
import { Notice } from '../ui/Notice';
import { RouteAnnouncer } from './RouteAnnouncer';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const content = useContentState();
  return (
    <>
      <header className="topbar">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <ScriptSwitch />
        <LanguageMenu />
        <QuickExitButton />
      </header>
      <nav aria-label={t('nav.label')} className="nav">
        <Link href="/guides">{t('nav.guides')}</Link>
        <Link href="/contacts">{t('nav.contacts')}</Link>
        <Link href="/search">{t('nav.search')}</Link>
        <Link href="/settings">{t('nav.settings')}</Link>
      </nav>
      <main className="page" id="main">
        {content.status === 'ready' && content.readOnly && (
          <Notice>{content.reason === SINGLE_FILE ? t('share.file.readOnly') : t('notice.readOnly')}</Notice>
        )}
        {content.status === 'failed' && <Notice tone="error">{t('notice.contentFailed')}</Notice>}
        {content.status === 'ready' && content.dataLost && (
          <Notice tone="error">{t('safety.dataLost')}</Notice>
        )}
        <UpdateNotice />
        {children}
      </main>
      <RouteAnnouncer />
    </>
  );
}
