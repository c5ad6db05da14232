import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import rule from '../../src/rules/no-unknown-error-code.js';
import { dedent } from '../dedent.js';
import {
  createCommonJsRuleTester,
  createJavaScriptRuleTester,
  createTypeScriptRuleTester,
  customCatalogueSettings,
} from '../rule-tester.js';

createTypeScriptRuleTester().run('no-unknown-error-code', rule, {
  valid: [
    'if (err.code === -1121) retry();',
    // A file not written against the catalogue may handle a sibling exchange, whose codes the catalogue lacks.
    'if (err.code === -1999) retry();',
    "const exceptions = { '-4131': InvalidOrder, '-1121': BadSymbol };",
    dedent`
      // Uses ExchangeErrorCode only in this comment.
      if (err.code === -1211) retry();
    `,
    "if (err.code === '-1121') retry();",
    // Not code-shaped for this catalogue of negative four-digit codes.
    'if (err.code === -12) retry();',
    'if (err.code === 1211) retry();',
    'if (err.code === -12110) retry();',
    // Code-shaped, but not where an error code is expected.
    'arr.slice(-1999);',
    'const offset = -1211;',
    'if (err.status === -1999) retry();',
    'type Code = -1211;',
    'switch (kind) { case -1211: break; }',
    dedent`
      import { ExchangeErrorCode } from '@exchange-errors/catalogue';
      if (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();
    `,
    dedent`
      import { ExchangeErrorCode } from '@exchange-errors/catalogue';
      const code = ExchangeErrorCode['BAD_SYMBOL'];
    `,
    dedent`
      import { ExchangeErrorCode } from '@exchange-errors/catalogue';
      ExchangeErrorCode.hasOwnProperty('TIMEOUT');
    `,
    "await expect(order()).rejects.toThrowExchangeError('BAD_SYMBOL');",
    "expect(error).toBeExchangeError('-1121');",
    // Not a name: the matcher takes other arguments too, and a sentence is no misspelt name.
    "expect(error).toBeExchangeError('bad symbol');",
    // Only the codes object of the import source is checked.
    dedent`
      import { ExchangeErrorCode } from './local-codes';
      ExchangeErrorCode.BAD_SYMBL;
    `,
    dedent`
      const ExchangeErrorCode = { X: 1 };
      ExchangeErrorCode.BAD_SYMBL;
    `,
    dedent`
      import { ExchangeErrorCode } from '@exchange-errors/catalogue';
      function f(ExchangeErrorCode: Record<string, number>) { return ExchangeErrorCode.BAD_SYMBL; }
    `,
    'other.BAD_SYMBL;',
    {
      code: 'if (err.status === -1999) retry();',
      options: [{ codePattern: '^code$' }],
    },
    {
      code: 'if (err.code === -9001) retry();',
      settings: customCatalogueSettings,
    },
    {
      code: dedent`
        import { ExchangeErrorCode } from '#venue-errors';
        ExchangeErrorCode.VENUE_DOWN;
      `,
      settings: customCatalogueSettings,
    },
  ],
  invalid: [
    {
      // Written against the catalogue: an unknown number is a typo.
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.code === ExchangeErrorCode.TIMEOUT || err.code === -1211) retry();
      `,
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-1211', candidates: 'BAD_SYMBOL (-1121)' },
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 65,
        },
      ],
    },
    {
      // A constant read as a code is reported at its declaration.
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const ORDER_GONE = -2031;
        if (err.code === ORDER_GONE || err.code === ExchangeErrorCode.TIMEOUT) forget();
      `,
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-2031', candidates: 'NO_SUCH_ORDER (-2013)' },
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 25,
        },
      ],
    },
    {
      code: dedent`
        const codes = await import('@exchange-errors/catalogue');
        const retryErrors = [-1999];
      `,
      errors: [
        {
          messageId: 'unknownCode',
          data: { raw: '-1999' },
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 27,
        },
      ],
    },
    {
      code: 'if (err.code === -1211) retry();',
      options: [{ numbers: 'all' }],
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-1211', candidates: 'BAD_SYMBOL (-1121)' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      // A numeric string is read as the catalogue reads it: '-01211' is -1211.
      code: "if (err.code === '-01211') retry();",
      options: [{ numbers: 'all' }],
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: "'-01211'", candidates: 'BAD_SYMBOL (-1121)' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 26,
        },
      ],
    },
    {
      // What a matcher expects is a code whatever its shape: the matcher fails on any code the catalogue lacks.
      code: dedent`
        expect(error).toBeExchangeError(-121);
        expect(error).toBeExchangeError('-12');
      `,
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-121', candidates: 'INVALID_TIMESTAMP (-1021) or BAD_SYMBOL (-1121)' },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 37,
        },
        {
          messageId: 'unknownCode',
          data: { raw: "'-12'" },
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 38,
        },
      ],
    },
    {
      code: 'if (err.code === -1999) retry();',
      options: [{ numbers: 'all' }],
      errors: [
        {
          messageId: 'unknownCode',
          data: { raw: '-1999' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      code: dedent`
        switch (err.code) {
          case -1211: skip(); break;
          case -1007: retry(); break;
        }
      `,
      options: [{ numbers: 'all' }],
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-1211', candidates: 'BAD_SYMBOL (-1121)' },
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 13,
        },
      ],
    },
    {
      // A switch whose other cases are catalogue codes is a code switch whatever its discriminant.
      code: 'switch (status) { case -1007: retry(); break; case -1070: skip(); }',
      options: [{ numbers: 'all' }],
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-1070', candidates: 'TIMEOUT (-1007)' },
          line: 1,
          column: 52,
          endLine: 1,
          endColumn: 57,
        },
      ],
    },
    {
      code: "if (e.response?.data?.code !== '-2031') retry();",
      options: [{ numbers: 'all' }],
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: "'-2031'", candidates: 'NO_SUCH_ORDER (-2013)' },
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 39,
        },
      ],
    },
    {
      code: 'const retryErrors = [-1021, -1201 as const];',
      options: [{ numbers: 'all' }],
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-1201', candidates: 'INVALID_TIMESTAMP (-1021)' },
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 34,
        },
      ],
    },
    {
      code: "const errorHandlers = { [-1999]: skip, '-2999': retry };",
      options: [{ numbers: 'all' }],
      errors: [
        {
          messageId: 'unknownCode',
          data: { raw: '-1999' },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 31,
        },
        {
          messageId: 'unknownCode',
          data: { raw: "'-2999'" },
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 47,
        },
      ],
    },
    {
      // An optional call.
      code: "expect(error).toBeExchangeError?.('TIMEOT');",
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: { raw: "'TIMEOT'", candidates: 'TIMEOUT (-1007)' },
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 43,
        },
      ],
    },
    {
      // A computed key spelled out.
      code: "expect(error)['toBeExchangeError']('-1999');",
      errors: [
        {
          messageId: 'unknownCode',
          data: { raw: "'-1999'" },
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 43,
        },
      ],
    },
    {
      // Computed keys the text does not spell: assembled from pieces, or with an escape.
      code: "expect(error)['toBeExchange' + 'Error']('TIMEOT');",
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: { raw: "'TIMEOT'", candidates: 'TIMEOUT (-1007)' },
          line: 1,
          column: 41,
          endLine: 1,
          endColumn: 49,
        },
      ],
    },
    {
      code: "expect(error)[`toThrow${'Exchange'}Error`](-121);",
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-121', candidates: 'INVALID_TIMESTAMP (-1021) or BAD_SYMBOL (-1121)' },
          line: 1,
          column: 44,
          endLine: 1,
          endColumn: 48,
        },
      ],
    },
    {
      code: "expect(error)['toBeExchang\\eError']('TIMEOT');",
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: { raw: "'TIMEOT'", candidates: 'TIMEOUT (-1007)' },
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 45,
        },
      ],
    },
    {
      // A callee with an escape in its name.
      code: "throw new \\u0045xchangeError('TIMEOT');",
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: { raw: "'TIMEOT'", candidates: 'TIMEOUT (-1007)' },
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 38,
        },
      ],
    },
    {
      // A matcher after `.rejects`, and one inside a TypeScript wrapper.
      code: 'await expect(order()).rejects.toThrowExchangeError(-121);',
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-121', candidates: 'INVALID_TIMESTAMP (-1021) or BAD_SYMBOL (-1121)' },
          line: 1,
          column: 52,
          endLine: 1,
          endColumn: 56,
        },
      ],
    },
    {
      code: "(expect(error).toBeExchangeError as any)('TIMEOT');",
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: { raw: "'TIMEOT'", candidates: 'TIMEOUT (-1007)' },
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 50,
        },
      ],
    },
    {
      // Every literal argument of `new ExchangeError(…)`.
      code: "throw new ExchangeError('TIMEOT', 'details', -2071);",
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: { raw: "'TIMEOT'", candidates: 'TIMEOUT (-1007)' },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 33,
        },
        {
          messageId: 'unknownName',
          data: { raw: "'details'" },
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 44,
        },
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-2071', candidates: 'BALANCE_NOT_ENOUGH (-2017)' },
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 51,
        },
      ],
    },
    {
      // An import, a binding inside a function and a global: each callee found, the first from its binding.
      code: dedent`
        import { ExchangeError } from './errors.js';
        function reject() {
          const { ExchangeError: Local } = errors, ExchangeError = Local;
          throw new ExchangeError('TIMEOT');
        }
        throw new ExchangeError(-2071);
        throw new globalThis.ExchangeError(-2071);
      `,
      errors: [
        { messageId: 'unknownNameDidYouMean', line: 4, column: 27, endLine: 4, endColumn: 35 },
        { messageId: 'unknownCodeDidYouMean', line: 6, column: 25, endLine: 6, endColumn: 30 },
        { messageId: 'unknownCodeDidYouMean', line: 7, column: 36, endLine: 7, endColumn: 41 },
      ],
    },
    {
      // In a file not written against the catalogue, an argument inside TypeScript wrappers is still one.
      code: dedent`
        throw new ExchangeError(-2071 as number);
        expect(error).toBeExchangeError(-2071 satisfies number);
      `,
      errors: [
        { messageId: 'unknownCodeDidYouMean', line: 1, column: 25, endLine: 1, endColumn: 30 },
        { messageId: 'unknownCodeDidYouMean', line: 2, column: 33, endLine: 2, endColumn: 38 },
      ],
    },
    {
      code: 'throw new ExchangeError(-2071);',
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-2071', candidates: 'BALANCE_NOT_ENOUGH (-2017)' },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 30,
        },
      ],
    },
    {
      code: "await expect(order()).rejects.toThrowExchangeError('BAD_SYMBL');",
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: { raw: "'BAD_SYMBL'", candidates: 'BAD_SYMBOL (-1121)' },
          line: 1,
          column: 52,
          endLine: 1,
          endColumn: 63,
        },
      ],
    },
    {
      code: "expect(error).toBeExchangeError('bad_symbol');",
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: { raw: "'bad_symbol'", candidates: 'BAD_SYMBOL (-1121)' },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 45,
        },
      ],
    },
    {
      code: "expect(error).toBeExchangeError('NOT_A_THING');",
      errors: [
        {
          messageId: 'unknownName',
          data: { raw: "'NOT_A_THING'" },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 46,
        },
      ],
    },
    {
      code: "throw new ExchangeError('TIMEOT');",
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: { raw: "'TIMEOT'", candidates: 'TIMEOUT (-1007)' },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 33,
        },
      ],
    },
    {
      code: "expect(error).toBeExchangeError('-1999');",
      errors: [
        {
          messageId: 'unknownCode',
          data: { raw: "'-1999'" },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 40,
        },
      ],
    },
    {
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.code === ExchangeErrorCode.BAD_SYMBL) skip();
      `,
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: {
            raw: 'ExchangeErrorCode.BAD_SYMBL',
            candidates: 'BAD_SYMBOL (-1121)',
          },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 45,
        },
      ],
    },
    {
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const code = ExchangeErrorCode['BAD_SYMBL'];
      `,
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: {
            raw: "ExchangeErrorCode['BAD_SYMBL']",
            candidates: 'BAD_SYMBOL (-1121)',
          },
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 44,
        },
      ],
    },
    {
      code: dedent`
        import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
        EC.TOO_MANY_REQUEST;
      `,
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: {
            raw: 'EC.TOO_MANY_REQUEST',
            candidates: 'TOO_MANY_REQUESTS (-1003)',
          },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 20,
        },
      ],
    },
    {
      code: dedent`
        import * as errors from '@exchange-errors/catalogue';
        errors.ExchangeErrorCode.NOPE;
      `,
      errors: [
        {
          messageId: 'unknownName',
          data: { raw: 'errors.ExchangeErrorCode.NOPE' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 30,
        },
      ],
    },
    {
      code: 'if (err.status === -1211) retry();',
      options: [{ codePattern: '^status$', numbers: 'all' }],
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-1211', candidates: 'BAD_SYMBOL (-1121)' },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 25,
        },
      ],
    },
    {
      // With a custom catalogue, its codes and names are the valid ones and the hint comes from it.
      code: dedent`
        import { ExchangeErrorCode } from '#venue-errors';
        if (err.code === -1121 || err.code === -9010) skip();
        ExchangeErrorCode.VENUE_DWN;
      `,
      settings: customCatalogueSettings,
      errors: [
        {
          messageId: 'unknownCode',
          data: { raw: '-1121' },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
        },
        {
          messageId: 'unknownCodeDidYouMean',
          data: { raw: '-9010', candidates: 'VENUE_DOWN (-9001)' },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
        },
        {
          messageId: 'unknownNameDidYouMean',
          data: {
            raw: 'ExchangeErrorCode.VENUE_DWN',
            candidates: 'VENUE_DOWN (-9001)',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 28,
        },
      ],
    },
  ],
});

