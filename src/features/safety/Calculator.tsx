/**
 * The neutral screen behind the quick exit: a plain, working calculator with nothing that points
 * back to the app. It has no language of its own beyond digits and a title that says what it is.
 */
import { useEffect, useState } from 'react';
import { evaluate, pressKey, type CalculatorState } from './calculatorLogic';

const KEYS = ['7', '8', '9', '÷', '4', '5', '6', '×', '1', '2', '3', '−', 'C', '0', '=', '+'] as const;

export function Calculator({ title }: { title: string }) {
  const [state, setState] = useState<CalculatorState>({
    display: '0',
    pending: null,
    operator: null,
    fresh: true,
  });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main className="calculator" aria-label={title}>
      <output className="calculator-display" aria-live="polite">
        {state.display}
      </output>
      <div className="calculator-keys">
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            onClick={() => setState((s) => (key === '=' ? evaluate(s) : pressKey(s, key)))}
          >
            {key}
          </button>
        ))}
      </div>
    </main>
  );
}
