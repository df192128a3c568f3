import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../scripts/lib/escapeHtml';

describe('escapeHtml (build scripts)', () => {
  it('escapes the five characters that can end an element or a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('leaves other text, Uzbek letter signs included, as it is', () => {
    expect(escapeHtml('Oʻzbekiston, maʼlumot, Ўзбекча')).toBe('Oʻzbekiston, maʼlumot, Ўзбекча');
  });
});
