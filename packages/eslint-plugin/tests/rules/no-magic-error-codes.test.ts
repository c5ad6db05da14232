import rule from '../../src/rules/no-magic-error-codes.js';
import path from 'node:path';
import { commonjsTester, customCatalogueSettings, javascriptTester, typescriptTester } from '../rule-tester.js';
import { commonjsPackageDirectory, modulePackageDirectory } from '../rule-tester.js';

const IMPORT = "import { ExchangeErrorCode } from '@exchange-errors/catalogue';";

typescriptTester.run('no-magic-error-codes', rule, {
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
    { code: 'if (err.code === -1000) retry();', options: [{ ignore: [-1000] }] },
    { code: 'if (err.code === -1000) retry();', options: [{ ignore: ['UNKNOWN'] }] },
    { code: 'if (err.status === -1121) retry();', options: [{ codePattern: '^code$' }] },
    { code: 'if (err.code === -1121) retry();', settings: customCatalogueSettings },
    // Where a constant expression is required or the number is computed with: codes stay numbers.
    `if (err.code <= -1100 && err.code >= -1121) reject();`,
    `const fee = err.code - -1000;`,
    // A switch whose other cases are a project's own constants is no switch over catalogue codes.
    `const Local = { TIMEOUT: 1 };
switch (status) {
  case -1003: wait(); break;
  case Local.TIMEOUT: check(); break;
}`,
  ],
  invalid: [
    {
      code: 'if (err.code === -1121) retry();',
      output: `${IMPORT}\nif (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();`,
      errors: [
        {
          messageId: 'magicErrorCode',
          data: { raw: '-1121', constant: 'ExchangeErrorCode.BAD_SYMBOL' },
          column: 18,
          endColumn: 23,
        },
      ],
    },
    {
      code: "import { x } from './x';\nif (e.response?.data?.code !== -2013) retry();",
      output: `import { x } from './x';\n${IMPORT}\nif (e.response?.data?.code !== ExchangeErrorCode.NO_SUCH_ORDER) retry();`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: "import { catalogue } from '@exchange-errors/catalogue';\nif (-1021 === Number(body.code)) retry();",
      output:
        "import { catalogue, ExchangeErrorCode } from '@exchange-errors/catalogue';\nif (ExchangeErrorCode.INVALID_TIMESTAMP === Number(body.code)) retry();",
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: "import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';\nif (err.errorCode == -1121) retry();",
      output:
        "import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';\nif (err.errorCode == EC.BAD_SYMBOL) retry();",
      errors: [{ messageId: 'magicErrorCode', data: { raw: '-1121', constant: 'EC.BAD_SYMBOL' } }],
    },
    {
      code: "import * as errors from '@exchange-errors/catalogue';\nif (err.code === -1121) retry();",
      output:
        "import * as errors from '@exchange-errors/catalogue';\nif (err.code === errors.ExchangeErrorCode.BAD_SYMBOL) retry();",
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: "import type { ExchangeErrorCode } from '@exchange-errors/catalogue';\nif (err.code === -1121) retry();",
      output: `${IMPORT}\nif (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: "import type { Catalogue, ExchangeErrorCode } from '@exchange-errors/catalogue';\nif (err.code === -1121) retry();",
      output:
        "import { type Catalogue, ExchangeErrorCode } from '@exchange-errors/catalogue';\nif (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();",
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: "import { catalogue, type ExchangeErrorCode } from '@exchange-errors/catalogue';\nif (err.code === -1121) retry();",
      output:
        "import { catalogue, ExchangeErrorCode } from '@exchange-errors/catalogue';\nif (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();",
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      // Every fix brings the import, so a disabled sibling never leaves a dangling constant; a second pass finishes.
      code: 'switch (err.code) {\n  case -1003: wait(); break;\n  case -1007: check(); break;\n}',
      output: [
        `${IMPORT}\nswitch (err.code) {\n  case ExchangeErrorCode.TOO_MANY_REQUESTS: wait(); break;\n  case -1007: check(); break;\n}`,
        `${IMPORT}\nswitch (err.code) {\n  case ExchangeErrorCode.TOO_MANY_REQUESTS: wait(); break;\n  case ExchangeErrorCode.TIMEOUT: check(); break;\n}`,
      ],
      errors: [{ messageId: 'magicErrorCode' }, { messageId: 'magicErrorCode' }],
    },
    {
      code: 'switch (status) {\n  case -1003: wait(); break;\n  case ExchangeErrorCode.TIMEOUT: check(); break;\n}',
      output: `${IMPORT}\nswitch (status) {\n  case ExchangeErrorCode.TOO_MANY_REQUESTS: wait(); break;\n  case ExchangeErrorCode.TIMEOUT: check(); break;\n}`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: 'const retryErrors = [-1021, 5];',
      output: `${IMPORT}\nconst retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, 5];`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      // Fixing every element would narrow the array to literal codes and break `includes(code: number)`.
      code: 'const retryErrors = [-1021, -1000];',
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1021', constant: 'ExchangeErrorCode.INVALID_TIMESTAMP' },
              output: `${IMPORT}\nconst retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, -1000];`,
            },
          ],
        },
        {
          messageId: 'magicErrorCode',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1000', constant: 'ExchangeErrorCode.UNKNOWN' },
              output: `${IMPORT}\nconst retryErrors = [-1021, ExchangeErrorCode.UNKNOWN];`,
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
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              output: `${IMPORT}\nif ([ExchangeErrorCode.DISCONNECTED, -1003].includes(code)) retry();`,
            },
          ],
        },
        {
          messageId: 'magicErrorCode',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              output: `${IMPORT}\nif ([-1001, ExchangeErrorCode.TOO_MANY_REQUESTS].includes(code)) retry();`,
            },
          ],
        },
      ],
    },
    {
      code: 'const retryErrors: number[] = [-1021, -1000];',
      output: [
        `${IMPORT}\nconst retryErrors: number[] = [ExchangeErrorCode.INVALID_TIMESTAMP, -1000];`,
        `${IMPORT}\nconst retryErrors: number[] = [ExchangeErrorCode.INVALID_TIMESTAMP, ExchangeErrorCode.UNKNOWN];`,
      ],
      errors: [{ messageId: 'magicErrorCode' }, { messageId: 'magicErrorCode' }],
    },
    {
      code: 'let retryErrors: number[] = [];\nretryErrors = [-1021];',
      output: `${IMPORT}\nlet retryErrors: number[] = [];\nretryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP];`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: 'const retryErrors = [-1021, -1000] as number[];',
      output: [
        `${IMPORT}\nconst retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, -1000] as number[];`,
        `${IMPORT}\nconst retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, ExchangeErrorCode.UNKNOWN] as number[];`,
      ],
      errors: [{ messageId: 'magicErrorCode' }, { messageId: 'magicErrorCode' }],
    },
    {
      // An ignored code stays a number, so the array keeps `number[]`.
      code: 'const retryErrors = [-1021, -1000];',
      options: [{ ignore: ['UNKNOWN'] }],
      output: `${IMPORT}\nconst retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, -1000];`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: 'if ([-1001, 7].includes(code)) retry();',
      output: `${IMPORT}\nif ([ExchangeErrorCode.DISCONNECTED, 7].includes(code)) retry();`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: 'const retryable = new Set([-1001 as const]);',
      output: `${IMPORT}\nconst retryable = new Set([ExchangeErrorCode.DISCONNECTED as const]);`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: 'const handlers = { exceptions: { exact: { [-1121]: skip } } };',
      output: `${IMPORT}\nconst handlers = { exceptions: { exact: { [ExchangeErrorCode.BAD_SYMBOL]: skip } } };`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: 'throw new ExchangeError(-2017);',
      output: `${IMPORT}\nthrow new ExchangeError(ExchangeErrorCode.BALANCE_NOT_ENOUGH);`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: 'await expect(order()).rejects.toBeExchangeError(-2017);',
      output: `${IMPORT}\nawait expect(order()).rejects.toBeExchangeError(ExchangeErrorCode.BALANCE_NOT_ENOUGH);`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: "if (err.code === '-1121') retry();",
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          data: { raw: "'-1121'", constant: 'ExchangeErrorCode.BAD_SYMBOL' },
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: "'-1121'", constant: 'ExchangeErrorCode.BAD_SYMBOL' },
              output: `${IMPORT}\nif (err.code === ExchangeErrorCode.BAD_SYMBOL) retry();`,
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
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: "'-1121'", constant: 'ExchangeErrorCode.BAD_SYMBOL' },
              output: `${IMPORT}\nconst errorMessages = { [ExchangeErrorCode.BAD_SYMBOL]: 'bad symbol' };`,
            },
          ],
        },
      ],
    },
    {
      // A local ExchangeErrorCode would shadow the import: report without a fix.
      code: 'const ExchangeErrorCode = {};\nif (err.code === -1121) retry();',
      output: null,
      errors: [{ messageId: 'magicErrorCode', suggestions: [] }],
    },
    {
      code: 'let limit = -1000;',
      options: [{ contexts: 'all' }],
      output: `${IMPORT}\nlet limit = ExchangeErrorCode.UNKNOWN;`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: 'if (err.status === -1121) retry();',
      options: [{ codePattern: '^status$' }],
      output: `${IMPORT}\nif (err.status === ExchangeErrorCode.BAD_SYMBOL) retry();`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: 'if (err.code === -9001) retry();',
      settings: customCatalogueSettings,
      output:
        "import { ExchangeErrorCode } from '#venue-errors';\nif (err.code === ExchangeErrorCode.VENUE_DOWN) retry();",
      errors: [{ messageId: 'magicErrorCode', data: { raw: '-9001', constant: 'ExchangeErrorCode.VENUE_DOWN' } }],
    },
    // No edit where TypeScript needs a constant expression (TS2474, TS1066, TS1061) or where a number is computed with.
    {
      code: `const enum Codes {
  BadSymbol = -1121,
}`,
      options: [{ contexts: 'all' }],
      output: null,
      errors: [{ messageId: 'magicErrorCode', line: 2, column: 15, suggestions: [] }],
    },
    {
      code: `declare enum Codes {
  BadSymbol = -1121,
}`,
      options: [{ contexts: 'all' }],
      output: null,
      errors: [{ messageId: 'magicErrorCode', line: 2, column: 15, suggestions: [] }],
    },
    {
      code: `declare namespace Venue {
  enum Codes {
    BadSymbol = -1121,
  }
}`,
      options: [{ contexts: 'all' }],
      output: null,
      errors: [{ messageId: 'magicErrorCode', line: 3, column: 17, suggestions: [] }],
    },
    {
      code: `enum Codes {
  Unknown = -1000,
  BadSymbol = -1121,
  Next,
}`,
      options: [{ contexts: 'all' }],
      // Only the member before the auto-incremented one keeps its number.
      output: `${IMPORT}
