/**
 * Prerendered first paint. The first screens people see — the language choice, a language's
 * home, and the top of each urgent guide — are written into index.html at build time, so they
 * paint before any JavaScript module runs (on a slow phone that is most of a second), and a tap on
 * them is answered at once. The inline first-paint script (scripts/prerender/firstPaintScript.ts),
 * allowed by its hash in the CSP, picks the screen for the address; React then renders the same
 * screen beside it and swaps it in (src/app/prerendered.ts). The markup mirrors the React screens
 * (scripts/prerender/screens.ts); a browser test compares them.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { buildPack } from '../src/content/build/pack';
import { LANGUAGES } from '../src/i18n/languages';
import { firstPaintScript, screenId } from './prerender/firstPaintScript';
import { chooserHtml, guideTopHtml, homeHtml } from './prerender/screens';

/**
 * Each prerendered screen is kept as raw text in a non-running <script type="text/html">: the
 * browser does not parse the screens it will not show (a <template> is parsed in full), which
 * shortens the first paint on a slow phone.
 */
function screenSource(id: string, html: string): string {
  if (/<\/script|<!--/i.test(html)) throw new Error(`prerender: ${id} cannot be kept in a script element`);
  return `<script type="text/html" id="${id}">${html}</script>`;
}

export function prerender(root: string): Plugin {
  return {
    name: 'hamroh-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const result = await buildPack(root, { today: new Date().toISOString().slice(0, 10) });
        if (!result.ok) return html; // the content plugin reports the problems
        const { guides } = result.pack;
        const templates = [
          screenSource(screenId('/'), chooserHtml()),
          ...LANGUAGES.flatMap(({ code }) => {
            const own = guides.filter((g) => g.lang === code);
            const urgent = own.filter((g) => g.category === 'urgent');
            return [
              screenSource(screenId(`/${code}`), homeHtml(code, own)),
              ...urgent.map((g) => screenSource(screenId(`/${code}/guides/${g.id}`), guideTopHtml(g))),
            ];
          }),
        ].join('\n');
        const script = firstPaintScript(result.pack.hash);
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
              `${start}${policy}; script-src 'self' ${sha(script)}${styleSrc}"`,
          )
          .replace(
            '<div id="root"></div>',
            `<div id="root"></div>\n${templates}\n<script>${script}</script>`,
          );
      },
    },
  };
}
