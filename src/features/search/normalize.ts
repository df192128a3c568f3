/**
 * One search key for every way of writing a word. People type in whatever script their keyboard
 * has: Uzbek in Latin or Cyrillic (often with Russian letters: у for ў, к for қ, х for ҳ), Russian,
 * English, with or without the oʻ/gʻ sign, and with any of five apostrophes. Documents and queries
 * pass through the same folding, so "паспорт", "pasport" and "Passport" meet at one key.
 *
 * Folding a word:
 *   1. lower case; apostrophes and the tutuq are dropped (oʻ = o' = o` = o);
 *   2. every Cyrillic letter, Russian and Uzbek, becomes Latin by one table (ў → o, қ → q, ц → ts…);
 *   3. accents go (é → e), then spellings that differ between Uzbek Latin, Russian transliteration
 *      and English are folded together (x/kh → h, q → k, ts → s, yo/ye → e, dj/zh → j, w → v,
 *      c → k or s, iy/y → i…);
 *   4. doubled letters become single (Rossiya = Rosiya, Passport = pasport).
 * Written by hand: no library knows that Uzbek is typed with Russian letters.
 */

/** Lower-case Cyrillic (Russian and Uzbek) → Latin. ъ and ь carry no sound of their own. */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: 'o',
  қ: 'q',
  ғ: 'g',
  ҳ: 'h',
  і: 'i',
};

/**
 * Latin spellings of the same sound, in order. Each rule sees the output of the ones before it:
 * "kh" must become "h" before "k" is touched, "c" is decided before "ts".
 */
const LATIN_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/shch/g, 'sh'], // Shchukino = Щукино (щ)
  [/dj|zh/g, 'j'], // Djamshid = Jamshid, Nizhny = Nijniy (ж)
  [/kh|x/g, 'h'], // Khabarovsk = Xabarovsk = Хабаровск; Uzbek x and h (х, ҳ) are one letter on Russian keyboards
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'], // English "police", "centre"
  [/c(?!h)/g, 'k'], // English "consul" = konsul
  [/q/g, 'k'], // qarz = қарз = карз (қ typed as к)
  [/ts/g, 's'], // migratsiya = миграция (ц)
  [/yo|ye/g, 'e'], // ё is often typed е; Yekaterinburg = Екатеринбург
  [/iy(?![aeiou])/g, 'i'], // Pogorelskiy = Pogorelsky = Погорельский
  [/(?<=[b-df-hj-np-tv-z])y(?![aeiou])/g, 'i'], // y as a vowel (ы in English): Tyva = Тыва
  [/w/g, 'v'],
  [/(\p{L})\1+/gu, '$1'], // doubled letters: Rossiya = Rosiya
];

/**
 * Apostrophe-like signs: ʻ (U+02BB), the tutuq ʼ (U+02BC), ASCII ' and `, typographic ‘ ’, the
 * acute accent ´, and the modifier primes people use on some keyboards.
 */
const APOSTROPHES = /[ʻʼʹʽ'`´‘’′]/g;

/** oʻ (ў), which people with a Russian keyboard type as у, and in Latin often as u. */
const O_WITH_SIGN = /[oO][ʻʼʹʽ'`´‘’′]|[ўЎ]/;

/** A word: letters, digits and marks, with apostrophes inside (oʻzbek, eʼlon, don't). */
export const WORD = /[\p{L}\p{N}\p{M}ʻʼʹʽ'`´‘’′]+/gu;

function foldCyrillic(text: string): string {
  let out = '';
  for (const ch of text) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

/** The search key of one word (or of a whole text, where it keeps the spaces and punctuation). */
export function foldWord(word: string): string {
  let key = foldCyrillic(word.normalize('NFC').toLowerCase().replace(APOSTROPHES, ''))
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  for (const [pattern, replacement] of LATIN_VARIANTS) key = key.replace(pattern, replacement);
  return key;
}

/** The keys of every word in a text, in order (a query's terms). */
export function foldTerms(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => foldWord(m[0])).filter((key) => key !== '');
}

function wordKeys(word: string): readonly string[] {
  const key = foldWord(word);
  if (!key) return [];
  if (!O_WITH_SIGN.test(word)) return [key];
  const typedWithU = foldWord(word.replace(new RegExp(O_WITH_SIGN, 'g'), 'u'));
  return typedWithU === key ? [key] : [key, typedWithU];
}

/**
 * Documents repeat their words (a corpus of 30 000 words has 5 000 distinct ones), and snippets
 * fold the words of every result again, so each distinct word is folded once. The cap only
 * guards against unbounded growth; the real vocabulary stays far below it.
 */
const keysByWord = new Map<string, readonly string[]>();
const CACHE_LIMIT = 100_000;

/**
 * The keys a document word is found by. A word with oʻ (ў) is also found as if written with u,
 * because that is how it comes out when typed with Russian letters: "узбек" finds "oʻzbek".
 */
export function documentWordKeys(word: string): readonly string[] {
  let keys = keysByWord.get(word);
  if (keys === undefined) {
    if (keysByWord.size >= CACHE_LIMIT) keysByWord.clear();
    keys = wordKeys(word);
    keysByWord.set(word, keys);
  }
  return keys;
}

/** Every key of every word of a document text. */
export function documentTerms(text: string): string[] {
  return [...text.matchAll(WORD)].flatMap((m) => documentWordKeys(m[0]));
}
