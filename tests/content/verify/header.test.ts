/** The header read without parsing the body: wherever it stands, however deep or large the body. */
import { describe, expect, it, vi } from 'vitest';
import { scanHeader } from '../../../src/content/verify/header';

const HEADER = {
  format: 1,
  version: 2,
  createdAt: '2026-11-22T00:00:00.000Z',
  minAppVersion: '0.1.0',
  hash: 'a'.repeat(64),
  signature: 'b'.repeat(128),
};

describe('scanHeader', () => {
  it('finds the header fields anywhere among the body’s, in any order and spacing', () => {
    const text = JSON.stringify({ guides: [{ t: 'x' }], ...HEADER, cards: {} }, null, 2);
    expect(scanHeader(text)).toEqual({ ok: true, header: HEADER });
    const reversed = JSON.stringify(Object.fromEntries(Object.entries({ ...HEADER, guides: [] }).reverse()));
    expect(scanHeader(reversed)).toEqual({ ok: true, header: HEADER });
  });

  it('skips strings holding quotes, backslashes and brackets without reading them', () => {
    const guides = [{ v: 'a "quoted" {not} [structure] \\', w: '\\"', x: '}]' }];
    expect(scanHeader(JSON.stringify({ guides, ...HEADER }))).toEqual({ ok: true, header: HEADER });
  });

  it('skips a body nested 1,000,000 deep with a loop, parsing none of it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    const text = `${JSON.stringify(HEADER).slice(0, -1)},"guides":${deep}}`;
    expect(scanHeader(text)).toEqual({ ok: true, header: HEADER });
    expect(Math.max(...parse.mock.calls.map(([t]) => String(t).length))).toBeLessThan(200);
    parse.mockRestore();
  });

  it('refuses a key given twice, whichever value JSON.parse would keep', () => {
    expect(scanHeader('{"version":2,"guides":[],"version":3}')).toMatchObject({ reason: 'schema' });
    expect(scanHeader('{"guides":[],"guides":[]}')).toMatchObject({ reason: 'schema' });
  });

  it('tells a web page, other JSON, not JSON, and a text that stops or breaks part-way apart', () => {
    expect(scanHeader('<html><body>Sign in</body></html>')).toMatchObject({ reason: 'web-page' });
    expect(scanHeader('[1, 2]')).toMatchObject({ reason: 'schema' });
    expect(scanHeader('"a string"')).toMatchObject({ reason: 'schema' });
    expect(scanHeader('Hello')).toMatchObject({ reason: 'not-json' });
    expect(scanHeader('')).toMatchObject({ reason: 'truncated' });
    const whole = JSON.stringify({ ...HEADER, guides: [[1, 2], { a: 'b' }] });
    for (let cut = 1; cut < whole.length; cut++) {
      expect(scanHeader(whole.slice(0, cut)), whole.slice(0, cut)).toMatchObject({ reason: 'truncated' });
    }
    expect(scanHeader(`${whole} trailing`)).toMatchObject({ reason: 'truncated' });
    expect(scanHeader('{"version" 2}')).toMatchObject({ reason: 'truncated' });
  });

  it('a header value too long to be one is refused before it is parsed', () => {
    expect(scanHeader(JSON.stringify({ ...HEADER, hash: 'a'.repeat(10_000) }))).toMatchObject({
      reason: 'schema',
    });
  });
});
