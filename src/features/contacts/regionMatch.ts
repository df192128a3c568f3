/**
 * Finding a Russian region by any name a person may type: Russian, Uzbek (Latin or Cyrillic),
 * English, or a city listed as an alias. Spelling is folded the same way search folds it, so
 * "Tatariston", "татарстан" and "Qozon" all find Tatarstan.
 */
import type { Region } from '../../content/schema';
import { foldWord } from '../search/normalize';

export function regionsMatching(regions: readonly Region[], query: string, limit = 8): Region[] {
  const key = foldWord(query.trim());
  if (key.length < 2) return [];
  const scored = regions.flatMap((region) => {
    const names = [...Object.values(region.name), ...region.aliases].map(foldWord);
    if (names.some((n) => n.startsWith(key))) return [{ region, score: 0 }];
    if (names.some((n) => n.includes(key))) return [{ region, score: 1 }];
    return [];
  });
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.region);
}
