import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrSymbol } from '../../src/features/share/qr/qrSymbol';

/** Paints the SVG path's runs ("M x y h w v1 h-w z") into an RGBA bitmap, `scale` pixels per module. */
function render(text: string, scale = 4): { data: Uint8ClampedArray; width: number } {
  const { size, path } = qrSymbol(text);
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row++) {
      for (let col = Number(x) * scale; col < (Number(x) + Number(w)) * scale; col++) {
        data.fill(0, (row * width + col) * 4, (row * width + col) * 4 + 3);
      }
    }
  }
  return { data, width };
}

describe('qrSymbol', () => {
  it('draws a code that a scanner reads back as the same address', () => {
    for (const link of ['https://mirror.example/hamroh/#/uz-Cyrl/', 'http://127.0.0.1:4187/#/en/']) {
      const { data, width } = render(link);
      expect(jsQR(data, width, width)?.data).toBe(link);
    }
  });

  it('keeps a light quiet zone of 4 modules around the code', () => {
    const { size, path } = qrSymbol('https://mirror.example/#/ru/');
    const coordinates = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, w]) => [
      Number(x),
      Number(y),
      Number(x) + Number(w),
    ]);
    expect(Math.min(...coordinates.map(([x]) => x ?? 0))).toBe(QUIET_ZONE);
    expect(Math.min(...coordinates.map(([, y]) => y ?? 0))).toBe(QUIET_ZONE);
    expect(Math.max(...coordinates.map(([, , end]) => end ?? 0))).toBe(size - QUIET_ZONE);
  });
});