enum Codes {
  Unknown = ExchangeErrorCode.UNKNOWN,
  BadSymbol = -1121,
  Next,
}`,
      errors: [
        { messageId: 'magicErrorCode', line: 2, column: 13 },
        { messageId: 'magicErrorCode', line: 3, column: 15, suggestions: [] },
      ],
    },
    {
      code: `if (code <= -1100 && code >= -1121) reject();`,
      options: [{ contexts: 'all' }],
      output: null,
      errors: [
        { messageId: 'magicErrorCode', line: 1, column: 13, suggestions: [] },
        { messageId: 'magicErrorCode', line: 1, column: 30, suggestions: [] },
      ],
    },
    {
      code: `const stats = { roi: -1000 * x, shifted: -1000 + n };
total += -1000;`,
      options: [{ contexts: 'all' }],
      output: null,
      errors: [
        { messageId: 'magicErrorCode', line: 1, column: 22, suggestions: [] },
        { messageId: 'magicErrorCode', line: 1, column: 42, suggestions: [] },
        { messageId: 'magicErrorCode', line: 2, column: 10, suggestions: [] },
      ],
    },
  ],
});

javascriptTester.run('no-magic-error-codes (JavaScript)', rule, {
  valid: ['arr.slice(-1000);'],
  invalid: [
    {
      code: 'import { ok } from "./ok.js"\nif (err.code === -1007) retry()',
      output:
        'import { ok } from "./ok.js"\nimport { ExchangeErrorCode } from "@exchange-errors/catalogue"\nif (err.code === ExchangeErrorCode.TIMEOUT) retry()',
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      // Without static types an array cannot narrow, so every element is fixed.
      code: 'const retryErrors = [-1021, -1000];',
      filename: 'retry.js',
      output: [
        `import { ExchangeErrorCode } from '@exchange-errors/catalogue';\nconst retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, -1000];`,
        `import { ExchangeErrorCode } from '@exchange-errors/catalogue';\nconst retryErrors = [ExchangeErrorCode.INVALID_TIMESTAMP, ExchangeErrorCode.UNKNOWN];`,
      ],
      errors: [{ messageId: 'magicErrorCode' }, { messageId: 'magicErrorCode' }],
    },
    // Which files are CommonJS: the extension, the file's own statements, then the nearest package.json.
    {
      // A `.js` file that requires is CommonJS, whatever ESLint's default `sourceType: 'module'` says.
      code: `const ccxt = require('ccxt');
