import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/content/build/pack';
import type { Guide } from '../../src/content/schema';
import { guideAsText } from '../../src/features/share/guideAsText';
import { makeGuide } from '../fixtures/packs';
import { TODAY } from '../fixtures/today';

const LINK = 'https://mirror.example/#/en/guides/detention';

function guideWithNumbers(): Guide {
  const guide = makeGuide('en', 'detention', 'Detained by the police');
  return {
    ...guide,
    sections: [
      {
        key: 'do-now',
        blocks: [
          {
            t: 'ol',
            items: [
              [{ t: 'text', v: 'Do not sign anything.' }],
              [
                { t: 'text', v: 'Call the embassy: ' },
                { t: 'link', href: 'tel:+74992383620', c: [{ t: 'text', v: '+7 499 238-36-20' }] },
              ],
            ],
          },
        ],
      },
      { key: 'rights', blocks: [{ t: 'p', c: [{ t: 'text', v: 'You may stay silent.' }] }] },
      {
        key: 'help',
        blocks: [
          {
            t: 'ul',
            items: [
              [
                { t: 'link', href: 'contact:embassy-moscow', c: [{ t: 'text', v: 'Embassy' }] },
                { t: 'text', v: ': ' },
                { t: 'link', href: 'tel:+74992383620', c: [{ t: 'text', v: '+7 499 238-36-20' }] },
              ],
              [
                { t: 'text', v: 'Consulates: ' },
                { t: 'link', href: 'contact:consulate-kazan', c: [{ t: 'text', v: 'Kazan' }] },
              ],
              [
                { t: 'strong', c: [{ t: 'text', v: 'If you are hurt:' }] },
                { t: 'text', v: ' ' },
                { t: 'link', href: 'tel:112', c: [{ t: 'text', v: '112' }] },
              ],
            ],
          },
        ],
      },
    ],
  };
}

describe('guideAsText', () => {
  it('gives the title, the numbered first steps, the help lines with numbers, and the link', () => {
    const text = guideAsText(guideWithNumbers(), LINK, { doNow: 'Do this now', help: 'Who can help' });
    expect(text).toBe(
      [
        'Detained by the police',
        '',
        'Do this now',
        '1. Do not sign anything.',
        '2. Call the embassy: +7 499 238-36-20',
        '',
        'Who can help',
        '- Embassy: +7 499 238-36-20',
        '- If you are hurt: 112',
        '',
        LINK,
      ].join('\n'),
    );
  });

  it('leaves out rights, help lines without a number, and (when there is none) the link', () => {
    const text = guideAsText(guideWithNumbers(), undefined);
    expect(text).not.toContain('You may stay silent');
    expect(text).not.toContain('Kazan');
    expect(text).not.toContain('http');
    expect(text.split('\n\n')).toHaveLength(3); // title, steps, numbers
  });

  it('turns every real guide into plain text: no Markdown, no link targets, its numbers kept', async () => {
    const result = await buildPack(join(import.meta.dirname, '..', '..'), { today: TODAY });
    if (!result.ok) throw new Error('content does not build');
    for (const guide of result.pack.guides) {
      const text = guideAsText(guide, LINK);
      expect(text.startsWith(`${guide.title}\n\n`), guide.key).toBe(true);
      expect(text.endsWith(LINK), guide.key).toBe(true);
      expect(text, guide.key).not.toMatch(/tel:|contact:|guide:|\*\*|\]\(/);
    }
    const detention = result.pack.guides.find((g) => g.key === 'en:detention');
    expect(detention && guideAsText(detention, LINK)).toContain('+7 499 238-36-20');
  }, 30_000); // builds the whole real pack: seconds on a busy machine
});
