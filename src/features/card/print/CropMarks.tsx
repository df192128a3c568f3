/**
 * Corner marks to cut by and ticks for the fold, drawn around one wallet card (two halves of
 * 85.6 × 54 mm side by side) in millimetres. The marks sit outside the card, so a cut along the
 * lines they point to leaves no trace of them on the card. Print only; decoration for screen readers.
 */
const W = 85.6; // ISO/IEC 7810 ID-1, a bank card
const H = 54;
const BLEED = 5; // room around the card for the marks
const GAP = 1; // marks stop this far from the card's corner
const X0 = BLEED;
const X1 = BLEED + 2 * W;
const FOLD = BLEED + W;
const Y0 = BLEED;
const Y1 = BLEED + H;
const OUT_W = X1 + BLEED;
const OUT_H = Y1 + BLEED;

const CORNER_LINES: [number, number, number, number][] = [
  [0, Y0, X0 - GAP, Y0],
  [X0, 0, X0, Y0 - GAP],
  [X1 + GAP, Y0, OUT_W, Y0],
  [X1, 0, X1, Y0 - GAP],
  [0, Y1, X0 - GAP, Y1],
  [X0, Y1 + GAP, X0, OUT_H],
  [X1 + GAP, Y1, OUT_W, Y1],
  [X1, Y1 + GAP, X1, OUT_H],
];

export function CropMarks() {
  return (
    <svg className="wallet-marks" viewBox={`0 0 ${OUT_W} ${OUT_H}`} aria-hidden="true" focusable="false">
      <rect x={X0} y={Y0} width={2 * W} height={H} fill="none" stroke="#8a8a8a" strokeWidth="0.15" />
      <g stroke="#000000" strokeWidth="0.25">
        {CORNER_LINES.map(([x1, y1, x2, y2]) => (
          <line key={`${x1},${y1},${x2},${y2}`} x1={x1} y1={y1} x2={x2} y2={y2} />
        ))}
      </g>
      <g stroke="#000000" strokeWidth="0.25" strokeDasharray="1.2 0.8">
        <line x1={FOLD} y1={0} x2={FOLD} y2={Y0 - GAP} />
        <line x1={FOLD} y1={Y0} x2={FOLD} y2={Y1} />
        <line x1={FOLD} y1={Y1 + GAP} x2={FOLD} y2={OUT_H} />
      </g>
    </svg>
  );
}
