import path from 'node:path';
import rule from '../../src/rules/no-magic-error-codes.js';
import { dedent } from '../dedent.js';
import {
  commonjsPackageDirectory,
  createCommonJsRuleTester,
  createJavaScriptRuleTester,
  createTypeScriptRuleTester,
  customCatalogueSettings,
  modulePackageDirectory,
} from '../rule-tester.js';

createTypeScriptRuleTester().run('no-magic-error-codes', rule, {
  valid: [
    'if (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();',
    'arr.slice(-1000);',
    'const y = x * -1000;',
    'setTimeout(f, 1000);',
    'let limit = -1000;',
    'if (err.code === -4242) retry();',
    'if (err.status === -1121) retry();',
    'type Code = -1121;',
    'const tries = [-1021, -1000];',
    {
      code: 'if (err.code === -1000) retry();',
      options: [{ ignore: [-1000] }],
    },
    {
      code: 'if (err.code === -1000) retry();',
      options: [{ ignore: ['UNKNOWN'] }],
    },
    {
      code: 'if (err.status === -1121) retry();',
      options: [{ codePattern: '^code$' }],
    },
    {
      code: 'if (err.code === -1121) retry();',
      settings: customCatalogueSettings,
    },
  ],
  invalid: [
    {
      code: 'if (err.code === -1121) retry();',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          data: { raw: '-1121', constant: 'ExchangeErrorCode.BAD_SYMBOL' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      code: dedent`
        import { x } from './x';
        if (e.response?.data?.code !== -2013) retry();
      `,
      output: dedent`
        import { x } from './x';
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (e.response?.data?.code !== ExchangeErrorCode.NO_SUCH_ORDER) retry();
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 37,
        },
      ],
    },
    {
      code: dedent`
        import { catalogue } from '@exchange-errors/catalogue';
        if (-1021 === Number(body.code)) retry();
      `,
      output: dedent`
        import { catalogue, ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (ExchangeErrorCode.INVALID_TIMESTAMP === Number(body.code)) retry();
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 10,
        },
      ],
    },
    {
      code: dedent`
        import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
        if (err.errorCode == -1121) retry();
      `,
      output: dedent`
        import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
        if (err.errorCode == EC.BAD_SYMBOL) retry();
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          data: { raw: '-1121', constant: 'EC.BAD_SYMBOL' },
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 27,
        },
      ],
    },
    {
      code: dedent`
        import * as errors from '@exchange-errors/catalogue';
        if (err.code === -1121) retry();
      `,
      output: dedent`
        import * as errors from '@exchange-errors/catalogue';
        if (err.code === errors.ExchangeErrorCode.BAD_SYMBOL) retry();
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
        },
      ],
    },
    {
      code: dedent`
        import type { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.code === -1121) retry();
      `,
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
        },
      ],
    },
    {
      code: dedent`
        import type { Catalogue, ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.code === -1121) retry();
      `,
      output: dedent`
        import { type Catalogue, ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
        },
      ],
    },
    {
      code: dedent`
        import { catalogue, type ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.code === -1121) retry();
      `,
      output: dedent`
        import { catalogue, ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
        },
      ],
    },
    {
      // Every fix brings the import, so a disabled sibling never leaves a dangling constant; a second pass finishes.
      code: dedent`
        switch (err.code) {
          case -1003: wait(); break;
          case -1007: check(); break;
        }
      `,
      output: [
        dedent`
          import { ExchangeErrorCode } from '@exchange-errors/catalogue';
          switch (err.code) {
            case ExchangeErrorCode.TOO_MANY_REQUESTS: wait(); break;
            case -1007: check(); break;
          }
        `,
        dedent`
          import { ExchangeErrorCode } from '@exchange-errors/catalogue';
          switch (err.code) {
            case ExchangeErrorCode.TOO_MANY_REQUESTS: wait(); break;
            case ExchangeErrorCode.TIMEOUT: check(); break;
          }
        `,
      ],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 13,
        },
        {
          messageId: 'magicErrorCode',
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 13,
        },
      ],
    },
    {
      code: dedent`
        switch (status) {
          case -1003: wait(); break;
          case ExchangeErrorCode.TIMEOUT: check(); break;
        }
      `,
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        switch (status) {
          case ExchangeErrorCode.TOO_MANY_REQUESTS: wait(); break;
          case ExchangeErrorCode.TIMEOUT: check(); break;
        }
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 13,
        },
      ],
    },
    {
      code: 'const retryErrors = [-1021, 5];',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, 5];
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 27,
        },
      ],
    },
    {
      // Fixing every element would narrow the array to literal codes and break `includes(code: number)`.
      code: 'const retryErrors = [-1021, -1000];',
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: {
                raw: '-1021',
                constant: 'ExchangeErrorCode.INVALID_TIMESTAMP',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                const retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, -1000];
              `,
            },
          ],
        },
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1000', constant: 'ExchangeErrorCode.UNKNOWN' },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                const retryErrors = [-1021, ExchangeErrorCode.UNKNOWN];
              `,
            },
          ],
        },
      ],
    },
    {
      code: 'if ([-1001, -1003].includes(code)) retry();',
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if ([ExchangeErrorCode.DISCONNECTED, -1003].includes(code)) retry();
              `,
            },
          ],
        },
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if ([-1001, ExchangeErrorCode.TOO_MANY_REQUESTS].includes(code)) retry();
              `,
            },
          ],
        },
      ],
    },
    {
      code: 'const retryErrors: number[] = [-1021, -1000];',
      output: [
        dedent`
          import { ExchangeErrorCode } from '@exchange-errors/catalogue';
          const retryErrors: number[] = [ExchangeErrorCode.INVALID_TIMESTAMP, -1000];
        `,
        dedent`
          import { ExchangeErrorCode } from '@exchange-errors/catalogue';
          const retryErrors: number[] = [ExchangeErrorCode.INVALID_TIMESTAMP, ExchangeErrorCode.UNKNOWN];
        `,
      ],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 37,
        },
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 44,
        },
      ],
    },
    {
      code: dedent`
        let retryErrors: number[] = [];
        retryErrors = [-1021];
      `,
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        let retryErrors: number[] = [];
        retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP];
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'const retryErrors = [-1021, -1000] as number[];',
      output: [
        dedent`
          import { ExchangeErrorCode } from '@exchange-errors/catalogue';
          const retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, -1000] as number[];
        `,
        dedent`
          import { ExchangeErrorCode } from '@exchange-errors/catalogue';
          const retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, ExchangeErrorCode.UNKNOWN] as number[];
        `,
      ],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 27,
        },
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 34,
        },
      ],
    },
    {
      // An ignored code stays a number, so the array keeps `number[]`.
      code: 'const retryErrors = [-1021, -1000];',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, -1000];
      `,
      options: [{ ignore: ['UNKNOWN'] }],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 27,
        },
      ],
    },
    {
      code: 'if ([-1001, 7].includes(code)) retry();',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if ([ExchangeErrorCode.DISCONNECTED, 7].includes(code)) retry();
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 11,
        },
      ],
    },
    {
      code: 'const retryable = new Set([-1001 as const]);',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const retryable = new Set([ExchangeErrorCode.DISCONNECTED as const]);
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 33,
        },
      ],
    },
    {
      code: 'const handlers = { exceptions: { exact: { [-1121]: skip } } };',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const handlers = { exceptions: { exact: { [ExchangeErrorCode.BAD_SYMBOL]: skip } } };
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 44,
          endLine: 1,
          endColumn: 49,
        },
      ],
    },
    {
      code: 'throw new ExchangeError(-2017);',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        throw new ExchangeError(ExchangeErrorCode.BALANCE_NOT_ENOUGH);
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 30,
        },
      ],
    },
    {
      code: 'await expect(order()).rejects.toBeExchangeError(-2017);',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        await expect(order()).rejects.toBeExchangeError(ExchangeErrorCode.BALANCE_NOT_ENOUGH);
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 49,
          endLine: 1,
          endColumn: 54,
        },
      ],
    },
    {
      code: "if (err.code === '-1121') retry();",
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          data: { raw: "'-1121'", constant: 'ExchangeErrorCode.BAD_SYMBOL' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: {
                raw: "'-1121'",
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();
              `,
            },
          ],
        },
      ],
    },
    {
      code: "const errorMessages = { '-1121': 'bad symbol' };",
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: {
                raw: "'-1121'",
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                const errorMessages = { [ExchangeErrorCode.BAD_SYMBOL]: 'bad symbol' };
              `,
            },
          ],
        },
      ],
    },
    {
      // A local ExchangeErrorCode would shadow the import: report without a fix.
      code: dedent`
        const ExchangeErrorCode = {};
        if (err.code === -1121) retry();
      `,
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      code: 'let limit = -1000;',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        let limit = ExchangeErrorCode.UNKNOWN;
      `,
      options: [{ contexts: 'all' }],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 18,
        },
      ],
    },
    {
      code: 'if (err.status === -1121) retry();',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.status === ExchangeErrorCode.BAD_SYMBOL) retry();
      `,
      options: [{ codePattern: '^status$' }],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 25,
        },
      ],
    },
    {
      code: 'if (err.code === -9001) retry();',
      output: dedent`
        import { ExchangeErrorCode } from '#venue-errors';
        if (err.code === ExchangeErrorCode.VENUE_DOWN) retry();
      `,
      settings: customCatalogueSettings,
      errors: [
        {
          messageId: 'magicErrorCode',
          data: { raw: '-9001', constant: 'ExchangeErrorCode.VENUE_DOWN' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
  ],
});

createJavaScriptRuleTester().run('no-magic-error-codes (JavaScript)', rule, {
  valid: ['arr.slice(-1000);'],
  invalid: [
    {
      code: dedent`
        import { ok } from "./ok.js"
        if (err.code === -1007) retry()
      `,
      output: dedent`
        import { ok } from "./ok.js"
        import { ExchangeErrorCode } from "@exchange-errors/catalogue"
        if (err.code === ExchangeErrorCode.TIMEOUT) retry()
      `,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
        },
      ],
    },
    {
      // Without static types an array cannot narrow, so every element is fixed.
      filename: 'retry.js',
      code: 'const retryErrors = [-1021, -1000];',
      output: [
        dedent`
          import { ExchangeErrorCode } from '@exchange-errors/catalogue';
          const retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, -1000];
        `,
        dedent`
          import { ExchangeErrorCode } from '@exchange-errors/catalogue';
          const retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, ExchangeErrorCode.UNKNOWN];
        `,
      ],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 27,
        },
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 34,
        },
      ],
    },
  ],
});

createCommonJsRuleTester().run('no-magic-error-codes (CommonJS)', rule, {
  valid: [
    dedent`
      const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
      if (err.code === ExchangeErrorCode.TIMEOUT) retry();
    `,
  ],
  invalid: [
    {
      code: dedent`
        'use strict';
        if (err.code === -1007) retry();
      `,
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'ExchangeErrorCode.TIMEOUT' },
              output: dedent`
                'use strict';
                const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
                if (err.code === ExchangeErrorCode.TIMEOUT) retry();
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const errors = require('@exchange-errors/catalogue');
        if (err.code === -1007) retry();
      `,
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: {
                raw: '-1007',
                constant: 'errors.ExchangeErrorCode.TIMEOUT',
              },
              output: dedent`
                const errors = require('@exchange-errors/catalogue');
                if (err.code === errors.ExchangeErrorCode.TIMEOUT) retry();
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const { ExchangeErrorCode: EC } = require('@exchange-errors/catalogue');
        if (err.code === -1007) retry();
      `,
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'EC.TIMEOUT' },
              output: dedent`
                const { ExchangeErrorCode: EC } = require('@exchange-errors/catalogue');
                if (err.code === EC.TIMEOUT) retry();
              `,
            },
          ],
        },
      ],
    },
  ],
});

// Found by the rule fuzzer (tests/fuzz): minified code, class and interface member keys, module names.
createTypeScriptRuleTester().run('no-magic-error-codes: fixes of fuzzed code parse', rule, {
  valid: [
    {
      code: "export * as '-1121' from './codes';",
      options: [{ contexts: 'all' }],
    },
    {
      code: "import table from '-1121';",
      options: [{ contexts: 'all' }],
    },
    {
      code: "export { table as '-1121' } from './codes';",
      options: [{ contexts: 'all' }],
    },
    {
      code: "declare module '-1121' {}",
      options: [{ contexts: 'all' }],
    },
    {
      code: "enum Names { '-1121' = 1 }",
      options: [{ contexts: 'all' }],
    },
  ],
  invalid: [
    {
      code: 'switch(err.code){case-1121:break;case-1000:break}',
      // Both fixes add the import, so they land in two passes.
      output: [
        dedent`
          import { ExchangeErrorCode } from '@exchange-errors/catalogue';
          switch(err.code){case ExchangeErrorCode.BAD_SYMBOL:break;case-1000:break}
        `,
        dedent`
          import { ExchangeErrorCode } from '@exchange-errors/catalogue';
          switch(err.code){case ExchangeErrorCode.BAD_SYMBOL:break;case ExchangeErrorCode.UNKNOWN:break}
        `,
      ],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 27,
        },
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 43,
        },
      ],
    },
    {
      code: 'function f(){return-1121}',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        function f(){return ExchangeErrorCode.BAD_SYMBOL}
      `,
      options: [{ contexts: 'all' }],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 25,
        },
      ],
    },
    {
      code: "if('-1121'in table)skip();",
      output: null,
      options: [{ contexts: 'all' }],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: {
                raw: "'-1121'",
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if(ExchangeErrorCode.BAD_SYMBOL in table)skip();
              `,
            },
          ],
        },
      ],
    },
    {
      code: "class Errors { static '-1121' = 1; '-1000'() {} get '-1001'() { return 1; } }",
      output: null,
      options: [{ contexts: 'all' }],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: {
                raw: "'-1121'",
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                class Errors { static [ExchangeErrorCode.BAD_SYMBOL] = 1; '-1000'() {} get '-1001'() { return 1; } }
              `,
            },
          ],
        },
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: "'-1000'", constant: 'ExchangeErrorCode.UNKNOWN' },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                class Errors { static '-1121' = 1; [ExchangeErrorCode.UNKNOWN]() {} get '-1001'() { return 1; } }
              `,
            },
          ],
        },
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 53,
          endLine: 1,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: {
                raw: "'-1001'",
                constant: 'ExchangeErrorCode.DISCONNECTED',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                class Errors { static '-1121' = 1; '-1000'() {} get [ExchangeErrorCode.DISCONNECTED]() { return 1; } }
              `,
            },
          ],
        },
      ],
    },
    {
      code: "interface Payload { '-1121': string }",
      output: null,
      options: [{ contexts: 'all' }],
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: {
                raw: "'-1121'",
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                interface Payload { [ExchangeErrorCode.BAD_SYMBOL]: string }
              `,
            },
          ],
        },
      ],
    },
  ],
});

// No edit where TypeScript needs a constant expression (TS2474, TS1066, TS1061) or where a number is computed with.
createTypeScriptRuleTester().run('no-magic-error-codes: constant expressions and computed numbers', rule, {
  valid: [
    'if (err.code <= -1100 && err.code >= -1121) reject();',
    'const fee = err.code - -1000;',
    // A switch whose other cases are a project's own constants is no switch over catalogue codes.
    dedent`
      const Local = { TIMEOUT: 1 };
      switch (status) {
        case -1003: wait(); break;
        case Local.TIMEOUT: check(); break;
      }
    `,
  ],
  invalid: [
    {
      code: dedent`
        const enum Codes {
          BadSymbol = -1121,
        }
      `,
      output: null,
      options: [{ contexts: 'all' }],
      errors: [{ messageId: 'magicErrorCode', line: 2, column: 15, endLine: 2, endColumn: 20, suggestions: [] }],
    },
    {
      code: dedent`
        declare enum Codes {
          BadSymbol = -1121,
        }
      `,
      output: null,
      options: [{ contexts: 'all' }],
      errors: [{ messageId: 'magicErrorCode', line: 2, column: 15, endLine: 2, endColumn: 20, suggestions: [] }],
    },
    {
      code: dedent`
        declare namespace Venue {
          enum Codes {
            BadSymbol = -1121,
          }
        }
      `,
      output: null,
      options: [{ contexts: 'all' }],
      errors: [{ messageId: 'magicErrorCode', line: 3, column: 17, endLine: 3, endColumn: 22, suggestions: [] }],
    },
    {
      code: dedent`
        enum Codes {
          Unknown = -1000,
          BadSymbol = -1121,
          Next,
        }
      `,
      // Only the member before the auto-incremented one keeps its number.
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        enum Codes {
          Unknown = ExchangeErrorCode.UNKNOWN,
          BadSymbol = -1121,
          Next,
        }
      `,
      options: [{ contexts: 'all' }],
      errors: [
        { messageId: 'magicErrorCode', line: 2, column: 13, endLine: 2, endColumn: 18 },
        { messageId: 'magicErrorCode', line: 3, column: 15, endLine: 3, endColumn: 20, suggestions: [] },
      ],
    },
    {
      code: 'if (code <= -1100 && code >= -1121) reject();',
      output: null,
      options: [{ contexts: 'all' }],
      errors: [
        { messageId: 'magicErrorCode', line: 1, column: 13, endLine: 1, endColumn: 18, suggestions: [] },
        { messageId: 'magicErrorCode', line: 1, column: 30, endLine: 1, endColumn: 35, suggestions: [] },
      ],
    },
    {
      code: dedent`
        const stats = { roi: -1000 * x, shifted: -1000 + n };
        total += -1000;
      `,
      output: null,
      options: [{ contexts: 'all' }],
      errors: [
        { messageId: 'magicErrorCode', line: 1, column: 22, endLine: 1, endColumn: 27, suggestions: [] },
        { messageId: 'magicErrorCode', line: 1, column: 42, endLine: 1, endColumn: 47, suggestions: [] },
        { messageId: 'magicErrorCode', line: 2, column: 10, endLine: 2, endColumn: 15, suggestions: [] },
      ],
    },
  ],
});

