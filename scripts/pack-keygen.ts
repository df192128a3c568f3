// npm run pack:keygen — makes a new Ed25519 key pair for signing content packs.
// The public key goes into src/content/updates/publicKey.ts. The private key must never enter the
// repository: keep it offline, give it to `npm run pack:sign` with --key <file> or HAMROH_PACK_PRIVATE_KEY.
//   npm run pack:keygen                                   prints both keys
//   npm run pack:keygen -- --private-key-out key.txt     writes the private key to a new file (mode 600)
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { etc, keygenAsync } from '@noble/ed25519';

const { values } = parseArgs({ options: { 'private-key-out': { type: 'string' } } });
const { secretKey, publicKey } = await keygenAsync();
const privateHex = etc.bytesToHex(secretKey);

console.log(`public key:  ${etc.bytesToHex(publicKey)}`);
const out = values['private-key-out'];
if (out) {
  writeFileSync(out, `${privateHex}\n`, { mode: 0o600, flag: 'wx' }); // never overwrite an existing key
  console.log(`private key: written to ${out}`);
} else {
  console.log(`private key: ${privateHex}`);
}
