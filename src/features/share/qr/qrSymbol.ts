/**
 * A QR code made on the phone, as one SVG path: nothing is fetched and no markup is parsed, so
 * it works offline and under the app's Content-Security-Policy. One path scales sharply from the
 * screen to an A4 print.
 */
import { create } from 'qrcode';

/** Light modules around the code that scanners need to find it (the standard asks for 4). */
export const QUIET_ZONE = 4;

export interface QrSymbol {
  /** Modules per side, quiet zone included: the SVG viewBox. */
  size: number;
  /** Dark modules as horizontal runs: "M x y h w v 1 h -w z" per run. */
  path: string;
}

export function qrSymbol(text: string): QrSymbol {
  // Level M survives a crease or a smudge on a printed leaflet and keeps the code small.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const runs: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      const width = col - start;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${width}v1h-${width}z`);
    }
  }
  return { size: n + 2 * QUIET_ZONE, path: runs.join('') };
}
