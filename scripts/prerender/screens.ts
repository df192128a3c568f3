/**
 * The prerendered screens' markup, built from the content pack and the UI strings. Each mirrors a
 * React screen (named in its comment); tests/e2e/prerender.e2e.ts checks that React then shows the
 * same text and that nothing on the first screen moves when it takes over.
 */
import type { Guide } from '../../src/content/schema';
import { homeActions } from '../../src/features/home/homeActions';
import { LANGUAGES, languageInfo, scriptSibling, type Lang } from '../../src/i18n/languages';
import { escapeHtml } from '../lib/escapeHtml';
import { uiString } from '../lib/uiStrings';
import { blocksHtml } from './blocksHtml';

/** Mirrors LanguageChoiceScreen. */
export function chooserHtml(): string {
  const prompts = LANGUAGES.map((l) => `<span lang="${l.code}">${escapeHtml(l.choose)}</span>`).join('');
  const links = LANGUAGES.map(
    (l) =>
      `<li><a href="#/${l.code}/" class="action" lang="${l.code}">${escapeHtml(l.nativeName)}${l.scriptName ? `<span class="script-name"> (${escapeHtml(l.scriptName)})</span>` : ''}</a></li>`,
  ).join('');
  return `<main class="page language-choice" id="main"><h1>Hamroh</h1><p class="choose-prompt">${prompts}</p><ul class="action-list">${links}</ul></main>`;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Mirrors Layout's header and navigation (ScriptSwitch, LanguageMenu, QuickExitButton). */
function chromeHtml(lang: Lang, path: string): string {
  const s = (key: string) => escapeHtml(uiString(lang, key));
  const link = (to: string, text: string, attrs = '') => `<a href="#/${lang}${to}"${attrs}>${text}</a>`;
  const other = scriptSibling(lang);
  const otherInfo = other ? languageInfo(other) : undefined;
  const scriptSwitch =
    other && otherInfo
      ? `<a href="#/${other}${path}" class="topbar-button script-switch" lang="${other}" aria-label="${escapeHtml(`${otherInfo.nativeName} (${otherInfo.scriptName})`)}">${escapeHtml(capitalise(otherInfo.scriptName ?? otherInfo.nativeName))}</a>`
      : '';
  const languages = LANGUAGES.map(
    (l) =>
      `<li><a href="#/${l.code}${path}" lang="${l.code}"${l.code === lang ? ' aria-current="true"' : ''}>${escapeHtml(l.nativeName)}${l.scriptName ? escapeHtml(` (${l.scriptName})`) : ''}</a></li>`,
  ).join('');
  return [
    `<header class="topbar">${link('/', s('app.name'), ' class="brand"')}${scriptSwitch}`,
    `<details class="language-menu"><summary class="topbar-button">${s('nav.language')}</summary><ul>${languages}</ul></details>`,
    `<button type="button" class="quick-exit" data-quick-exit>${s('safety.exit')}</button></header>`,
    `<nav aria-label="${s('nav.label')}" class="nav">${link('/guides', s('nav.guides'))}${link('/contacts', s('nav.contacts'))}${link('/search', s('nav.search'))}${link('/settings', s('nav.settings'))}</nav>`,
  ].join('');
}

/** Mirrors HomeScreen inside Layout. */
export function homeHtml(lang: Lang, guides: readonly Guide[]): string {
  const s = (key: string) => escapeHtml(uiString(lang, key));
  const urgent = guides.filter((g) => g.category === 'urgent').sort((a, b) => a.order - b.order);
  const extra: readonly string[] = languageInfo(lang).homeCategories;
  const forReaders = guides.filter((g) => extra.includes(g.category)).sort((a, b) => a.order - b.order);
  const actions = homeActions(urgent)
    .map(
      (a) =>
        `<li><a href="#/${lang}${a.href}" class="${a.className}">${'title' in a ? escapeHtml(a.title) : s(a.label)}</a></li>`,
    )
    .join('');
  const readers = forReaders.length
    ? `<ul class="link-list home-for-readers">${forReaders.map((g) => `<li><a href="#/${lang}/guides/${g.id}" class="link-card"><span class="link-card-title">${escapeHtml(g.title)}</span></a></li>`).join('')}</ul>`
    : '';
  return [
    chromeHtml(lang, '/'),
    `<main class="page" id="main"><h1 class="home-title" id="urgent-heading">${s('home.urgent')}</h1>`,
    `<ul class="action-list" aria-labelledby="urgent-heading">${actions}</ul>${readers}`,
    `<p><a href="#/${lang}/guides" class="button">${s('home.allGuides')}</a></p>`,
    `<p class="footer-links"><a href="#/${lang}/share">${s('nav.share')}</a> · <a href="#/${lang}/about">${s('nav.about')}</a></p></main>`,
  ].join('');
}

/**
 * Mirrors the top of GuideScreen: title, summary, jump links and "what to do now" — what a person
 * needs in the first seconds. The rest of the guide comes with the app, below, moving nothing.
 */
export function guideTopHtml(guide: Guide): string {
  const lang = guide.lang;
  const s = (key: string) => escapeHtml(uiString(lang, key));
  const [first, ...rest] = guide.sections.filter((x) => x.key !== 'unclear');
  const jumps = [...rest.map((x) => x.key), 'sources']
    .map(
      (key) =>
        `<button type="button" class="jump-link" data-jump="h-${key}">${s(`guide.jump.${key}`)}</button>`,
    )
    .join('');
  const firstSection = first
    ? `<section class="section section-${first.key}" aria-labelledby="h-${first.key}"><h2 id="h-${first.key}" tabindex="-1">${s(`guide.section.${first.key}`)}</h2>${blocksHtml(first.blocks, lang)}</section>`
    : '';
  return [
    chromeHtml(lang, `/guides/${guide.id}`),
    `<main class="page" id="main"><article class="guide"><h1>${escapeHtml(guide.title)}</h1><p class="summary">${escapeHtml(guide.summary)}</p>`,
    `<nav class="jump-links" aria-label="${s('guide.jump.label')}">${jumps}</nav>${firstSection}</article></main>`,
  ].join('');
}
