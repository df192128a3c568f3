import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/content/build/pack';
import { withGeneratedGuides, withoutGeneratedGuides } from '../../src/content/generatedGuides';
import { verifyPack } from '../../src/content/verify/verifyPack';
import { TODAY } from '../fixtures/today';

const result = await buildPack(join(import.meta.dirname, '..', '..'), { today: TODAY });
if (!result.ok) throw new Error('content does not build');
const full = result.pack;

describe('packs without the generated Uzbek Cyrillic guides', () => {
  it('are a quarter smaller and come back identical, hash included', async () => {
    const slim = withoutGeneratedGuides(full);
    expect(slim.guides.length).toBe(full.guides.length * 0.75);
    const restored = await verifyPack(JSON.stringify(slim), { kind: 'to-sign' });
    expect(restored).toEqual({ ok: true, pack: full });
  });

  it('a pack that already has them is left as it is', async () => {
    expect(await withGeneratedGuides(full)).toBe(full);
  });

  it('a changed Uzbek text no longer matches the hash, so it is refused', async () => {
    const slim = withoutGeneratedGuides(full);
    const changed = {
      ...slim,
      guides: slim.guides.map((g) => (g.key === 'uz:detention' ? { ...g, title: `${g.title}!` } : g)),
    };
    expect(await verifyPack(JSON.stringify(changed), { kind: 'to-sign' })).toMatchObject({ reason: 'hash' });
  });
});
