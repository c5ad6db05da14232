import { describe, expect, it } from 'vitest';
import { includesWord, indexOfWord } from '../../src/utils/text-search.js';

describe('indexOfWord', () => {
  const text = 'ExchangeErr; ExchangeErrorCode, @exchange-errors/catalogue ExchangeError';
  it.each(['Error', 'ExchangeError', 'ExchangeErrorCode', '@exchange-errors/catalogue', 'ExchangeErrors', 'Ex', ''])(
    'finds %j where indexOf does, from every offset',
    (word) => {
      for (let from = 0; from <= text.length + 1; from += 1) {
        expect(indexOfWord(text, word, from)).toBe(text.indexOf(word, from));
      }
      expect(includesWord(text, word)).toBe(text.includes(word));
    },
  );

  it('finds a long word whose start occurs before it, also overlapping it', () => {
    expect(indexOfWord('ExchanExchangeError', 'ExchangeError')).toBe(6);
    expect(indexOfWord('aaaaaaaab', 'aaaaaaab')).toBe(1);
    expect(includesWord('ExchangeErro', 'ExchangeError')).toBe(false);
  });
});
