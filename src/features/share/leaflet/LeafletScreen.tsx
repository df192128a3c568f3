/**
 * A one-page leaflet to print and hand out: a neutral title, the QR code, three lines on what the
 * app does and the emergency numbers. A4 for a wall, A6 (a quarter of A4) to hand out; the print
 * stylesheet picks the page size from the sheet's class.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/LanguageScope';
import { installLink, isWebAddress } from '../links';
import { QR } from '../names';
import { LazyQrCode } from '../qr/LazyQrCode';
import { EmergencyNumbers } from './EmergencyNumbers';
import './leaflet.css';

const SIZES = ['a4', 'a6'] as const;
type PaperSize = (typeof SIZES)[number];

export function LeafletScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const [size, setSize] = useState<PaperSize>('a4');
  const link = isWebAddress(location.href) ? installLink(location.href, lang) : undefined;
  return (
    <>
      <div className="leaflet-controls">
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
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('share.leaflet.print')}
          </button>
        </p>
      </div>
      <article className={`leaflet leaflet-${size}`} data-testid="leaflet">
        <h2 className="leaflet-title">{t('share.leaflet.title')}</h2>
        <ul className="leaflet-what">
          <li>{t('share.leaflet.what1')}</li>
          <li>{t('share.leaflet.what2')}</li>
          <li>{t('share.leaflet.what3')}</li>
        </ul>
        {link && (
          <div className="leaflet-code">
            <LazyQrCode text={link} label={t('share.qr.label', { qr: QR })} className="leaflet-qr" />
            <p>
              {t('share.leaflet.scan')}
              <br />
              <span className="leaflet-link">{link}</span>
            </p>
          </div>
        )}
        <EmergencyNumbers heading={t('share.leaflet.emergency')} />
      </article>
    </>
  );
}
