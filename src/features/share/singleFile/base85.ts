/**
 * Binary data as text inside an HTML file, 5 characters per 4 bytes (base64 needs 5⅓). The
 * single-file edition stores its compressed code this way; the saving is what keeps the file
 * under its size budget. The alphabet leaves out every character that means something in HTML or
 * in a JavaScript string (" & ' < > \ ` $ }), so the text can sit in a <script> data block as is.
 */
export const ALPHABET =
  '!#%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|~';

const BASE = 85;

export function encodeBase85(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const n = Math.min(4, bytes.length - i);
    // A short last group is padded with zeros and written with n + 1 characters.
    let value = 0;
    for (let j = 0; j < 4; j++) value = value * 256 + (j < n ? (bytes[i + j] ?? 0) : 0);
    const group: string[] = [];
    for (let k = 0; k < 5; k++) {
      group.unshift(ALPHABET.charAt(value % BASE));
      value = Math.floor(value / BASE);
    }
    out.push(group.slice(0, n + 1).join(''));
  }
  return out.join('');
}

export function decodeBase85(text: string): Uint8Array<ArrayBuffer> {
  const digits = new Uint8Array(128).fill(255);
  for (let i = 0; i < BASE; i++) digits[ALPHABET.charCodeAt(i)] = i;
  const full = Math.floor(text.length / 5);
  const rest = text.length % 5;
  if (rest === 1) throw new Error('base85: truncated');
  const out = new Uint8Array(full * 4 + (rest ? rest - 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 5) {
    const n = Math.min(5, text.length - i);
    // A short last group is padded with the highest digit, which rounds back to its bytes.
    let value = 0;
    for (let k = 0; k < 5; k++) {
      const digit = k < n ? (digits[text.charCodeAt(i + k)] ?? 255) : BASE - 1;
      if (digit === 255) throw new Error('base85: unexpected character');
      value = value * BASE + digit;
    }
    if (value > 0xffffffff) throw new Error('base85: group out of range');
    for (let j = 0; j < n - 1; j++) out[o++] = Math.floor(value / 256 ** (3 - j)) % 256;
  }
  return out;
}
