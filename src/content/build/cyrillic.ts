/**
 * Uzbek Cyrillic content is generated from the Uzbek Latin text at build time, word exceptions
 * from locales/uz-Cyrl/words.json applied. Only visible text changes: link targets, ids, dates and
 * source titles (the documents' own names) stay as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transliterateUzLatnToCyrl } from '../../i18n/transliterate';
import type { ToCyrillic } from '../guideToCyrillic';
export { guideToCyrillic, type ToCyrillic } from '../guideToCyrillic';

export function loadToCyrillic(root: string): ToCyrillic {
  const words = JSON.parse(readFileSync(join(root, 'locales', 'uz-Cyrl', 'words.json'), 'utf8')) as Record<
    string,
    string
  >;
  return (latin) => transliterateUzLatnToCyrl(latin, words);
}
