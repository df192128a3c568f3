import { describe, expect, it } from 'vitest';
import { appAddress, guideLink, installLink, isWebAddress } from '../../src/features/share/links';

describe('share links', () => {
  it('the app address is the page address without the screen after "#"', () => {
    expect(appAddress('https://mirror.example/hamroh/#/ru/guides/detention')).toBe(
      'https://mirror.example/hamroh/',
    );
    expect(appAddress('https://mirror.example/app/index.html')).toBe('https://mirror.example/app/index.html');
    expect(appAddress('http://127.0.0.1:4187/#/en/share')).toBe('http://127.0.0.1:4187/');
  });

  it('the install link opens the home screen in the chosen language, on the same mirror', () => {
    expect(installLink('https://mirror.example/hamroh/#/ru/share', 'uz-Cyrl')).toBe(
      'https://mirror.example/hamroh/#/uz-Cyrl/',
    );
    expect(installLink('https://a.example/?from=leaflet#/en/share/leaflet', 'uz')).toBe(
      'https://a.example/?from=leaflet#/uz/',
    );
  });

  it('a guide link opens that guide', () => {
    expect(guideLink('https://mirror.example/#/en/guides/police-check', 'ru', 'detention')).toBe(
      'https://mirror.example/#/ru/guides/detention',
    );
  });

  it('only web addresses are worth sending: a file:// address is this phone’s own file', () => {
    expect(isWebAddress('https://mirror.example/')).toBe(true);
    expect(isWebAddress('http://127.0.0.1:4187/#/en/')).toBe(true);
    expect(isWebAddress('file:///sdcard/Download/hamroh.html#/uz/')).toBe(false);
  });
});
