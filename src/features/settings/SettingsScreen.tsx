import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DisplaySettings } from '../display/DisplaySettings';
import { LanguagePicker } from '../language/LanguagePicker';
import { SafetySettings } from '../safety/SafetySettings';
import { ImportUpdate } from '../updates/ImportUpdate';
import { PersonalCardForm } from './PersonalCardForm';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <LanguagePicker />
      <DisplaySettings />
      <PersonalCardForm />
      <SafetySettings />
      <ImportUpdate />
      <p>
        <Link href="/share">{t('nav.share')}</Link>
      </p>
      <p>
        <Link href="/about">{t('nav.about')}</Link>
      </p>
    </>
  );
}
