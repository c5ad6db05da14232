import { catalogue } from '@exchange-errors/catalogue';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../src/catalogue-index.js';
import { exchangeErrorCallsInText, textMentions } from '../../src/utils/exchange-error-call.js';
import { probe } from './probe.js';

const index = indexCatalogue(catalogue);

function mentions(code: string, word: string): boolean {
  const [answer] = probe(code, 'Program', (_node, context) => textMentions(context.sourceCode, index, word));
  return answer!;
}

describe('textMentions', () => {
  it.each([
    // Words that start with the callee word are read from its offsets, anywhere in the text.
    ['throw new ExchangeError(-1121);', 'ExchangeErrorCode', false],
    ['const x = ExchangeErrorCode.TIMEOUT;', 'ExchangeErrorCode', true],
    ['// ExchangeError, then ExchangeErrorCodes in a comment', 'ExchangeErrorCode', true],
    ['new ExchangeError(1); ExchangeErrorCod;', 'ExchangeErrorCode', false],
    // Other words are searched for in the text.
    ["import { x } from '@exchange-errors/catalogue';", '@exchange-errors/catalogue', true],
    ["import { x } from '@exchange-errors/matchers';", '@exchange-errors/catalogue', false],
  ])('%j mentions %j: %j', (code, word, expected) => {
    expect(mentions(code, word)).toBe(expected);
  });
});

function callsIn(code: string): string[] {
  const [texts] = probe(code, 'Program', (_node, context) =>
    [...exchangeErrorCallsInText(context.sourceCode, index)].map((call) => context.sourceCode.getText(call)),
  );
  return texts!;
}

describe('exchangeErrorCallsInText', () => {
  it.each([
    // Deep in statements, functions and classes, the call is reached from the name its callee ends in.
    [
      "import { ExchangeError } from './errors';\nclass Client { send() { if (x) { for (;;) { throw new ExchangeError(-1121); } } } }",
      ['new ExchangeError(-1121)'],
    ],
    [
      'const errors = require("./errors");\nfunction f() { return () => new errors.ExchangeError(-1121); }',
      ['new errors.ExchangeError(-1121)'],
    ],
    ['new (errors.ExchangeError as typeof Error)(-1121);', ['new (errors.ExchangeError as typeof Error)(-1121)']],
    ["expect(() => f()).toThrowExchangeError('BAD_SYMBOL');", ["expect(() => f()).toThrowExchangeError('BAD_SYMBOL')"]],
    ["expect(err)['toBe' + 'ExchangeError']('BAD_SYMBOL');", ["expect(err)['toBe' + 'ExchangeError']('BAD_SYMBOL')"]],
    // A call outside the callee that holds the word is no exchange-error call: the climb stops at its statement.
    ['const E = ExchangeError;\nfunction f() { return ExchangeError; }\nlog(f());', []],
    ['new (function () { return ExchangeError; })()(-1121);', []],
    ['wrap(class { static E = ExchangeError; })(-1121);', []],
  ])('%j holds the exchange-error calls %j', (code, expected) => {
    expect(callsIn(code)).toEqual(expected);
  });
});
