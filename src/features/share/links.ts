/**
 * The addresses the share screen hands out. They are built from the page's own address, so a copy
 * of the app on any mirror shares that mirror, and a person who got the app from a volunteer can
 * pass on the very address that worked for them.
 */
import type { Lang } from '../../i18n/languages';

/** The page's address without the screen part after "#": where the app itself lives. */
export function appAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/** Opens the app's home screen in the given language: what the QR code and the message carry. */
export function installLink(href: string, lang: Lang): string {
  return `${appAddress(href)}#/${lang}/`;
}

/** Opens one guide directly, for a guide sent as text. */
export function guideLink(href: string, lang: Lang, guideId: string): string {
  return `${appAddress(href)}#/${lang}/guides/${encodeURIComponent(guideId)}`;
}

/**
 * Only a web address helps someone else: a file:// address names a file on this phone alone
 * (the single-file edition), so there the file itself is what gets shared.
 */
export function isWebAddress(href: string): boolean {
  const { protocol } = new URL(href);
  return protocol === 'https:' || protocol === 'http:';
}
