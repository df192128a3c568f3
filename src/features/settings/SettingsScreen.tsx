import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { LanguagePicker } from '../language/LanguagePicker';
import { SafetySettings } from '../safety/SafetySettings';

export function SettingsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.title'));
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <LanguagePicker />
      <SafetySettings />
      <p>
        <Link href="/about">{t('nav.about')}</Link>
      </p>
    </>
  );
}
