/**
 * A one-page leaflet to print and hand out: a neutral title, the QR code, three lines on what the
 * app does, the emergency numbers, the embassy call centre, three short rights lines (in the
 * reader's language and in Russian) and, on A4, one wallet card to cut out. A4 for a wall, A6 (a
 * quarter of A4) to hand out; the print stylesheet picks the page size from the sheet's class. No
 * personal details ever: a leaflet is for strangers.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../../app/LanguageScope';
import { useOfficerCard } from '../../../content/hooks';
import { PaperSources } from '../../card/print/PaperSources';
import { paperProvenance } from '../../card/print/provenance';
import { RightsLines } from '../../card/print/RightsLines';
import { useCallCentre } from '../../card/print/useCallCentre';
import { WalletCard } from '../../card/print/WalletCard';
import { installLink, isWebAddress } from '../links';
import { QR } from '../names';
import { LazyQrCode } from '../qr/LazyQrCode';
import { CallCentreNumbers } from './CallCentreNumbers';
import { EmergencyNumbers } from './EmergencyNumbers';
import '../../card/print/paper.css';
import './leaflet.css';

const SIZES = ['a4', 'a6'] as const;
type PaperSize = (typeof SIZES)[number];

export function LeafletScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const [size, setSize] = useState<PaperSize>('a4');
  const card = useOfficerCard();
  const callCentre = useCallCentre(card);
  const link = isWebAddress(location.href) ? installLink(location.href, lang) : undefined;
  // A6 is narrower than a wallet card opened out (171 mm): the card goes on A4 only.
  const withCard = size === 'a4';
  const provenance = card ? paperProvenance(card, callCentre) : undefined;
  return (
    <>
      <div className="paper-controls">
        <h1>{t('share.leaflet.heading')}</h1>
        <p>{t('share.leaflet.intro')}</p>
        <fieldset className="leaflet-size">
          <legend>{t('share.leaflet.size')}</legend>
          {SIZES.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="leaflet-size"
                value={s}
                checked={size === s}
                onChange={() => setSize(s)}
              />{' '}
              {s.toUpperCase()}
            </label>
          ))}
        </fieldset>
        {!withCard && <p className="hint">{t('share.leaflet.cardA4Only')}</p>}
        <p>
          <Link href="/card/print" className="button button-quiet">
            {t('share.leaflet.cardSheet')}
          </Link>
        </p>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('share.leaflet.print')}
          </button>
        </p>
      </div>
      <article className={`leaflet leaflet-${size}`} data-testid="leaflet">
        <h2 className="leaflet-title">{t('share.leaflet.title')}</h2>
        <div className="leaflet-head">
          {link && <LazyQrCode text={link} label={t('share.qr.label', { qr: QR })} className="leaflet-qr" />}
          <div>
            <ul className="leaflet-what">
              <li>{t('share.leaflet.what1')}</li>
              <li>{t('share.leaflet.what2')}</li>
              <li>{t('share.leaflet.what3')}</li>
            </ul>
            {link && (
              <p className="leaflet-scan">
                {t('share.leaflet.scan')}
                <br />
                <span className="leaflet-link">{link}</span>
              </p>
            )}
          </div>
        </div>
        <EmergencyNumbers heading={t('share.leaflet.emergency')} />
        {callCentre && <CallCentreNumbers callCentre={callCentre} />}
        {card?.paper && <RightsLines paper={card.paper} lang={lang} />}
        {card && withCard && provenance && (
          <div className="leaflet-wallet">
            {card.paper && <p className="paper-howto">{card.paper.cutAndFold[lang]}</p>}
            <WalletCard card={card} lang={lang} callCentre={callCentre} checkedOn={provenance.checkedOn} />
          </div>
        )}
        {provenance && <PaperSources provenance={provenance} compact={!withCard} />}
      </article>
    </>
  );
}