createJavaScriptRuleTester().run('no-unknown-error-code (JavaScript)', rule, {
  valid: ['if (err.code === -1121) retry()', 'setTimeout(f, 1000)'],
  invalid: [
    {
      code: 'if ([-1001, -1010].includes(err.code)) retry()',
      options: [{ numbers: 'all' }],
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: {
            raw: '-1010',
            candidates: 'DISCONNECTED (-1001) or ILLEGAL_CHARS (-1100)',
          },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 18,
        },
      ],
    },
    {
      code: dedent`
        import { ExchangeErrorCode } from "@exchange-errors/catalogue"
        ExchangeErrorCode.TIMEOT
      `,
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: {
            raw: 'ExchangeErrorCode.TIMEOT',
            candidates: 'TIMEOUT (-1007)',
          },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 25,
        },
      ],
    },
  ],
});

createCommonJsRuleTester().run('no-unknown-error-code (CommonJS)', rule, {
  valid: [
    dedent`
      const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
      ExchangeErrorCode.TIMEOUT;
    `,
  ],
  invalid: [
    {
      code: dedent`
        const { ExchangeErrorCode: EC } = require('@exchange-errors/catalogue');
        EC.TIMEOT;
      `,
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: { raw: 'EC.TIMEOT', candidates: 'TIMEOUT (-1007)' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
        },
      ],
    },
    {
      code: dedent`
        const errors = require('@exchange-errors/catalogue');
        if (err.code === errors.ExchangeErrorCode.BAD_SYMBL || err.code === -1999) skip();
      `,
      errors: [
        {
          messageId: 'unknownNameDidYouMean',
          data: {
            raw: 'errors.ExchangeErrorCode.BAD_SYMBL',
            candidates: 'BAD_SYMBOL (-1121)',
          },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 52,
        },
        {
          messageId: 'unknownCode',
          data: { raw: '-1999' },
          line: 2,
          column: 69,
          endLine: 2,
          endColumn: 74,
        },
      ],
    },
  ],
});

describe('no-unknown-error-code options', () => {
  const lint = (options: unknown) =>
    new Linter({ configType: 'flat' }).verify('x;', [
      plugin.configs.recommended as Linter.Config,
      { rules: { '@exchange-errors/no-unknown-error-code': ['error', options] } },
    ]);

  it.each([
    ['an unknown option', { ignore: [] }, /should NOT have additional properties/],
    ['a codePattern that is not a string', { codePattern: 42 }, /codePattern.*should be string|should be string/],
    [
      'a codePattern that is not a regular expression',
      { codePattern: '(' },
      /option codePattern is "\(", which is not a valid regular expression/,
    ],
  ])('rejects %s', (_, options, message) => {
    expect(() => lint(options)).toThrow(message);
  });

  it('accepts the defaults', () => {
    expect(lint({})).toEqual([]);
  });
});
