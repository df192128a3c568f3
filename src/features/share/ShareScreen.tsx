/**
 * The volunteer kit: the app's address as a QR code and as a neutral two-line message, the app as
 * one file, a printable leaflet and install help per browser. Advice first: install on Wi-Fi
 * before it is needed, and pass it on person to person rather than in open groups.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { Notice } from '../../ui/Notice';
import { InstallHelp } from './install/InstallHelp';
import { IS_SINGLE_FILE } from './edition';
import { installLink, isWebAddress } from './links';
import { QR, SINGLE_FILE_NAME, WIFI } from './names';
import { LazyQrCode } from './qr/LazyQrCode';
import { ShareTextButtons } from './ShareTextButtons';
import './share.css';

function ShareLink({ link }: { link: string }) {
  const { t } = useTranslation();
  const message = [t('share.message.line1'), t('share.message.line2', { wifi: WIFI, link })];
  return (
    <>
      <section aria-labelledby="qr-heading">
        <h2 id="qr-heading">{t('share.qr.heading')}</h2>
        <LazyQrCode text={link} label={t('share.qr.label', { qr: QR })} className="share-qr" />
        <p className="share-link" data-testid="install-link">
          {link}
        </p>
        <p className="hint">{t('share.qr.hint')}</p>
      </section>
      <section aria-labelledby="message-heading">
        <h2 id="message-heading">{t('share.message.heading')}</h2>
        <blockquote className="share-message" data-testid="share-message">
          {message.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </blockquote>
        <ShareTextButtons
          title={t('app.name')}
          text={message.join('\n')}
          sendLabel={t('share.send')}
          withCopy
        />
      </section>
      <section aria-labelledby="file-heading">
        <h2 id="file-heading">{t('share.file.heading')}</h2>
        <p>{t('share.file.text')}</p>
        <p>
          <a className="button" href={SINGLE_FILE_NAME} download={SINGLE_FILE_NAME}>
            {t('share.file.download')}
          </a>
        </p>
        <p className="hint">{t('share.file.hint')}</p>
      </section>
    </>
  );
}

export function ShareScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const href = location.href;
  return (
    <div className="share">
      <h1>{t('share.title')}</h1>
      <p className="summary">{t('share.intro')}</p>
      <section aria-labelledby="advice-heading" className="share-advice">
        <h2 id="advice-heading">{t('share.advice.heading')}</h2>
        <ul>
          <li>{t('share.advice.wifi', { wifi: WIFI })}</li>
          <li>{t('share.advice.trust')}</li>
        </ul>
      </section>
      {/* The file copy shares itself: its own address (file://…) installs nothing anywhere else. */}
      {IS_SINGLE_FILE || !isWebAddress(href) ? (
        <Notice>{t('share.file.thisIsTheFile')}</Notice>
      ) : (
        <ShareLink link={installLink(href, lang)} />
      )}
      <p>
        <Link href="/share/leaflet" className="button button-quiet">
          {t('share.leaflet.open')}
        </Link>
      </p>
      <InstallHelp />
    </div>
  );
}
