/**
 * The QR code, its code loaded when first drawn. The single-file edition never draws one (it has
 * no web address to encode), and a dynamic import behind its build-time flag is left out of the
 * file entirely: the QR library is ~10 KB of the file's budget.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { IS_SINGLE_FILE } from '../edition';
import type { QrCode as QrCodeComponent } from './QrCode';

type Props = ComponentProps<typeof QrCodeComponent>;

const QrCode = IS_SINGLE_FILE
  ? () => null
  : lazy(() => import('./QrCode').then((m) => ({ default: m.QrCode })));

export function LazyQrCode(props: Props) {
  return (
    <Suspense fallback={<div className={`qr-code qr-loading ${props.className ?? ''}`} />}>
      <QrCode {...props} />
    </Suspense>
  );
}
