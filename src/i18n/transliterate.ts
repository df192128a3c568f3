/**
 * Uzbek Latin → Uzbek Cyrillic transliteration, written by hand.
 *
 * Hamroh's Uzbek guides are authored once, in Latin script (the 1995 alphabet), and the Cyrillic
 * edition is generated from them, because many older readers only read Cyrillic. The two alphabets
 * do not map one-to-one, so this module applies the regular 1995 correspondences and leaves every
 * irregular word to a small exception dictionary (`locales/uz-Cyrl/words.json`). Fixes belong in
 * that dictionary, never in special cases here: volunteer editors can change a JSON file, not code.
 *
 * The module is pure (no imports, no I/O) so it runs in the browser, in Vitest and in the
 * content build (Node, through Vite or tsx) alike.
 */

/**
 * Lower-case Latin word → lower-case Cyrillic word.
 *
 * A plain key (`"sentabr"`) matches a whole word only. A key ending in `*` (`"politsiya*"`) is a
 * stem: it also matches the stem followed by any suffix, and the suffix is transliterated by the
 * ordinary rules (`politsiyaga` → `полиция` + `га`). Stems exist because Uzbek is agglutinative:
 * one loanword appears with dozens of suffixes, and listing each form would never be complete.
 * A whole-word key wins over a stem; among stems the longest wins.
 */
export type TransliterationExceptions = Readonly<Record<string, string>>;

// ---------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------

/** U+02BB MODIFIER LETTER TURNED COMMA: the official sign in oʻ and gʻ. */
const TURNED_COMMA = '\u02BB';
/** U+02BC MODIFIER LETTER APOSTROPHE: the official tutuq (separation sign), Cyrillic ъ. */
const TUTUQ = '\u02BC';
/**
 * Signs people type instead of ʻ and ʼ: ASCII apostrophe, backtick and the typographic single
 * quotes. Real texts (news sites, phone keyboards) use all of them, so all are accepted.
 */
const LOOSE_APOSTROPHE_SIGNS = "'`\u2018\u2019";
const LOOSE_APOSTROPHES = new Set(LOOSE_APOSTROPHE_SIGNS);
/** Quote marks that may open a quoted word, used to tell a closing quote from a final gʻ. */
const OPENING_QUOTES = new Set(["'", '`', '\u2018', '\u2019', '"', '\u201C', '\u201E', '\u00AB']);

function isModifierLetter(ch: string): boolean {
  return ch === TURNED_COMMA || ch === TUTUQ;
}

function isApostrophe(ch: string): boolean {
  return isModifierLetter(ch) || LOOSE_APOSTROPHES.has(ch);
}

function isLatinLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/** Cyrillic and Cyrillic Supplement blocks (Ўў, Ққ, Ғғ, Ҳҳ live in U+0400–U+04FF), as a class range. */
const CYRILLIC_RANGE = '\u0400-\u052F';
const CYRILLIC_LETTER = new RegExp(`[${CYRILLIC_RANGE}]`);
/** The letters a word is made of, as a regular-expression class: Latin and Cyrillic. */
const LETTER = `[A-Za-z${CYRILLIC_RANGE}]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Single Latin letters with one fixed Cyrillic counterpart (e, y and the digraphs are rules). */
const SIMPLE: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  d: 'д',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  z: 'з',
};

/** y + vowel is one Cyrillic letter: yo → ё, yu → ю, ya → я, ye → е. */
const IOTATED: Readonly<Record<string, string>> = { o: 'ё', u: 'ю', a: 'я', e: 'е' };

// ---------------------------------------------------------------------------------------------
// Protected spans: copied through unchanged
// ---------------------------------------------------------------------------------------------

/**
 * Spans that are code or addresses, not Uzbek prose. Transliterating them would break the app
 * (a placeholder `{{name}}` that i18next no longer finds, a `tel:` link that no longer dials).
 * Order matters: earlier alternatives win where they overlap.
 */
const PROTECTED = new RegExp(
  [
    // i18next interpolation {{name}} / {{count, number}} and nesting $t(key, {...}).
    String.raw`\{\{[\s\S]*?\}\}`,
    String.raw`\$t\([^)]*\)`,
    // Markdown link and image targets: "](tel:+7…)", "](contact:embassy)", "](guide:id)", "](https://…)".
    String.raw`\]\([^)]*\)`,
    // HTML / i18next <Trans> tags and autolinks: <strong>, </1>, <https://…>.
    String.raw`<\/?[A-Za-z0-9][^<>\s]*(?:\s[^<>]*)?>`,
    // HTML entities such as &nbsp; (a word "nbsp" would otherwise become "нбсп").
    String.raw`&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);`,
    // E-mail addresses. The look-behinds make each pattern start only where the address starts, so
    // long runs of letters and dots cost linear, not quadratic, time.
    String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`,
    // URLs with a scheme or www.
    String.raw`\b(?:https?:\/\/|www\.)[^\s<>"«»]+`,
    // Link schemes Hamroh uses outside Markdown targets too.
    String.raw`\b(?:tel|contact|guide|mailto|sms|tg):[^\s)\]>"«»]+`,
    // Bare domain names (kun.uz, uzembassy.ru, t.me/…): Cyrillic Uzbek texts keep them in Latin.
    String.raw`(?<![A-Za-z0-9.-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:uz|ru|com|org|net|info|gov|io|me|kz|kg|tj|su|app|help|media|global|ph|tr)\b(?:\/[^\s<>"«»]*)?`,
  ].join('|'),
  'g',
);

