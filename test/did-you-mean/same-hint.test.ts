// The lint rules and the matchers take their hints and their reading of numeric strings from the catalogue: for the
// same mistyped code or name, the ESLint rule and a failing matcher suggest the same definitions.
import { catalogue, getErrorDefinition } from '@exchange-errors/catalogue';
import plugin from '@exchange-errors/eslint-plugin';
import '@exchange-errors/matchers/vitest';
import { Linter, type ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const RULE = '@exchange-errors/no-unknown-error-code';
const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.js'],
    // The plugin's rules are typed by typescript-eslint, whose context type ESLint's does not name.
    plugins: { '@exchange-errors': plugin as unknown as ESLint.Plugin },
    // Every unknown number: these lines compare codes without importing the catalogue.
    rules: { [RULE]: ['error', { numbers: 'all' }], '@exchange-errors/no-magic-error-codes': 'error' },
  },
];

/** What a message suggests: the text between `did you mean ` and the final `?`, or '' without a suggestion. */
function hintOf(message: string): string {
  return /; did you mean (.+)\?$/s.exec(message)?.[1] ?? '';
}

/** Every slip of a code: each digit wrong, two neighbours swapped, one digit missing; written as a number can be. */
function codeSlips(code: number): number[] {
  const sign = code < 0 ? '-' : '';
  const digits = String(Math.abs(code));
  const variants: string[] = [];
  for (let position = 0; position < digits.length; position += 1) {
    for (const digit of '0123456789') {
      if (digit !== digits[position]) {
        variants.push(digits.slice(0, position) + digit + digits.slice(position + 1));
      }
    }
    if (position + 1 < digits.length) {
      variants.push(digits.slice(0, position) + digits[position + 1] + digits[position] + digits.slice(position + 2));
    }
    variants.push(digits.slice(0, position) + digits.slice(position + 1));
  }
  // A leading zero would be an octal literal, and no digits no number.
  return variants.filter((variant) => /^[1-9]/.test(variant)).map((variant) => Number(sign + variant));
}

/** Misspellings of a name: a letter dropped, two neighbours swapped, a letter doubled, all in lower case. */
function nameSlips(name: string): string[] {
  const middle = Math.floor(name.length / 2);
  return [
    name.slice(0, middle) + name.slice(middle + 1),
    name.slice(0, 1) + name.slice(2, 3) + name.slice(1, 2) + name.slice(3),
    name.slice(0, middle) + name.slice(middle - 1),
    name.toLowerCase(),
  ];
}

const unknown = <T>(inputs: readonly T[]) => [...new Set(inputs)].filter((input) => catalogue.get(input) === undefined);
const codeInputs = unknown(catalogue.definitions.flatMap((definition) => codeSlips(definition.code)));
const nameInputs = unknown(catalogue.definitions.flatMap((definition) => nameSlips(definition.name)));

/** The hint of the lint rule for each line of `lines`, linted as one file; `undefined` for a line without a report. */
function lintHints(lines: readonly string[]): (string | undefined)[] {
  const messages = linter.verify(lines.join('\n'), config, 'hints.js');
  const byLine = new Map(
    messages.filter((message) => message.ruleId === RULE).map((message) => [message.line, message]),
  );
  expect(messages.filter((message) => message.ruleId !== RULE)).toEqual([]);
  return lines.map((_, index) => {
    const message = byLine.get(index + 1);
    return message === undefined ? undefined : hintOf(message.message);
  });
}

const received = { code: -1121, msg: 'Invalid symbol.' };

/** The hint of the failing matcher for `input`. */
function matcherHint(input: unknown): string {
  try {
    expect(received).toBeExchangeError(input as never);
  } catch (error) {
    return hintOf((error as Error).message);
  }
  throw new Error(`toBeExchangeError(${JSON.stringify(input)}) passed`);
}

const source = (input: string | number) => JSON.stringify(input);

describe('the lint rule and the matchers give the same hint', () => {
  it('for every code with one digit wrong, two digits swapped or one missing', () => {
    expect(codeInputs.length).toBeGreaterThan(500);
    const lintedHints = lintHints(codeInputs.map((code) => `expect(error).toBeExchangeError(${code});`));
    const matcherHints = codeInputs.map(matcherHint);
    expect(lintedHints).toEqual(matcherHints);
    // Most slips of a four-digit code are one slip from some code: the comparison is about hints, not their absence.
    expect(matcherHints.filter((hint) => hint !== '').length).toBeGreaterThan(codeInputs.length / 2);
  });

  it('for the same codes in comparisons and as numeric strings, which the rule reads as the catalogue does', () => {
    // Outside a matcher the rule reads only code-shaped numbers: the sign and digit count of some code.
    const shapes = new Set(catalogue.definitions.map(({ code }) => String(code).length));
    const codeShaped = codeInputs.filter((code) => code < 0 && shapes.has(String(code).length));
    expect(catalogue.definitions.every(({ code }) => code < 0)).toBe(true);
    const lines = codeShaped.flatMap((code) => [
      `if (err.code === ${code}) retry();`,
      `if (err.code === ${source(String(code))}) retry();`,
      `if (err.code === ${source(String(code).replace('-', '-0'))}) retry();`,
    ]);
    const expected = codeShaped.flatMap((code) => {
      const hint = matcherHint(code);
      return [hint, hint, matcherHint(String(code).replace('-', '-0'))];
    });
    expect(lintHints(lines)).toEqual(expected);
    expect(expected.every((hint, index) => hint === expected[index - (index % 3)])).toBe(true);
  });

  it('for every name misspelt', () => {
    const lintedHints = lintHints(nameInputs.map((name) => `expect(error).toBeExchangeError(${source(name)});`));
    const matcherHints = nameInputs.map(matcherHint);
    expect(lintedHints).toEqual(matcherHints);
    expect(matcherHints.filter((hint) => hint === '')).toEqual([]);
  });

  it.each([
    [-1211, 'BAD_SYMBOL (-1121)'],
    ['-1211', 'BAD_SYMBOL (-1121)'],
    [-1200, 'UNSUPPORTED_OPERATION (-1020)'],
    [-2061, 'EXCHANGE_LOCK (-2016)'],
    ['BAD_SYMBL', 'BAD_SYMBOL (-1121)'],
  ])('for %j, where they used to differ', (input, hint) => {
    expect(matcherHint(input)).toBe(hint);
    expect(lintHints([`expect(error).toBeExchangeError(${source(input)});`])).toEqual([hint]);
  });
});

describe("'-01121' is BAD_SYMBOL to every product", () => {
  it('to the catalogue and the matchers', () => {
    expect(getErrorDefinition('-01121')?.name).toBe('BAD_SYMBOL');
    expect(received).toBeExchangeError('-01121' as never);
  });

  it('to the lint rules: a magic code, not an unknown one', () => {
    const messages = linter.verify("if (err.code === '-01121') retry();", config, 'code.js');
    expect(messages).toMatchObject([
      {
        ruleId: '@exchange-errors/no-magic-error-codes',
        message: "Magic error code '-01121': write ExchangeErrorCode.BAD_SYMBOL.",
        line: 1,
        column: 18,
        endColumn: 26,
      },
    ]);
  });
});
