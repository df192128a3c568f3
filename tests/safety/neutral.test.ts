/**
 * What anyone sees at a glance — the app's name, icon text, page title, manifest, first screens —
 * carries no war, army or politics words in any of the four scripts: an officer may look.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/content/build/pack';
import { LANGUAGES, LANG_CODES } from '../../src/i18n/languages';
import { uiString } from '../e2e/support/strings';
import { TODAY } from '../fixtures/today';

const ROOT = join(import.meta.dirname, '..', '..');

// Stems, matched case-insensitively at the start of a word.
const FORBIDDEN = [
  // English
  'war',
  'army',
  'armies',
  'military',
  'soldier',
  'mobili',
  'conscript',
  'front',
  'weapon',
  'politic',
  'ukrain',
  'putin',
  'mercenar',
  'enlist',
  'recruit',
  // Russian
  'войн',
  'арми',
  'военн',
  'солдат',
  'мобилиз',
  'призыв',
  'фронт',
  'оружи',
  'политик',
  'украин',
  'путин',
  'сво',
  'наёмн',
  'наемн',
  'вербов',
  // Uzbek Latin
  'urush',
  'armiya',
  'harbiy',
  'askar',
  'safarbar',
  'qurol',
  'siyosat',
  'ukraina',
  'yollanma',
  // Uzbek Cyrillic
  'уруш',
  'ҳарбий',
  'аскар',
  'сафарбар',
  'қурол',
  'сиёсат',
  'украина',
  'ёлланма',
];

function forbiddenIn(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{M}ʻʼ'-]+/u);
  return FORBIDDEN.filter((stem) => words.some((w) => w.startsWith(stem)));
}

describe('neutral look', () => {
  it('the word list itself catches what it should', () => {
    expect(forbiddenIn('Military contract')).toEqual(['military']);
    expect(forbiddenIn('Не подписывайте контракт с армией')).toEqual(['арми']);
    expect(forbiddenIn('Армия и война')).toEqual(['войн', 'арми']);
    expect(forbiddenIn('Pressed to sign a contract')).toEqual([]);
    expect(forbiddenIn('Harbiy shartnoma')).toEqual(['harbiy']);
    expect(forbiddenIn('Ҳарбий шартнома')).toEqual(['ҳарбий']);
  });

  it('page title, description and manifest', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    const title = html.match(/<title>(.*)<\/title>/)?.[1] ?? '';
    const description = html.match(/name="description" content="([^"]*)"/)?.[1] ?? '';
    const config = readFileSync(join(ROOT, 'vite.config.ts'), 'utf8');
    const manifest = config.slice(config.indexOf('manifest: {'), config.indexOf('workbox: {'));
    expect(title).toBe('Hamroh');
    expect(forbiddenIn(`${title} ${description} ${manifest}`)).toEqual([]);
  });

  it('icons carry no text but the letter H', () => {
    const svg = readFileSync(join(ROOT, 'public/icons/icon.svg'), 'utf8');
    expect(svg).not.toMatch(/<text/);
    expect(readdirSync(join(ROOT, 'public/icons')).sort()).toEqual([
      'icon-192.png',
      'icon-512.png',
      'icon-maskable-512.png',
      'icon.svg',
    ]);
  });

  it('the language choice and every home screen, with the urgent topic titles shown there', async () => {
    const result = await buildPack(ROOT, { today: TODAY });
    if (!result.ok) throw new Error('content does not build');
    const texts = [...LANGUAGES.map((l) => `${l.nativeName} ${l.choose}`)];
    for (const lang of LANG_CODES) {
      for (const key of [
        'app.name',
        'home.urgent',
        'home.callForHelp',
        'home.allGuides',
        'nav.guides',
        'nav.contacts',
        'nav.settings',
        'nav.search',
        'nav.language',
        'home.card',
        'home.phrases',
        'home.emergency',
        'safety.exit',
        // What a volunteer sends or prints: the share message, the leaflet and the share screen's title.
        'share.title',
        'share.intro',
        'share.message.line1',
        'share.message.line2',
        'share.guide.button',
        'share.leaflet.open',
        'share.leaflet.title',
        'share.leaflet.what1',
        'share.leaflet.what2',
        'share.leaflet.what3',
        'share.leaflet.emergency',
      ]) {
        texts.push(uiString(lang, key));
      }
      for (const guide of result.pack.guides.filter((g) => g.lang === lang && g.category === 'urgent'))
        texts.push(guide.title);
    }
    expect(forbiddenIn(texts.join('\n'))).toEqual([]);
  }, 30_000); // builds the whole real pack: seconds on a busy machine

  it('no guide title anywhere uses those words (titles are listed on the topics screen)', async () => {
    const result = await buildPack(ROOT, { today: TODAY });
    if (!result.ok) throw new Error('content does not build');
    const bad = result.pack.guides
      .filter((g) => forbiddenIn(g.title).length > 0)
      .map((g) => `${g.key}: ${g.title}`);
    expect(bad).toEqual([]);
  }, 30_000);
});

describe('nothing leaves the phone', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? sources(join(dir, e.name))
        : /\.(tsx?|css|html)$/.test(e.name)
          ? [join(dir, e.name)]
          : [],
    );
  const appFiles = [
    ...sources(join(ROOT, 'src')).filter((f) => !f.includes('/content/build/')),
    join(ROOT, 'index.html'),
  ];

  it('asks for no permission: no location, notifications, camera, microphone or contacts APIs', () => {
    const pattern =
      /geolocation|Notification\.|requestPermission|getUserMedia|navigator\.contacts|mediaDevices|bluetooth|navigator\.usb/;
    expect(appFiles.filter((f) => pattern.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('loads nothing from another origin: no remote fonts, scripts, styles or analytics in the code', () => {
    const pattern =
      /(@import\s+url\(|<script[^>]+src="https?:|<link[^>]+href="https?:|fonts\.googleapis|analytics|sentry|fetch\(\s*['"`]https?:)/i;
    expect(appFiles.filter((f) => pattern.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('sets a Content-Security-Policy that allows only the app itself, and no referrer', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)?.[1] ?? '';
    for (const directive of [
      "default-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(html).toMatch(/<meta name="referrer" content="no-referrer"/);
  });
});
