// Writes the app icons into public/icons/ with no dependencies and no remote assets: a plain
// teal square with a white "H" (neutral on purpose). Run once after changing the design:
//   node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const TEAL = [11, 93, 107];
const WHITE = [255, 255, 255];

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const x of buf) c = crcTable[(c ^ x) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};

/** `scale` is the share of the icon the letter may use (maskable icons keep to the safe zone). */
function png(size, scale) {
  const box = size * scale;
  const left = (size - box) / 2;
  const stroke = box * 0.16;
  const inH = (x, y) => {
    const u = (x - left) / box;
    const v = (y - left) / box;
    if (v < 0.2 || v > 0.8) return false;
    const s = stroke / box;
    return (
      (u > 0.25 && u < 0.25 + s) ||
      (u > 0.75 - s && u < 0.75) ||
      (u > 0.25 && u < 0.75 && v > 0.5 - s / 2 && v < 0.5 + s / 2)
    );
  };
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) row.set(inH(x + 0.5, y + 0.5) ? WHITE : TEAL, 1 + x * 3);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', png(192, 0.8));
writeFileSync('public/icons/icon-512.png', png(512, 0.8));
writeFileSync('public/icons/icon-maskable-512.png', png(512, 0.6));
writeFileSync(
  'public/icons/icon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#0b5d6b"/><path fill="#fff" d="M26 26h13v20h22V26h13v48H61V56H39v18H26z"/></svg>\n`,
);
