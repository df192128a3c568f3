/**
 * Builds the content pack as part of every Vite build and dev server start:
 * - emits content/pack.json (precached by the service worker, loaded into IndexedDB by the app);
 * - exposes `virtual:content-pack-meta` ({ version, hash }) so the app can tell, without fetching
 *   anything, whether the pack it has stored is the one it was built with.
 * A content problem fails the build with the same messages `npm run content:check` prints.
 *
 * With `inline: true` (the single-file edition, vite.single.config.ts) the pack travels inside the
 * meta module as `bundledPack.inline` (less the guides the app can generate again) and no pack file
 * is emitted: a page opened from file:// cannot fetch one. The normal build leaves `inline` out, so
 * its code does not carry the pack.
 */
import type { Plugin } from 'vite';
import { buildPack } from '../src/content/build/pack';
import { formatProblem } from '../src/content/build/problems';
import { withoutGeneratedGuides } from '../src/content/generatedGuides';
import type { Pack } from '../src/content/schema';

const VIRTUAL_ID = 'virtual:content-pack-meta';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
export const PACK_FILE = 'content/pack.json';

export function contentPack(root: string, { inline = false }: { inline?: boolean } = {}): Plugin {
  let pack: Pack | undefined;
  const load = async () => {
    const result = await buildPack(root, { today: new Date().toISOString().slice(0, 10) });
    if (!result.ok) throw new Error(`Content problems:\n${result.problems.map(formatProblem).join('\n')}`);
    pack = result.pack;
    return pack;
  };
  return {
    name: 'hamroh-content-pack',
    async buildStart() {
      await load();
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const current = pack ?? (await load());
      const { version, hash } = current;
      const meta = inline
        ? { version, hash, url: PACK_FILE, inline: JSON.stringify(withoutGeneratedGuides(current)) }
        : { version, hash, url: PACK_FILE };
      return `export const bundledPack = ${JSON.stringify(meta)};`;
    },
    generateBundle() {
      if (!pack || inline) return;
      // Without the Cyrillic guides the app generates again (src/content/generatedGuides.ts).
      this.emitFile({
        type: 'asset',
        fileName: PACK_FILE,
        source: JSON.stringify(withoutGeneratedGuides(pack)),
      });
    },
    configureServer(server) {
      server.middlewares.use(`/${PACK_FILE}`, (_req, res) => {
        load().then(
          (p) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(JSON.stringify(withoutGeneratedGuides(p)));
          },
          (error: Error) => {
            res.statusCode = 500;
            res.end(error.message);
          },
        );
      });
    },
  };
}
