// npm run pack:sign — signs a built content pack for online and file updates.
//   npm run pack:sign -- --in dist/content/pack.json --out hamroh-pack-v2.json [--version 2] [--key key.txt]
// The private key (64 hex characters, from `npm run pack:keygen`) comes from --key <file> or the
// environment variable HAMROH_PACK_PRIVATE_KEY. It is never written anywhere by this script.
// The input is checked like the app checks an update (schema, hash, sense, plain text) before it
// is signed, and the signature is verified again before the file is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_PACK_VERSION } from '../src/content/constants';
import { withoutGeneratedGuides } from '../src/content/generatedGuides';
import { PACK_PUBLIC_KEY } from '../src/content/updates/publicKey';
import { hasValidSignature, publicKeyFor, signPack } from '../src/content/updates/signature';
import { verifyPack } from '../src/content/verify/verifyPack';

function fail(message: string): never {
  console.error(`pack:sign: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    version: { type: 'string' },
    key: { type: 'string' },
  },
});
if (!values.in || !values.out)
  fail('usage: --in <built pack.json> --out <signed pack.json> [--version N] [--key file]');

const secretKey = (
  values.key ? readFileSync(values.key, 'utf8') : process.env.HAMROH_PACK_PRIVATE_KEY
)?.trim();
if (!secretKey) fail('no private key: pass --key <file> or set HAMROH_PACK_PRIVATE_KEY');

// The app's own checks, every one but the signature (verify/verifyPack.ts), which also regenerate
// the Uzbek Cyrillic guides that built packs leave out: the hash covers them.
const verified = await verifyPack(readFileSync(values.in), { kind: 'to-sign' });
if (!verified.ok)
  fail(
    `${values.in} is not a valid pack: ${verified.reason}${verified.detail ? ` (${verified.detail})` : ''}`,
  );
const { pack } = verified;

if (values.version !== undefined) {
  const version = Number(values.version);
  if (!Number.isInteger(version) || version < 1 || version > MAX_PACK_VERSION)
    fail(`--version must be a whole number from 1 to ${MAX_PACK_VERSION}`);
  pack.version = version;
}

const publicKey = await publicKeyFor(secretKey);
const signed = await signPack(pack, secretKey);
if (!(await hasValidSignature(signed, publicKey))) fail('the new signature does not verify');
// Written without the generated guides, like the build's pack: the signature covers only the
// header, and the app regenerates them before checking the hash.
writeFileSync(values.out, JSON.stringify(withoutGeneratedGuides(signed)));

console.log(`signed pack version ${signed.version}, hash ${signed.hash.slice(0, 16)} → ${values.out}`);
if (publicKey !== PACK_PUBLIC_KEY) {
  console.warn(
    `warning: this key (${publicKey}) is not the one the app ships; the app will refuse this pack`,
  );
}
