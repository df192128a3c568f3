import { describe, expect, it } from 'vitest';
import { evaluate, pressKey, type CalculatorState } from '../../src/features/safety/calculatorLogic';

const start: CalculatorState = { display: '0', pending: null, operator: null, fresh: true };
const press = (keys: string[]) => keys.reduce((s, k) => (k === '=' ? evaluate(s) : pressKey(s, k)), start);

describe('the neutral calculator works like a pocket calculator', () => {
  it.each([
    [['1', '2', '+', '3', '='], '15'],
    [['9', '−', '4', '='], '5'],
    [['6', '×', '7', '='], '42'],
    [['1', '÷', '4', '='], '0.25'],
    [['2', '+', '3', '×', '4', '='], '20'],
    [['5', '÷', '0', '='], 'Error'],
    [['7', '7', 'C'], '0'],
    [['0', '0', '3'], '3'],
  ])('%j shows %s', (keys, display) => {
    expect(press(keys).display).toBe(display);
  });
});