// ---------------------------------------------------------------------------------------------
// Exception dictionary
// ---------------------------------------------------------------------------------------------

interface PreparedExceptions {
  readonly whole: ReadonlyMap<string, string>;
  /** Stem → value. */
  readonly stems: ReadonlyMap<string, string>;
  /**
   * Matches the longest stem at the start of a normalised word (alternatives are tried in order,
   * longest first), or null for a dictionary without stems. One native match per word instead of
   * a JavaScript loop over every stem.
   */
  readonly stemAtStart: RegExp | null;
  /**
   * Words already transliterated with this dictionary. A word's Cyrillic form depends only on the
   * word and the dictionary, and guide text repeats its words a lot: on a phone's first start the
   * Cyrillic guides are made from about 50,000 characters of Latin text.
   */
  readonly done: Map<string, string>;
}

const EMPTY: TransliterationExceptions = {};
const prepared = new WeakMap<TransliterationExceptions, PreparedExceptions>();

/**
 * Lower-cases a Latin word and spells its apostrophes the official way (ʻ after o/g, ʼ elsewhere),
 * so that "Oʻzbek", "O'zbek" and "o‘zbek" all find the same dictionary key. Keeps the length, so
 * positions in the key are positions in the original word.
 */
function normaliseKey(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    if (isApostrophe(ch)) {
      const prev = out.charAt(out.length - 1);
      out += prev === 'o' || prev === 'g' ? TURNED_COMMA : TUTUQ;
    } else {
      out += ch.toLowerCase();
    }
  }
  return out;
}

function prepare(words: TransliterationExceptions): PreparedExceptions {
  const cached = prepared.get(words);
  if (cached) return cached;
  const whole = new Map<string, string>();
  const stems = new Map<string, string>();
  for (const [key, value] of Object.entries(words)) {
    // The first spelling of a stem wins, as it always has (o'zbek* and oʻzbek* are one stem).
    if (key.endsWith('*')) {
      const stem = normaliseKey(key.slice(0, -1));
      if (!stems.has(stem)) stems.set(stem, value);
    } else whole.set(normaliseKey(key), value);
  }
  const longestFirst = [...stems.keys()].sort((a, b) => b.length - a.length);
  const stemAtStart =
    longestFirst.length === 0 ? null : new RegExp(`^(?:${longestFirst.map(escapeRegExp).join('|')})`);
  const result: PreparedExceptions = { whole, stems, stemAtStart, done: new Map() };
  prepared.set(words, result);
  return result;
}

/**
 * Gives a dictionary value the capitalisation of the word it replaces: "MMS" → "ММЦ",
 * "Politsiya" → "Полиция", "politsiya" → "полиция".
 */
