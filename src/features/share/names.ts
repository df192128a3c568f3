/**
 * Names that stay the same in every language and script: browser and technology names people
 * recognise on their phone's screen. They are filled into the translated sentences as
 * placeholders, so Uzbek Cyrillic (made from Uzbek Latin by transliteration) does not turn
 * "Chrome" into Cyrillic letters.
 */
export const WIFI = 'Wi‑Fi';
export const QR = 'QR';

export const BROWSER_NAMES = {
  chrome: 'Chrome',
  yandex: 'Yandex Browser',
  samsung: 'Samsung Internet',
  firefox: 'Firefox',
  safari: 'Safari',
} as const;

/** The single-file edition's name, next to the app's index.html in the normal build. */
export const SINGLE_FILE_NAME = 'hamroh.html';
