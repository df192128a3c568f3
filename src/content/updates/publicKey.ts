/**
 * The key content updates must be signed with. Only the public half ships; the private half is
 * kept offline by the content team (see scripts/pack-sign.ts) and never enters the repository.
 * A build may replace it through the environment (PACK_PUBLIC_KEY, a Vite `define`), so browser
 * tests can sign packs with a throwaway key without the real one.
 */
declare const __PACK_PUBLIC_KEY__: string | undefined;

/** Made with `npm run pack:keygen`. */
export const PRODUCTION_PACK_PUBLIC_KEY = '0558d846eca412066dca66ed98e1f5778f0f8470c379f607f68a47dc7da6a3c9';

// `typeof` keeps this safe where nothing is defined (unit tests, Node scripts).
const buildOverride = typeof __PACK_PUBLIC_KEY__ === 'string' ? __PACK_PUBLIC_KEY__ : '';

export const PACK_PUBLIC_KEY = buildOverride || PRODUCTION_PACK_PUBLIC_KEY;