function matchCase(original: string, value: string): string {
  const letters = [...original].filter(isLatinLetter);
  const first = letters[0];
  if (first === undefined || !isUpper(first)) return value;
  if (letters.length > 1 && letters.every(isUpper)) return value.toUpperCase();
  return value.charAt(0).toUpperCase() + value.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Letter rules
// ---------------------------------------------------------------------------------------------

function cased(cyrillic: string, upper: boolean): string {
  return upper ? cyrillic.toUpperCase() : cyrillic;
}

/**
 * Transliterates one Latin word (or the suffix after a dictionary stem) by the 1995 rules.
 * `afterLetter` is the lower-case Latin letter before `word` when `word` is a suffix, or '' at
 * the start of a word; it decides between э and е.
 */
function applyRules(word: string, afterLetter: string): string {
  let out = '';
  // Was the previous sound a vowel? Needed for e → э after vowels (aeroport → аэропорт).
  let prevVowel = VOWELS.has(afterLetter);
  let atStart = afterLetter === '';
  let i = 0;
  while (i < word.length) {
    const ch = word.charAt(i);
    const lo = ch.toLowerCase();
    const up = isUpper(ch);
    const next = word.charAt(i + 1);
    const nextLo = next.toLowerCase();

    // oʻ → ў, gʻ → ғ. Any apostrophe after o/g counts: the scanner has already decided that an
    // apostrophe kept inside the word is a letter sign, not a quote. U+02BC is accepted here too:
    // it looks exactly like ’ and many official sites type "Oʼzbekiston" with it, while Uzbek has
    // no word with "оъ" or "гъ" that it could otherwise stand for.
    if ((lo === 'o' || lo === 'g') && isApostrophe(next)) {
      out += cased(lo === 'o' ? 'ў' : 'ғ', up);
      prevVowel = lo === 'o';
      atStart = false;
      i += 2;
      continue;
    }
    if (lo === 's' && nextLo === 'h') {
      out += cased('ш', up);
      prevVowel = false;
      atStart = false;
      i += 2;
      continue;
    }
    if (lo === 'c' && nextLo === 'h') {
      out += cased('ч', up);
      prevVowel = false;
      atStart = false;
      i += 2;
      continue;
    }
    // s + tutuq + h (Isʼhoq, Musʼhaf): the tutuq is only there to stop the reading "sh"; Cyrillic
    // needs no sign because с and ҳ are separate letters anyway, so it is dropped: Исҳоқ.
    if (lo === 's' && isApostrophe(next) && word.charAt(i + 2).toLowerCase() === 'h') {
      out += cased('с', up);
      prevVowel = false;
      atStart = false;
      i += 2;
      continue;
    }
    if (lo === 'y') {
      const iotated = IOTATED[nextLo];
      // "yoʻ" is y + oʻ (yoʻq → йўқ), not yo + ʻ: the o belongs to oʻ.
      const isYoTurned = nextLo === 'o' && isApostrophe(word.charAt(i + 2));
      if (iotated !== undefined && !isYoTurned) {
        out += cased(iotated, up);
        prevVowel = true;
        atStart = false;
        i += 2;
        continue;
      }
      out += cased('й', up);
      prevVowel = false;
      atStart = false;
      i += 1;
      continue;
    }
    if (lo === 'e') {
      // Cyrillic е after a consonant is Latin e; Cyrillic э (word-initial or after a vowel) is also
      // Latin e; Cyrillic е in those places is Latin ye, handled above. So a Latin e is э at the
      // start of a word (eʼtiroz → эътироз, elchixona → элчихона) and after a vowel (aeroport).
      out += cased(atStart || prevVowel ? 'э' : 'е', up);
      prevVowel = true;
      atStart = false;
      i += 1;
      continue;
    }
    if (isApostrophe(ch)) {
      // Tutuq (maʼlumot → маълумот). Upper case only inside an all-caps word.
      const before = word.charAt(i - 1);
      out += isUpper(before) && isUpper(next) ? 'Ъ' : 'ъ';
      prevVowel = false;
      atStart = false;
      i += 1;
      continue;
    }
    // "ts" is deliberately NOT turned into ц. In native Uzbek words t + s meet at a morpheme
    // boundary all the time (ketsa, aytsa, oʻtsa, patentsiz), and there it must stay т + с; the
    // Russian loans where ts stands for ц (politsiya, registratsiya) are listed in words.json.
    // Likewise "ng" needs no rule: н + г is exactly the two letters.
    const simple = SIMPLE[lo];
    out += simple === undefined ? ch : cased(simple, up);
    prevVowel = VOWELS.has(lo);
    atStart = false;
    i += 1;
  }
  return out;
}

/** Transliterates one word as found by the scanner (letters plus apostrophes inside it). */
function transliterateWord(word: string, exceptions: PreparedExceptions): string {
  let cyrillic = exceptions.done.get(word);
  if (cyrillic === undefined) {
    cyrillic = transliterateNewWord(word, exceptions);
    exceptions.done.set(word, cyrillic);
  }
  return cyrillic;
}

function transliterateNewWord(word: string, exceptions: PreparedExceptions): string {
  // A word that already has Cyrillic letters was written (or fixed) by hand: keep it.
  if (CYRILLIC_LETTER.test(word)) return word;
  // c (outside ch) and w are not letters of the Uzbek alphabet: such a word is a foreign name or
  // brand (call-markaz, WhatsApp) and the glossary keeps it in Latin inside Cyrillic text.
  if (/c(?!h)|w/i.test(word)) return word;

  const key = normaliseKey(word);
  const whole = exceptions.whole.get(key);
  if (whole !== undefined) return matchCase(word, whole);
  const stem = exceptions.stemAtStart?.exec(key)?.[0];
  const value = stem === undefined ? undefined : exceptions.stems.get(stem);
  if (stem !== undefined && value !== undefined) {
    return matchCase(word.slice(0, stem.length), value) + applyRules(word.slice(stem.length), stem.slice(-1));
  }
  return applyRules(word, '');
}

/**
 * Decides whether a loose apostrophe right after a word (at `pos`) is the sign of a final gʻ
 * (togʻ, bogʻ) rather than a closing quote. Only g can end in the letter sign: final oʻ does not
 * occur, while words ending in o before a closing quote are common (bino, imzo). After "ng" it is
 * taken as a quote, because words ending in ng (qiling, rang) are far more common than in ngʻ.
 * A word that opens with a quote mark closes with one.
 */
function isFinalTurnedComma(text: string, start: number, pos: number): boolean {
  const prev = text.charAt(pos - 1).toLowerCase();
  if (prev !== 'g') return false;
  if (pos - 2 >= start && text.charAt(pos - 2).toLowerCase() === 'n') return false;
  if (start > 0 && OPENING_QUOTES.has(text.charAt(start - 1))) return false;
  return true;
}

/**
 * One word of prose: a letter, then letters and ʻ ʼ (letters of the Uzbek alphabet themselves),
 * where a loose apostrophe between two letters also belongs to the word (o'zbek, ma'lumot). A
 * loose apostrophe right after the word is captured too; `isFinalTurnedComma` decides whether it
 * is the word's final gʻ or a closing quote. The regular-expression engine does this scan in
 * native code: a character-by-character loop in JavaScript was most of the time a phone spent
 * making the Cyrillic guides on its first start, when none of the code has been optimised yet.
 */
const WORD = (() => {
  const inWord = `[A-Za-z${CYRILLIC_RANGE}${TURNED_COMMA}${TUTUQ}]`;
  const loose = `[${LOOSE_APOSTROPHE_SIGNS}]`;
  return new RegExp(`${LETTER}${inWord}*(?:${loose}${LETTER}${inWord}*)*(${loose})?`, 'g');
})();

/** Transliterates free text that contains no protected spans. */
function transliterateProse(text: string, exceptions: PreparedExceptions): string {
  return text.replace(WORD, (match: string, apostrophe: string | undefined, start: number) => {
    if (apostrophe === undefined) return transliterateWord(match, exceptions);
    const end = start + match.length - 1;
    if (isFinalTurnedComma(text, start, end)) return transliterateWord(match, exceptions);
    return transliterateWord(match.slice(0, -1), exceptions) + apostrophe;
  });
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/**
 * Transliterates Uzbek Latin text (1995 alphabet) into Uzbek Cyrillic.
 *
 * Rules: oʻ → ў and gʻ → ғ (with ʻ, ’, ‘, ', ` or ʼ); sh → ш, ch → ч, ng → нг; yo → ё, yu → ю,
 * ya → я, ye → е, but yoʻ → йў; e → э at the start of a word and after a vowel, е elsewhere;
 * tutuq → ъ (dropped in sʼh); ts → тс (ц only through the dictionary); x → х, h → ҳ, q → қ,
 * j → ж, y → й. Capitalisation is kept (Sh → Ш, SH → Ш, Oʻzbekiston → Ўзбекистон).
 *
 * Left untouched: {{placeholders}}, $t(…), Markdown link targets, tags, URLs, domains, e-mail
 * addresses, tel:/contact:/guide: links, digits, punctuation, words already containing Cyrillic
 * letters, and words with letters outside the Uzbek alphabet (c without h, w).
 *
 * @param words exception dictionary, usually `locales/uz-Cyrl/words.json`; see
 *   {@link TransliterationExceptions} for whole-word and `*` stem keys.
 */
export function transliterateUzLatnToCyrl(text: string, words: TransliterationExceptions = EMPTY): string {
  const exceptions = prepare(words);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    const index = match.index;
    out += transliterateProse(text.slice(last, index), exceptions) + match[0];
    last = index + match[0].length;
  }
  return out + transliterateProse(text.slice(last), exceptions);
}
