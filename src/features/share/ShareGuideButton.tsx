/** On a guide: send it as plain text (title, first steps, phone numbers, link) to a messenger. */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import type { Guide } from '../../content/schema';
import { guideAsText } from './guideAsText';
import { IS_SINGLE_FILE } from './edition';
import { guideLink, isWebAddress } from './links';
import { ShareTextButtons } from './ShareTextButtons';

export function ShareGuideButton({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const lang = useLang();
  const link =
    !IS_SINGLE_FILE && isWebAddress(location.href) ? guideLink(location.href, lang, guide.id) : undefined;
  const text = guideAsText(guide, link, {
    doNow: t('guide.section.do-now'),
    help: t('guide.section.help'),
  });
  return (
    <ShareTextButtons
      title={guide.title}
      text={text}
      sendLabel={t('share.guide.button')}
      sendAriaLabel={t('share.guide.label')}
      quiet
    />
  );
}
