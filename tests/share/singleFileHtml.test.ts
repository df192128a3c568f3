import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { singleFileHtml } from '../../scripts/build-single';
import { decodeBase85 } from '../../src/features/share/singleFile/base85';

const parts = {
  code: 'document.title = "</script> & ok";',
  style: 'body{margin:0}',
  loader: 'console.log("loader")',
  description: 'Hamroh: rights & numbers',
  edition: 'app 1.0.0; content 3; fingerprint 1a2b 3c4d',
  icon: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  oldBrowser: [
    { lang: 'en', text: 'Too old <browser>' },
    { lang: 'ru', text: 'Слишком старый' },
  ],
};
const html = singleFileHtml(parts);
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('singleFileHtml', () => {
  it('carries the code compressed, in a data block no HTML parser can end early', () => {
    const payload = html.match(/<script type="text\/plain" id="hamroh-code">([^<]*)<\/script>/)?.[1];
    expect(payload).toBeDefined();
    expect(gunzipSync(decodeBase85(payload ?? '')).toString('utf8')).toBe(parts.code);
  });

  it('allows exactly its own inline loader, code and styles, and no request anywhere', () => {
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain(`script-src ${sha(parts.loader)} ${sha(parts.code)}`);
    expect(csp).toContain(`style-src ${sha(parts.style)}`);
    expect(html).toContain(`<script type="module">${parts.loader}</script>`);
    expect(html).toContain(`<style>${parts.style}</style>`);
    expect(html).not.toMatch(/\b(src|href)="(?!data:)/); // nothing loaded from a file or a server
  });

  it('names its edition and shows an escaped message for browsers too old to unpack it', () => {
    expect(html).toContain(
      '<meta name="hamroh-edition" content="app 1.0.0; content 3; fingerprint 1a2b 3c4d">',
    );
    expect(html).toContain('<p lang="en">Too old &lt;browser&gt;</p><p lang="ru">Слишком старый</p>');
    expect(html).toMatch(/<div id="hamroh-old-browser" hidden>/);
  });
});