if (err.code === -1007) retry();`,
      filename: 'bot.js',
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'ExchangeErrorCode.TIMEOUT' },
              output: `const ccxt = require('ccxt');
const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
if (err.code === ExchangeErrorCode.TIMEOUT) retry();`,
            },
          ],
        },
      ],
    },
    {
      // `exports.x =` makes a file CommonJS too.
      code: `require('dotenv').config();
exports.shouldResync = (err) => err.code === -1021;`,
      filename: 'handlers.js',
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 2,
          column: 46,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1021', constant: 'ExchangeErrorCode.INVALID_TIMESTAMP' },
              output: `const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
require('dotenv').config();
exports.shouldResync = (err) => err.code === ExchangeErrorCode.INVALID_TIMESTAMP;`,
            },
          ],
        },
      ],
    },
    {
      // A file without either kind of statement follows the nearest package.json.
      code: `if (err.code === -1007) retry();`,
      filename: path.join(commonjsPackageDirectory, 'retry.js'),
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'ExchangeErrorCode.TIMEOUT' },
              output: `const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
if (err.code === ExchangeErrorCode.TIMEOUT) retry();`,
            },
          ],
        },
      ],
    },
    {
      // `.cjs` is CommonJS by its extension.
      code: `if (err.code === -1007) retry();`,
      filename: 'retry.cjs',
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          line: 1,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'ExchangeErrorCode.TIMEOUT' },
              output: `const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
