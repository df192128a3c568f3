/**
 * Uzbek Cyrillic guides are generated from the Uzbek Latin ones, so a pack file need not carry
 * them: the build writes packs without them (a quarter less to download and precache), and the
 * app generates them again — with the same code, word list and order as the build — before it
 * checks the pack's hash. The hash covers the full body, so any difference is caught.
 */
import { yieldToMain } from '../lib/yieldToMain';
import type { Guide, Pack } from './schema';

export function withoutGeneratedGuides(pack: Pack): Pack {
  return { ...pack, guides: pack.guides.filter((g) => g.lang !== 'uz-Cyrl') };
}

/** Adds the Cyrillic guides when the pack lacks them (a pack that has them is returned as it is). */
export async function withGeneratedGuides(pack: Pack): Promise<Pack> {
  if (pack.guides.some((g) => g.lang === 'uz-Cyrl')) return pack;
  const [{ transliterateUzLatnToCyrl }, { guideToCyrillic, sectionToCyrillic }, words] = await Promise.all([
    import('../i18n/transliterate'),
    import('./guideToCyrillic'),
    import('../../locales/uz-Cyrl/words.json').then((m) => m.default as Record<string, string>),
  ]);
  const toCyrillic = (latin: string) => transliterateUzLatnToCyrl(latin, words);
  const cyrillic: Pack['guides'] = [];
  for (const guide of pack.guides) {
    if (guide.lang !== 'uz') continue;
    // A section at a time, so a tap is answered while they are made: on a phone's first start a
    // whole guide took a long task (about 70 ms at a quarter of a desktop's speed).
    const sections: Guide['sections'] = [];
    for (const section of guide.sections) {
      sections.push(sectionToCyrillic(section, toCyrillic));
      await yieldToMain();
    }
    cyrillic.push({ ...guideToCyrillic({ ...guide, sections: [] }, toCyrillic), sections });
  }
  return { ...pack, guides: [...pack.guides, ...cyrillic] };
}
