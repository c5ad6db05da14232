import { describe, expect, it } from 'vitest';
import { isConstantEnumInitializer, isNumericOperand } from '../../src/utils/constant-positions.js';
import { probe } from './probe.js';

/** The answer for every `-1121` of the code, in source order. */
const answers = (code: string, inspect: typeof isNumericOperand) =>
  probe(code, 'UnaryExpression[operator="-"]', (node) => inspect(node));

describe('isConstantEnumInitializer', () => {
  it.each([
    ['const enum E { A = -1121 }', [true]],
    ['declare enum E { A = -1121 }', [true]],
    ['declare namespace N { enum E { A = -1121 } }', [true]],
    ['declare global { enum E { A = -1121 } }', [true]],
    ['enum E { A = -1121, B }', [true]],
    ['enum E { A = -1121, B = -1121, C = 1 }', [false, false]],
    ['enum E { A = -1121 as number, B }', [true]],
    ['enum E { A = -1121 }\nconst x = { A: -1121 };', [false, false]],
  ])('%s', (code, expected) => {
    expect(answers(code, isConstantEnumInitializer)).toEqual(expected);
  });
});

describe('isNumericOperand', () => {
  it.each([
    ['if (code <= -1121 && code > -1121) f();', [true, true]],
    ['const roi = -1121 * x, sum = -1121 + n, bits = -1121 | 0;', [true, true, true]],
    ['total += -1121;\ntotal = -1121;', [true, false]],
    ['if (code === -1121 || code != -1121) f();', [false, false]],
    ['if (-1121 in table || err instanceof E) f();', [false]],
    ['f(-1121);\nconst list = [-1121];', [false, false]],
  ])('%s', (code, expected) => {
    expect(answers(code, isNumericOperand)).toEqual(expected);
  });
});
