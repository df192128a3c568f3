import { describe, expect, it } from 'vitest';
import { blocksText, parseGuideMarkdown } from '../../src/content/build/markdown';

const guide = (body: string) => `---\nid: x\ntitle: T\n---\n${body}`;

describe('parseGuideMarkdown', () => {
  it('reads front matter and fixed sections into the safe node tree', () => {
    const parsed = parseGuideMarkdown(
      guide(
        '## do-now\n1. Call [112](tel:112).\n2. Ask for **an interpreter**.\n\n## help\n- [Embassy](contact:embassy-moscow)\n',
      ),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontMatter).toMatchObject({ id: 'x', title: 'T' });
    expect(parsed.sections.map((s) => s.key)).toEqual(['do-now', 'help']);
    expect(parsed.sections[0]?.blocks[0]).toEqual({
      t: 'ol',
      items: [
        [
          { t: 'text', v: 'Call ' },
          { t: 'link', href: 'tel:112', c: [{ t: 'text', v: '112' }] },
          { t: 'text', v: '.' },
        ],
        [
          { t: 'text', v: 'Ask for ' },
          { t: 'strong', c: [{ t: 'text', v: 'an interpreter' }] },
          { t: 'text', v: '.' },
        ],
      ],
    });
    expect(blocksText(parsed.sections[1]?.blocks ?? [])).toEqual(['Embassy']);
  });

  it.each([
    ['raw HTML', '## do-now\n<script>alert(1)</script>\n', /html/],
    ['inline HTML', '## do-now\n1. a <b>b</b>\n', /html/],
    ['an image', '## do-now\n![x](https://e.org/x.png)\n', /image/],
    ['code', '## do-now\n```\nx\n```\n', /code/],
    ['a data: link', '## do-now\n1. [x](data:text/html,hi)\n', /link target not allowed/],
    ['an unknown section', '## extra\n1. x\n', /unknown section/],
    ['text before a section', 'loose text\n', /before the first/],
    ['broken YAML', '', /invalid YAML/],
  ])('reports %s', (_, body, reason) => {
    const source = body === '' ? '---\nid: [\n---\n## do-now\n1. a\n' : guide(body);
    const parsed = parseGuideMarkdown(source);
    expect(parsed.problems.map((p) => p.reason).join('\n')).toMatch(reason);
  });
});
