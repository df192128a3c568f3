// Search speed, as JSON (numbers, not pass/fail): index build time and query latency p50/p95 on the
// real content (all four languages, contacts, phrases) and on a synthetic corpus 20 times larger.
// `npx tsx scripts/bench-search.ts` prints the result; benchSearch() returns it.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildPack } from '../src/content/build/pack';
import { phraseEntry, searchDocuments, type SearchDocument } from '../src/features/search/documents';
import { createSearchIndex } from '../src/features/search/searchIndex';
import type { Lang } from '../src/i18n/languages';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_P95_MS = { full: 2, times20: 10 };
const COPIES = 20;
const ROUNDS = 30;
const WARM_UP_ROUNDS = 3;

/** What people type, including every prefix of a few words, as the screen searches while typing. */
const TYPED = ['pasport', 'элчихона', 'qoʻngʻiroq'].flatMap((w) =>
  Array.from({ length: w.length - 1 }, (_, i) => w.slice(0, i + 2)),
);
const QUERIES: readonly (readonly [string, Lang])[] = [
  ['pasport', 'uz'],
  ['паспорт', 'ru'],
  ['qarz', 'en'],
  ['консул', 'ru'],
  ['detenton', 'en'],
  ['4992383620', 'en'],
  ['238 36', 'ru'],
  ['amina', 'en'],
  ['паспортни олиб', 'uz'],
  ['узбекистон конуни', 'uz'],
  ['запрет на въезд', 'ru'],
  ['Khabarovsk', 'ru'],
  ['police document check', 'en'],
  ['zzxqvw', 'uz'],
  ...TYPED.map((q) => [q, 'uz'] as const),
];

/** A deterministic shuffle (mulberry32), so every run measures the same corpus. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const shuffleWords = (text: string, seed: number) => shuffled(text.split(' '), seed).join(' ');

/** COPIES copies of every document, with new ids and their words shuffled. */
function synthetic(documents: readonly SearchDocument[]): SearchDocument[] {
  return Array.from({ length: COPIES }, (_, copy) =>
    documents.map((d, n) => ({
      ...d,
      id: `${d.id}~${copy}`,
      target: `${d.target}-${copy}`,
      title: copy ? shuffleWords(d.title, copy * 7919 + n) : d.title,
      summary: copy ? shuffleWords(d.summary, copy * 104729 + n) : d.summary,
      body: copy ? d.body.map((t, i) => shuffleWords(t, copy * 1299709 + n * 31 + i)) : d.body,
    })),
  ).flat();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (x: number) => Math.round(x * 1000) / 1000;

function measure(documents: readonly SearchDocument[], budgetP95: number) {
  const start = performance.now();
  const index = createSearchIndex(documents);
  const buildMs = performance.now() - start;
  const first = performance.now();
  index.search('pasport', 'uz'); // the first key press after opening the screen: cold caches
  const firstQueryMs = performance.now() - first;
  // Warm up the JIT and the snippet caches: a person's second search is the common case.
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const [q, lang] of QUERIES) index.search(q, lang);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [q, lang] of QUERIES) {
      const t0 = performance.now();
      index.search(q, lang);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  return {
    documents: documents.length,
    buildMs: ms(buildMs),
    firstQueryMs: ms(firstQueryMs),
    queries: times.length,
    p50Ms: ms(percentile(times, 50)),
    p95Ms: ms(p95),
    maxMs: ms(times.at(-1) ?? NaN),
    budgetP95Ms: budgetP95,
    withinBudget: p95 <= budgetP95,
  };
}

export async function benchSearch(): Promise<object> {
  const result = await buildPack(ROOT, { today: new Date().toISOString().slice(0, 10) });
  if (!result.ok) throw new Error(`content does not build: ${result.problems.length} problem(s)`);
  const { pack } = result;
  const documents = searchDocuments({ ...pack, phrases: pack.phrases.map(phraseEntry) });
  return {
    node: process.version,
    distinctQueries: QUERIES.length,
    full: measure(documents, BUDGET_P95_MS.full),
    times20: measure(synthetic(documents), BUDGET_P95_MS.times20),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchSearch(), null, 2));
}