// Which files are CommonJS: the extension, the file's own statements, then the nearest package.json.
createJavaScriptRuleTester().run('no-magic-error-codes: CommonJS told by the file', rule, {
  valid: [],
  invalid: [
    {
      // A `.js` file that requires is CommonJS, whatever ESLint's default `sourceType: 'module'` says.
      filename: 'bot.js',
      code: dedent`
        const ccxt = require('ccxt');
        if (err.code === -1007) retry();
      `,
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'ExchangeErrorCode.TIMEOUT' },
              output: dedent`
                const ccxt = require('ccxt');
                const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
                if (err.code === ExchangeErrorCode.TIMEOUT) retry();
              `,
            },
          ],
        },
      ],
    },
    {
      // `exports.x =` makes a file CommonJS too.
      filename: 'handlers.js',
      code: dedent`
        require('dotenv').config();
        exports.shouldResync = (err) => err.code === -1021;
      `,
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1021', constant: 'ExchangeErrorCode.INVALID_TIMESTAMP' },
              output: dedent`
                const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
                require('dotenv').config();
                exports.shouldResync = (err) => err.code === ExchangeErrorCode.INVALID_TIMESTAMP;
              `,
            },
          ],
        },
      ],
    },
    {
      // A file without either kind of statement follows the nearest package.json.
      filename: path.join(commonjsPackageDirectory, 'retry.js'),
      code: 'if (err.code === -1007) retry();',
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'ExchangeErrorCode.TIMEOUT' },
              output: dedent`
                const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
                if (err.code === ExchangeErrorCode.TIMEOUT) retry();
              `,
            },
          ],
        },
      ],
    },
    {
      // `.cjs` is CommonJS by its extension.
      filename: 'retry.cjs',
      code: 'if (err.code === -1007) retry();',
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'ExchangeErrorCode.TIMEOUT' },
              output: dedent`
                const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
                if (err.code === ExchangeErrorCode.TIMEOUT) retry();
              `,
            },
          ],
        },
      ],
    },
    {
      filename: path.join(modulePackageDirectory, 'retry.js'),
      code: 'if (err.code === -1007) retry();',
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if (err.code === ExchangeErrorCode.TIMEOUT) retry();
      `,
      errors: [{ messageId: 'magicErrorCode', line: 1, column: 18, endLine: 1, endColumn: 23 }],
    },
    {
      // `.mjs` is a module by its extension, and `import` makes one of a `.js` file: its `require` is its own.
      filename: 'bot.mjs',
      code: dedent`
        import { createRequire } from 'node:module';
        const require = createRequire(import.meta.url);
        const ccxt = require('ccxt');
        if (err.code === -1007) retry();
      `,
      output: dedent`
        import { createRequire } from 'node:module';
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const require = createRequire(import.meta.url);
        const ccxt = require('ccxt');
        if (err.code === ExchangeErrorCode.TIMEOUT) retry();
      `,
      errors: [{ messageId: 'magicErrorCode', line: 4, column: 18, endLine: 4, endColumn: 23 }],
    },
  ],
});

const otherExchangeMessage = (raw: string, given: string, name: string) => ({
  messageId: 'codeNamedOtherwise' as const,
  data: { raw, given, name, constant: `ExchangeErrorCode.${name}` },
});

createTypeScriptRuleTester().run('no-magic-error-codes: names the code gives a literal', rule, {
  valid: [],
  invalid: [
    {
      // A name that agrees with the catalogue's: the edit is offered (a suggestion, as the key is a string).
      code: dedent`
        const exceptions = {
          '-1021': InvalidNonce, // INVALID_TIMESTAMP
        };
      `,
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: "'-1021'", constant: 'ExchangeErrorCode.INVALID_TIMESTAMP' },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                const exceptions = {
                  [ExchangeErrorCode.INVALID_TIMESTAMP]: InvalidNonce, // INVALID_TIMESTAMP
                };
              `,
            },
          ],
        },
      ],
    },
    {
      // Another exchange's -1004: named in the comment, no fix and no suggestion.
      code: dedent`
        const exceptions = {
          '-1004': DuplicateOrderId, // DUPLICATE_IP
        };
      `,
      output: null,
      errors: [
        {
          ...otherExchangeMessage("'-1004'", 'DUPLICATE_IP', 'NO_THIS_COMPANY'),
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 10,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        enum BinanceCode {
          ServerBusy = -1004,
          TooManyRequests = -1003,
        }
        const errorCodes = { SERVER_BUSY: -1004 };
      `,
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        enum BinanceCode {
          ServerBusy = -1004,
          TooManyRequests = ExchangeErrorCode.TOO_MANY_REQUESTS,
        }
        const errorCodes = { SERVER_BUSY: -1004 };
      `,
      options: [{ contexts: 'all' }],
      errors: [
        {
          ...otherExchangeMessage('-1004', 'ServerBusy', 'NO_THIS_COMPANY'),
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 21,
        },
        { messageId: 'magicErrorCode', line: 3, column: 21, endLine: 3, endColumn: 26 },
        {
          ...otherExchangeMessage('-1004', 'SERVER_BUSY', 'NO_THIS_COMPANY'),
          line: 5,
          column: 35,
          endLine: 5,
          endColumn: 40,
        },
      ],
    },
    {
      code: 'if (err.code === -1004 /* DUPLICATE_IP */) retry();',
      output: null,
      errors: [
        {
          ...otherExchangeMessage('-1004', 'DUPLICATE_IP', 'NO_THIS_COMPANY'),
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
  ],
});

const magic = (raw: string, name: string) => ({
  messageId: 'magicErrorCode' as const,
  data: { raw, constant: `ExchangeErrorCode.${name}` },
});

createJavaScriptRuleTester().run('no-magic-error-codes: shapes of bot code', rule, {
  valid: [
    // A constant no use reads as a code, and numbers compared with other names.
    dedent`
      const PAGE = -1000;
      items.slice(PAGE);
    `,
    'expect(total).toBe(-1000);',
    'assert.equal(balance, -1000);',
    'if ([-1000, 5].some((x) => x === limit)) skip();',
    'process(items, [-1000]);',
    'const { status: s } = err; if (s === -1000) skip();',
  ],
  invalid: [
    {
      // Reported and fixed at the declaration, found through the constant's use.
      filename: 'bot.js',
      code: dedent`
        const ORDER_GONE = -2013;
        export function isGone(err) {
          return err.code === ORDER_GONE;
        }
      `,
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const ORDER_GONE = ExchangeErrorCode.NO_SUCH_ORDER;
        export function isGone(err) {
          return err.code === ORDER_GONE;
        }
      `,
      errors: [{ ...magic('-2013', 'NO_SUCH_ORDER'), line: 1, column: 20, endLine: 1, endColumn: 25 }],
    },
    {
      filename: 'bot.js',
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const { code: c } = err;
        if (c === -1121 || apiError.numericCode === -1121 || bnCode === -1121) skip();
      `,
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const { code: c } = err;
        if (c === ExchangeErrorCode.BAD_SYMBOL || apiError.numericCode === ExchangeErrorCode.BAD_SYMBOL || bnCode === ExchangeErrorCode.BAD_SYMBOL) skip();
      `,
      errors: [
        { ...magic('-1121', 'BAD_SYMBOL'), line: 3, column: 11, endLine: 3, endColumn: 16 },
        { ...magic('-1121', 'BAD_SYMBOL'), line: 3, column: 45, endLine: 3, endColumn: 50 },
        { ...magic('-1121', 'BAD_SYMBOL'), line: 3, column: 65, endLine: 3, endColumn: 70 },
      ],
    },
    {
      filename: 'bot.test.js',
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        expect(err.code).toBe(-1121);
        expect(err.code).not.toStrictEqual(-1121);
        expect([-1003, -1015]).toContain(err.code);
        assert.strictEqual(-1121, e.code);
      `,
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        expect(err.code).toBe(ExchangeErrorCode.BAD_SYMBOL);
        expect(err.code).not.toStrictEqual(ExchangeErrorCode.BAD_SYMBOL);
        expect([ExchangeErrorCode.TOO_MANY_REQUESTS, ExchangeErrorCode.TOO_MANY_ORDERS]).toContain(err.code);
        assert.strictEqual(ExchangeErrorCode.BAD_SYMBOL, e.code);
      `,
      errors: [
        { ...magic('-1121', 'BAD_SYMBOL'), line: 2, column: 23, endLine: 2, endColumn: 28 },
        { ...magic('-1121', 'BAD_SYMBOL'), line: 3, column: 36, endLine: 3, endColumn: 41 },
        { ...magic('-1003', 'TOO_MANY_REQUESTS'), line: 4, column: 9, endLine: 4, endColumn: 14 },
        { ...magic('-1015', 'TOO_MANY_ORDERS'), line: 4, column: 16, endLine: 4, endColumn: 21 },
        { ...magic('-1121', 'BAD_SYMBOL'), line: 5, column: 20, endLine: 5, endColumn: 25 },
      ],
    },
    {
      filename: 'bot.js',
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if ([-1021, -1003].some((c) => c === err.code)) retry();
        const handlers = new Map([[-1021, resync]]);
      `,
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        if ([ExchangeErrorCode.INVALID_TIMESTAMP, ExchangeErrorCode.TOO_MANY_REQUESTS].some((c) => c === err.code)) retry();
        const handlers = new Map([[ExchangeErrorCode.INVALID_TIMESTAMP, resync]]);
      `,
      errors: [
        { ...magic('-1021', 'INVALID_TIMESTAMP'), line: 2, column: 6, endLine: 2, endColumn: 11 },
        { ...magic('-1003', 'TOO_MANY_REQUESTS'), line: 2, column: 13, endLine: 2, endColumn: 18 },
        { ...magic('-1021', 'INVALID_TIMESTAMP'), line: 3, column: 28, endLine: 3, endColumn: 33 },
      ],
    },
    {
      // A list passed to a function named for retries, or to a parameter so named.
      filename: 'bot.js',
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        withRetry(fn, [-1003, -1015]);
        function run(task, retryOn) {
          return task(retryOn);
        }
        run(task, [-1000]);
      `,
      output: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        withRetry(fn, [ExchangeErrorCode.TOO_MANY_REQUESTS, ExchangeErrorCode.TOO_MANY_ORDERS]);
        function run(task, retryOn) {
          return task(retryOn);
        }
        run(task, [ExchangeErrorCode.UNKNOWN]);
      `,
      errors: [
        { ...magic('-1003', 'TOO_MANY_REQUESTS'), line: 2, column: 16, endLine: 2, endColumn: 21 },
        { ...magic('-1015', 'TOO_MANY_ORDERS'), line: 2, column: 23, endLine: 2, endColumn: 28 },
        { ...magic('-1000', 'UNKNOWN'), line: 6, column: 12, endLine: 6, endColumn: 17 },
      ],
    },
  ],
});

createTypeScriptRuleTester().run('no-magic-error-codes: map keys in TypeScript', rule, {
  valid: [],
  invalid: [
    {
      // The key type would narrow to the constant's: `handlers.get(code)` with `code: number` would not compile.
      code: 'const handlers = new Map([[-1021, resync]]);',
      output: null,
      errors: [
        {
          ...magic('-1021', 'INVALID_TIMESTAMP'),
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1021', constant: 'ExchangeErrorCode.INVALID_TIMESTAMP' },
              output: `import { ExchangeErrorCode } from '@exchange-errors/catalogue';\nconst handlers = new Map([[ExchangeErrorCode.INVALID_TIMESTAMP, resync]]);`,
            },
          ],
        },
      ],
    },
    {
      code: 'const handlers = new Map<number, () => void>([[-1021, resync]]);',
      output: `import { ExchangeErrorCode } from '@exchange-errors/catalogue';\nconst handlers = new Map<number, () => void>([[ExchangeErrorCode.INVALID_TIMESTAMP, resync]]);`,
      errors: [{ ...magic('-1021', 'INVALID_TIMESTAMP'), line: 1, column: 48, endLine: 1, endColumn: 53 }],
    },
  ],
});
