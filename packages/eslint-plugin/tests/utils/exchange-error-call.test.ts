import { catalogue } from '@exchange-errors/catalogue';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../src/catalogue-index.js';
import { textMentions } from '../../src/utils/exchange-error-call.js';
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
