/** Calculator arithmetic, kept apart from the screen so it can be tested on its own. */
export interface CalculatorState {
  display: string;
  pending: number | null;
  operator: string | null;
  fresh: boolean;
}

function apply(a: number, operator: string, b: number): number {
  switch (operator) {
    case '+':
      return a + b;
    case '−':
      return a - b;
    case '×':
      return a * b;
    case '÷':
      return b === 0 ? NaN : a / b;
    default:
      return b;
  }
}

const show = (n: number) => (Number.isFinite(n) ? String(Math.round(n * 1e10) / 1e10) : 'Error');

export function evaluate(s: CalculatorState): CalculatorState {
  if (s.pending === null || s.operator === null) return { ...s, fresh: true };
  return {
    display: show(apply(s.pending, s.operator, Number(s.display))),
    pending: null,
    operator: null,
    fresh: true,
  };
}

export function pressKey(s: CalculatorState, key: string): CalculatorState {
  if (key === 'C') return { display: '0', pending: null, operator: null, fresh: true };
  if (/^\d$/.test(key)) {
    const display = s.fresh || s.display === '0' ? key : `${s.display}${key}`;
    return { ...s, display: display.slice(0, 12), fresh: false };
  }
  // An operator: finish the pending operation first, so 2 + 3 × 4 reads left to right like a pocket calculator.
  const current =
    s.pending !== null && s.operator !== null && !s.fresh
      ? apply(s.pending, s.operator, Number(s.display))
      : Number(s.display);
  return { display: show(current), pending: current, operator: key, fresh: true };
}
