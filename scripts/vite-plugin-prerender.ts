/**
 * Prerendered first paint. The first screen people see — the language choice, or a language's
 * home — is written into index.html at build time, so it paints before any JavaScript runs (on a
 * slow phone that is most of a second). A small inline script, allowed by its hash in the CSP,
 * picks the screen for the URL (or the saved language) before the first paint; React then renders
 * the same screen beside it and swaps it in once its content is ready (see src/app/prerendered.ts).
 * The markup mirrors Layout, HomeScreen and LanguageChoiceScreen; a browser test compares them.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { buildPack } from '../src/content/build/pack';
import { DISPLAY_MIRROR } from '../src/features/display/displayClasses';
import { SAVED_LANGUAGE_MIRROR } from '../src/features/language/languageMirror';
import { NEUTRAL_ROUTE } from '../src/features/safety/quickExit';
import { LANGUAGES, type Lang } from '../src/i18n/languages';
import { escapeHtml } from './lib/escapeHtml';
import { uiString } from './lib/uiStrings';

function chooser(): string {
  const prompts = LANGUAGES.map((l) => `<span lang="${l.code}">${escapeHtml(l.choose)}</span>`).join('');
  const links = LANGUAGES.map(
    (l) =>
      `<li><a href="#/${l.code}/" class="action" lang="${l.code}">${escapeHtml(l.nativeName)}${l.scriptName ? `<span class="script-name"> (${escapeHtml(l.scriptName)})</span>` : ''}</a></li>`,
  ).join('');
  return `<main class="page language-choice" id="main"><h1>Hamroh</h1><p class="choose-prompt">${prompts}</p><ul class="action-list">${links}</ul></main>`;
}

function home(lang: Lang, urgent: { id: string; title: string }[]): string {
  const s = (key: string) => escapeHtml(uiString(lang, key));
  const link = (path: string, text: string, cls?: string) =>
    `<a href="#/${lang}${path}"${cls ? ` class="${cls}"` : ''}>${text}</a>`;
  const actions = [
    ...urgent.map((g) => link(`/guides/${g.id}`, escapeHtml(g.title), 'action')),
    link('/contacts', s('home.callForHelp'), 'action action-call'),
    link('/card', s('home.card'), 'action action-card'),
    link('/phrases', s('home.phrases'), 'action'),
    link('/emergency', s('home.emergency'), 'action action-call'),
  ];
  return [
    `<header class="topbar">${link('/', s('app.name'), 'brand')}<button type="button" class="quick-exit" data-quick-exit>${s('safety.exit')}</button>`,
    `<nav aria-label="${s('nav.label')}" class="nav">${link('/guides', s('nav.guides'))}${link('/contacts', s('nav.contacts'))}${link('/settings', s('nav.settings'))}</nav>`,
    `<form role="search" class="search-field" aria-label="${s('search.fieldLabel')}"><label for="search-field-query" class="search-field-label">${s('search.fieldLabel')}</label><input id="search-field-query" type="search" name="q" autocomplete="off" enterkeyhint="search"><button type="submit">${s('search.submit')}</button></form></header>`,
    `<main class="page" id="main"><h1 class="home-title">${s('home.title')}</h1><p class="summary">${s('home.intro')}</p>`,
    `<section aria-labelledby="urgent-heading"><h2 id="urgent-heading">${s('home.urgent')}</h2><ul class="action-list">${actions.map((a) => `<li>${a}</li>`).join('')}</ul></section>`,
    `<p>${link('/guides', s('home.allGuides'), 'button')}</p><p class="footer-links">${link('/share', s('nav.share'))} · ${link('/about', s('nav.about'))}</p></main>`,
  ].join('');
}

/**
 * Each prerendered screen is kept as raw text in a non-running <script type="text/html">: the
 * browser does not parse the four screens it will not show (a <template> is parsed in full),
 * which shortens the first paint on a slow phone.
 */
function screenSource(id: string, html: string): string {
  if (/<\/script|<!--/i.test(html)) throw new Error(`prerender: ${id} cannot be kept in a script element`);
  return `<script type="text/html" id="${id}">${html}</script>`;
}

/**
 * Runs before the first paint. Kept tiny and dependency-free: it applies the saved display options
 * (larger text, high contrast), puts the chosen screen into #root and removes the stored screens
 * (so a quick exit leaves no guide text in the page). The quick exit works from the first paint
 * too (React reads __hamrohExited).
 */
const PICK_SCREEN = `(function(){try{
try{var d=(localStorage.getItem('${DISPLAY_MIRROR}')||'').match(/\\bdisplay-[a-z-]+/g);if(d)for(var k=0;k<d.length;k++)document.documentElement.classList.add(d[k])}catch(e){}
var h=location.hash.replace(/^#\\/?/,''),m=/^([A-Za-z-]+)\\/?$/.exec(h),saved=null;
try{saved=localStorage.getItem('${SAVED_LANGUAGE_MIRROR}')}catch(e){}
var lang=m?m[1]:(h===''&&saved?saved:null),t=document.getElementById(lang?'prerender-'+lang:(h===''?'prerender-choose':''));
var all=document.querySelectorAll('script[type="text/html"]');for(var i=0;i<all.length;i++)all[i].remove();
if(!t)return;var r=document.getElementById('root');r.innerHTML=t.textContent;r.setAttribute('data-prerendered',lang||'choose');
if(lang)document.documentElement.lang=lang;
var exit=function(){window.__hamrohExited=true;location.replace('#${NEUTRAL_ROUTE}')};
r.addEventListener('click',function(e){if(e.target.closest&&e.target.closest('[data-quick-exit]'))exit()});
document.addEventListener('keydown',function(e){if(e.key==='Escape'&&r.isConnected)exit()});
}catch(e){}})();`;

export function prerender(root: string): Plugin {
  return {
    name: 'hamroh-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const result = await buildPack(root, { today: new Date().toISOString().slice(0, 10) });
        if (!result.ok) return html; // the content plugin reports the problems
        const templates = [
          screenSource('prerender-choose', chooser()),
          ...LANGUAGES.map(({ code }) => {
            const urgent = result.pack.guides
              .filter((g) => g.lang === code && g.category === 'urgent')
              .sort((a, b) => a.order - b.order);
            return screenSource(`prerender-${code}`, home(code, urgent));
          }),
        ].join('\n');
        const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
        // The main stylesheet goes inline too: one request less before the first paint.
        let css = '';
        const withCss = html.replace(
          /<link rel="stylesheet" crossorigin href="\.\/(assets\/index-[^"]+\.css)">/,
          (tag, file: string) => {
            const asset = context.bundle?.[file];
            if (asset?.type !== 'asset') return tag;
            css = String(asset.source);
            return `<style>${css}</style>`;
          },
        );
        const styleSrc = css ? `; style-src 'self' ${sha(css)}` : '';
        return withCss
          .replace(
            /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
            (_, start: string, policy: string) =>
              `${start}${policy}; script-src 'self' ${sha(PICK_SCREEN)}${styleSrc}"`,
          )
          .replace(
            '<div id="root"></div>',
            `<div id="root"></div>\n${templates}\n<script>${PICK_SCREEN}</script>`,
          );
      },
    },
  };
}
