import { describe, expect, it } from 'vitest';
import { nameGivenToCode, namesAgree } from '../../src/utils/code-name.js';
import { dedent } from '../dedent.js';
import { probe } from './probe.js';

const namesOfCodes = (code: string) =>
  probe(code, 'UnaryExpression[operator="-"]', (node, context) => nameGivenToCode(node, context.sourceCode));

describe('nameGivenToCode', () => {
  it('reads constant-case bindings, keys and fields, and enum members of any case', () => {
    const code = dedent`
      const ORDER_GONE = -2013;
      const retryCode = -1003;
      const codes = { BAD_SYMBOL: -1121, timeout: -1007 };
      class Codes { static RATE_LIMIT = -1003; }
      enum BinanceCode { TooManyRequests = -1003 }
    `;
    expect(namesOfCodes(code)).toEqual([
      'ORDER_GONE',
      undefined,
      'BAD_SYMBOL',
      undefined,
      'RATE_LIMIT',
      'TooManyRequests',
    ]);
  });

  it('reads an UPPER_SNAKE comment after the code or its key on the same line', () => {
    const code = dedent`
      const exceptions = {
        '-1004': DuplicateOrderId, // DUPLICATE_IP
        [-1000]: OperationRejected, // UNKNOWN
        [-1001]: NetworkError, // retry later
      };
      const retryable = [-1003, -1015]; // TOO_MANY_REQUESTS
      f(-1021 /* INVALID_TIMESTAMP */);
      f(-1022); // TODO check
    `;
    const codes = ':matches(Property > Literal.key, UnaryExpression[operator="-"])';
    expect(probe(code, codes, (node, context) => nameGivenToCode(node, context.sourceCode))).toEqual([
      'DUPLICATE_IP',
      'UNKNOWN',
      undefined,
      undefined,
      undefined,
      'INVALID_TIMESTAMP',
      undefined,
    ]);
  });

  it('reads the comment past slashes that open none, and a block comment whose name is on the next line', () => {
    const code = dedent`
      f(-1021 / 2, 'a/b'); // INVALID_TIMESTAMP
      f(-1022, /*
        UNKNOWN */);
      f(-1013); // {"code":-1013,"msg":"Filter failure: LOT_SIZE"}
      f(-1014); //  UNKNOWN_ORDER_COMPOSITION: retry
    `;
    expect(namesOfCodes(code)).toEqual([undefined, 'UNKNOWN', undefined, 'UNKNOWN_ORDER_COMPOSITION']);
  });
});

describe('namesAgree', () => {
  it.each([
    ['BAD_SYMBOL', 'BAD_SYMBOL', true],
    ['BADSYMBOL', 'BAD_SYMBOL', true],
    ['TooManyRequests', 'TOO_MANY_REQUESTS', true],
    ['ORDER_GONE', 'NO_SUCH_ORDER', true],
    ['REJECTED_MBX_KEY', 'REJECTED_CH_KEY', true],
    ['ERROR_CODE', 'TIMEOUT', true],
    ['DUPLICATE_IP', 'NO_THIS_COMPANY', false],
    ['TOO_MANY_REQUESTS', 'TOO_MANY_ORDERS', false],
    ['RATE_LIMIT', 'TOO_MANY_REQUESTS', false],
  ])('%s and %s: %s', (given, catalogueName, agree) => {
    expect(namesAgree(given, catalogueName)).toBe(agree);
  });
});
