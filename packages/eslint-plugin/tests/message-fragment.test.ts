import { catalogue, defineCatalogue } from '@exchange-errors/catalogue';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../src/catalogue-index.js';
import {
  coveredCatalogueText,
  definitionsMatchingPattern,
  definitionsMatchingText,
  definitionsNamedInText,
} from '../src/utils/message-fragment.js';

const index = indexCatalogue(catalogue);
const names = (definitions: readonly { name: string }[]) => definitions.map((definition) => definition.name);

describe('coveredCatalogueText', () => {
  const segments = ["parameter '", "' was empty."];

  it.each([
    ["parameter 'side' was empty.", ["parameter '", "' was empty."]],
    ["parameter 'side' was", ["parameter '", "' was"]],
    ["side' was empty.", ['', "' was empty."]],
    ['was empty', ['was empty']],
    ["ter 'anything", ["ter '"]],
  ])('finds the catalogue text %j covers', (text, expected) => {
    expect(coveredCatalogueText(segments, text)).toEqual(expected);
  });

  it('lets a placeholder take any text, which covers no catalogue text', () => {
    expect(coveredCatalogueText(segments, 'zzz')).toEqual(['']);
    expect(coveredCatalogueText(segments, "parameter 'side' was empty. again")).toEqual(["parameter '"]);
  });

  it('refuses text that is not part of a message without placeholders', () => {
    expect(coveredCatalogueText(['invalid symbol.'], 'invalid symbols')).toBeUndefined();
    expect(coveredCatalogueText(['invalid symbol.'], 'an invalid symbol')).toBeUndefined();
  });
});

describe('definitionsMatchingText', () => {
  it.each([
    ['Invalid symbol.', ['BAD_SYMBOL']],
    ['invalid symbol', ['BAD_SYMBOL']],
    ['INSUFFICIENT BALANCE', ['BALANCE_NOT_ENOUGH']],
    ["Parameter 'side' was empty.", ['PARAM_EMPTY']],
    ['Order volume lower', ['ORDER_VOLUME_TOO_SMALL']],
    ['outside of the recvWindow', ['INVALID_TIMESTAMP']],
  ])('recognises %j', (text, expected) => {
    expect(names(definitionsMatchingText(index, text))).toEqual(expected);
  });

  it.each(['Invalid', 'not valid', 'does not exist', 'was empty', "' was empty.", 'recvWindow', 'Network down', ''])(
    'ignores the short or unrelated %j',
    (text) => {
      expect(definitionsMatchingText(index, text)).toEqual([]);
    },
  );
});

describe('definitionsMatchingPattern', () => {
  it.each([
    [/Invalid symbol/, ['BAD_SYMBOL']],
    [/invalid symbol\./g, ['BAD_SYMBOL']],
    [/Parameter 'side' was empty/, ['PARAM_EMPTY']],
    [/^Parameter '\w+' was empty\.$/, ['PARAM_EMPTY']],
    [/Param(?:eter)? '\d+' was empty/, ['PARAM_EMPTY']],
    [/Invalid (?:side|symbol)\./, ['INVALID_SIDE', 'BAD_SYMBOL']],
    [/[a-z]+ symbol/, ['BAD_SYMBOL']],
  ])('recognises %s', (pattern, expected) => {
    expect(names(definitionsMatchingPattern(index, pattern))).toEqual(expected);
  });

  it.each([/.+/, /\w+ \w+/, /x*/, /Invalid/, /not valid/])('ignores %s, which is not about one message', (pattern) => {
    expect(definitionsMatchingPattern(index, pattern)).toEqual([]);
  });
});

describe('definitionsNamedInText', () => {
  it.each([
    ['Error -1021', ['INVALID_TIMESTAMP']],
    ['-2013|NO_SUCH_ORDER', ['NO_SUCH_ORDER']],
    // A one-word name is no UPPER_SNAKE name: TIMEOUT is a word of many texts.
    ['TIMEOUT or -1003', ['TOO_MANY_REQUESTS']],
    ['BAD_SYMBOL, -1022', ['BAD_SYMBOL', 'INVALID_SIGNATURE']],
    ['order 12-1021', []],
    ['-1021.5 or x-1021', []],
    ['UNKNOWN_ORDER -9999', []],
  ])('%s names %j', (text, expected) => {
    expect(names(definitionsNamedInText(index, text))).toEqual(expected);
  });
});

describe('the answers kept per compared value', () => {
  it('answer each catalogue from its own messages', () => {
    const ownCatalogue = (name: string) =>
      indexCatalogue(defineCatalogue([{ code: -7, name, group: 'g', retry: 'none', messages: ['Invalid symbol.'] }]));
    const [first, second] = [ownCatalogue('FIRST_SYMBOL'), ownCatalogue('SECOND_SYMBOL')];
    expect(names(definitionsMatchingText(first, 'Invalid symbol.'))).toEqual(['FIRST_SYMBOL']);
    expect(names(definitionsMatchingText(second, 'Invalid symbol.'))).toEqual(['SECOND_SYMBOL']);
    expect(names(definitionsMatchingPattern(second, /Invalid symbol\.$/))).toEqual(['SECOND_SYMBOL']);
    expect(names(definitionsNamedInText(second, 'SECOND_SYMBOL or -7'))).toEqual(['SECOND_SYMBOL']);
    expect(definitionsNamedInText(first, 'SECOND_SYMBOL')).toEqual([]);
  });

  it('tell apart patterns of one source by their flags', () => {
    // Only with `u` is `\p{L}` a letter; without it, a `p` followed by `{L}`.
    expect(names(definitionsMatchingPattern(index, /\p{L}+ symbol\./u))).toEqual(['BAD_SYMBOL']);
    expect(definitionsMatchingPattern(index, new RegExp(String.raw`\p{L}+ symbol\.`))).toEqual([]);
  });

  it('give a text in any case the answer of its lower case', () => {
    expect(names(definitionsMatchingText(index, 'INVALID SYMBOL.'))).toEqual(['BAD_SYMBOL']);
    expect(names(definitionsMatchingText(index, 'invalid symbol.'))).toEqual(['BAD_SYMBOL']);
  });
});
