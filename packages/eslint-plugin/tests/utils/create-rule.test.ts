import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule } from '../../src/utils/create-rule.js';

interface Options {
  pattern: string;
  limits: { low: number; high: number };
  strict: boolean;
}

const defaults: Options = { pattern: 'code$', limits: { low: 1, high: 9 }, strict: false };

/** A rule that reports the options its `create` received. */
function optionsEcho(received: Options[]) {
  return createRule<[Options], 'options'>({
    name: 'options-echo',
    meta: {
      type: 'problem',
      docs: { description: 'Reports its options' },
      schema: [{ type: 'object' }],
      defaultOptions: [defaults],
      messages: { options: 'options' },
    },
    create(context, [options]) {
      received.push(options);
      return { Program: (node) => context.report({ node, messageId: 'options' }) };
    },
  });
}

/** The options each of two files gets, linted by a host that does (ESLint) or does not apply `meta.defaultOptions`. */
function lintTwoFiles(configured: unknown[], hostAppliesDefaults: boolean): Options[] {
  const received: Options[] = [];
  const rule = optionsEcho(received);
  const hosted = hostAppliesDefaults ? rule : { ...rule, meta: { ...rule.meta, defaultOptions: undefined } };
  const linter = new Linter();
  const config = { plugins: { echo: { rules: { 'options-echo': hosted as never } } } };
  for (const filename of ['a.js', 'b.js']) {
    const messages = linter.verify(
      'x;',
      { ...config, rules: { 'echo/options-echo': ['error', ...configured] } },
      filename,
    );
    expect(messages.map((message) => message.messageId)).toEqual(['options']);
  }
  return received;
}

describe('createRule', () => {
  it("gives the rule's docs URL from its name", () => {
    expect(optionsEcho([]).meta.docs?.url).toBe(
      'https://github.com/exchange-errors/exchange-errors/blob/main/packages/eslint-plugin/docs/rules/options-echo.md',
    );
  });

  for (const hostAppliesDefaults of [true, false]) {
    describe(
      hostAppliesDefaults ? 'under a host that applies meta.defaultOptions' : 'under a host that does not',
      () => {
        it('fills every field, nested ones too, from the defaults', () => {
          const received = lintTwoFiles([{ strict: true, limits: { high: 5 } }], hostAppliesDefaults);
          expect(received).toEqual([
            { pattern: 'code$', limits: { low: 1, high: 5 }, strict: true },
            { pattern: 'code$', limits: { low: 1, high: 5 }, strict: true },
          ]);
        });

        it('gives the defaults when nothing is configured', () => {
          expect(lintTwoFiles([], hostAppliesDefaults)).toEqual([defaults, defaults]);
        });
      },
    );
  }
});