if (err.code === ExchangeErrorCode.TIMEOUT) retry();`,
            },
          ],
        },
      ],
    },
    {
      code: `if (err.code === -1007) retry();`,
      filename: path.join(modulePackageDirectory, 'retry.js'),
      output: `import { ExchangeErrorCode } from '@exchange-errors/catalogue';
if (err.code === ExchangeErrorCode.TIMEOUT) retry();`,
      errors: [{ messageId: 'magicErrorCode', line: 1, column: 18 }],
    },
    {
      // `.mjs` is a module by its extension, and `import` makes one of a `.js` file: its `require` is its own.
      code: `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const ccxt = require('ccxt');
if (err.code === -1007) retry();`,
      filename: 'bot.mjs',
      output: `import { createRequire } from 'node:module';
import { ExchangeErrorCode } from '@exchange-errors/catalogue';
const require = createRequire(import.meta.url);
const ccxt = require('ccxt');
if (err.code === ExchangeErrorCode.TIMEOUT) retry();`,
      errors: [{ messageId: 'magicErrorCode', line: 4, column: 18 }],
    },
  ],
});

commonjsTester.run('no-magic-error-codes (CommonJS)', rule, {
  valid: [
    "const { ExchangeErrorCode } = require('@exchange-errors/catalogue');\nif (err.code === ExchangeErrorCode.TIMEOUT) retry();",
  ],
  invalid: [
    {
      code: "'use strict';\nif (err.code === -1007) retry();",
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'ExchangeErrorCode.TIMEOUT' },
              output:
                "'use strict';\nconst { ExchangeErrorCode } = require('@exchange-errors/catalogue');\nif (err.code === ExchangeErrorCode.TIMEOUT) retry();",
            },
          ],
        },
      ],
    },
    {
      code: "const errors = require('@exchange-errors/catalogue');\nif (err.code === -1007) retry();",
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'errors.ExchangeErrorCode.TIMEOUT' },
              output:
                "const errors = require('@exchange-errors/catalogue');\nif (err.code === errors.ExchangeErrorCode.TIMEOUT) retry();",
            },
          ],
        },
      ],
    },
    {
      code: "const { ExchangeErrorCode: EC } = require('@exchange-errors/catalogue');\nif (err.code === -1007) retry();",
      output: null,
      errors: [
        {
          messageId: 'magicErrorCode',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '-1007', constant: 'EC.TIMEOUT' },
              output:
                "const { ExchangeErrorCode: EC } = require('@exchange-errors/catalogue');\nif (err.code === EC.TIMEOUT) retry();",
            },
          ],
        },
      ],
    },
  ],
});

// Found by the rule fuzzer (tests/fuzz): minified code, class and interface member keys, module names.
const suggestion = (raw: string, name: string, output: string) => ({
  messageId: 'magicErrorCode' as const,
  suggestions: [
    { messageId: 'replaceWithConstant' as const, data: { raw, constant: `ExchangeErrorCode.${name}` }, output },
  ],
});

typescriptTester.run('no-magic-error-codes: fixes of fuzzed code parse', rule, {
  valid: [
    { code: "export * as '-1121' from './codes';", options: [{ contexts: 'all' }] },
    { code: "import table from '-1121';", options: [{ contexts: 'all' }] },
    { code: "export { table as '-1121' } from './codes';", options: [{ contexts: 'all' }] },
    { code: "declare module '-1121' {}", options: [{ contexts: 'all' }] },
    { code: "enum Names { '-1121' = 1 }", options: [{ contexts: 'all' }] },
  ],
  invalid: [
    {
      code: 'switch(err.code){case-1121:break;case-1000:break}',
      // Both fixes add the import, so they land in two passes.
      output: [
        `${IMPORT}\nswitch(err.code){case ExchangeErrorCode.BAD_SYMBOL:break;case-1000:break}`,
        `${IMPORT}\nswitch(err.code){case ExchangeErrorCode.BAD_SYMBOL:break;case ExchangeErrorCode.UNKNOWN:break}`,
      ],
      errors: [{ messageId: 'magicErrorCode' }, { messageId: 'magicErrorCode' }],
    },
    {
      code: 'function f(){return-1121}',
      options: [{ contexts: 'all' }],
      output: `${IMPORT}\nfunction f(){return ExchangeErrorCode.BAD_SYMBOL}`,
      errors: [{ messageId: 'magicErrorCode' }],
    },
    {
      code: "if('-1121'in table)skip();",
      options: [{ contexts: 'all' }],
      output: null,
      errors: [suggestion("'-1121'", 'BAD_SYMBOL', `${IMPORT}\nif(ExchangeErrorCode.BAD_SYMBOL in table)skip();`)],
    },
    {
      code: "class Errors { static '-1121' = 1; '-1000'() {} get '-1001'() { return 1; } }",
      options: [{ contexts: 'all' }],
      output: null,
      errors: [
        suggestion(
          "'-1121'",
          'BAD_SYMBOL',
          `${IMPORT}\nclass Errors { static [ExchangeErrorCode.BAD_SYMBOL] = 1; '-1000'() {} get '-1001'() { return 1; } }`,
        ),
        suggestion(
          "'-1000'",
          'UNKNOWN',
          `${IMPORT}\nclass Errors { static '-1121' = 1; [ExchangeErrorCode.UNKNOWN]() {} get '-1001'() { return 1; } }`,
        ),
        suggestion(
          "'-1001'",
          'DISCONNECTED',
          `${IMPORT}\nclass Errors { static '-1121' = 1; '-1000'() {} get [ExchangeErrorCode.DISCONNECTED]() { return 1; } }`,
        ),
      ],
    },
    {
      code: "interface Payload { '-1121': string }",
      options: [{ contexts: 'all' }],
      output: null,
      errors: [
        suggestion("'-1121'", 'BAD_SYMBOL', `${IMPORT}\ninterface Payload { [ExchangeErrorCode.BAD_SYMBOL]: string }`),
      ],
    },
  ],
});
