/**
 * `npm run pack:sign` on the pack the build writes (without the generated Uzbek Cyrillic guides):
 * it signs it, and the result is an update the app accepts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/content/build/pack';
import { withoutGeneratedGuides } from '../../../src/content/generatedGuides';
import { publicKeyFor } from '../../../src/content/updates/signature';
import { verifyPack } from '../../../src/content/verify/verifyPack';
import { TEST_SECRET_KEY } from '../../fixtures/signedPacks';
import { TODAY } from '../../fixtures/today';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'hamroh-pack-sign-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function packSign(...args: string[]): string {
  return execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'scripts', 'pack-sign.ts'), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, HAMROH_PACK_PRIVATE_KEY: TEST_SECRET_KEY },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

describe('pack:sign', () => {
  it('signs the pack as the build writes it, and the app accepts the result', async () => {
    const built = await buildPack(ROOT, { today: TODAY });
    if (!built.ok) throw new Error('content does not build');
    const input = join(work, 'pack.json');
    const output = join(work, 'signed.json');
    writeFileSync(input, JSON.stringify(withoutGeneratedGuides(built.pack)));

    packSign('--in', input, '--out', output, '--version', String(built.pack.version + 1));

    const signed = readFileSync(output);
    expect(JSON.parse(signed.toString()).guides.some((g: { lang: string }) => g.lang === 'uz-Cyrl')).toBe(
      false,
    );
    const verified = await verifyPack(new Uint8Array(signed), {
      kind: 'update',
      newerThan: built.pack.version,
      publicKey: await publicKeyFor(TEST_SECRET_KEY),
      appVersion: '9.9.9',
    });
    expect(verified.ok).toBe(true);
  }, 60_000);

  it('refuses a pack whose content does not match its hash', () => {
    const input = join(work, 'changed.json');
    const pack = JSON.parse(readFileSync(join(work, 'pack.json'), 'utf8'));
    pack.contacts[0].name.en += '!';
    writeFileSync(input, JSON.stringify(pack));
    expect(() => packSign('--in', input, '--out', join(work, 'x.json'))).toThrow(/hash/);
  }, 60_000);
});
