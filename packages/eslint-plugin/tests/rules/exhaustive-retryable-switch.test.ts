import rule from '../../src/rules/exhaustive-retryable-switch.js';
import {
  commonjsTester,
  customCatalogueSettings,
  javascriptTester,
  typeAwareTester,
  typescriptTester,
} from '../rule-tester.js';

const IMPORT = "import { ExchangeErrorCode } from '@exchange-errors/catalogue';";
const RETRYABLE_NAMES = [
  'DISCONNECTED',
  'INVALID_TIMESTAMP',
  'TIMEOUT',
  'TOO_MANY_ORDERS',
  'TOO_MANY_REQUESTS',
  'UNEXPECTED_RESP',
  'UNKNOWN',
];
const RETRYABLE_CODES = [-1001, -1021, -1007, -1015, -1003, -1006, -1000];

function constantCases(indent: string, except: string[] = []): string {
  return RETRYABLE_NAMES.filter((name) => !except.includes(name))
    .map((name) => `${indent}case ExchangeErrorCode.${name}: retry(); break;`)
    .join('\n');
}

const ALL_RETRYABLE_MISSING =
  'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TIMEOUT (-1007), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)';

typescriptTester.run('exhaustive-retryable-switch', rule, {
  valid: [
    'switch (kind) { case 1: break; case 2: break; }',
    "switch (state) { case 'UNKNOWN': break; case 'OPEN': break; }",
    `${IMPORT}\nswitch (err.code) {\n${constantCases('  ')}\n  default: fail();\n}`,
    `switch (err.code) {\n${RETRYABLE_CODES.map((code) => `  case ${code}: retry(); break;`).join('\n')}\n}`,
    { code: 'switch (err.code) { case -1121: skip(); break; default: retry(); }', options: [{ allowDefault: true }] },
    {
      code: 'switch (err.code) { case -1121: skip(); break; default: retry(); }',
      options: [{ allowDefault: true, requireAll: true }],
    },
    // Only an import from the import source makes `X.TIMEOUT` a code constant.
    "import { ExchangeErrorCode } from './elsewhere';\nswitch (c) { case ExchangeErrorCode.TIMEOUT: break; }",
    { code: 'switch (err.code) { case -9001: retry(); break; }', settings: customCatalogueSettings },
    // A project's own object is no catalogue constant, even with catalogue names for properties.
    `const Codes = { TIMEOUT: -1007 };
switch (c) {
  case Codes.TIMEOUT: break;
}`,
  ],
  invalid: [
    {
      code: `${IMPORT}\nswitch (err.code) {\n${constantCases('  ', ['TIMEOUT', 'TOO_MANY_REQUESTS'])}\n  default:\n    fail();\n}`,
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: { missing: 'TIMEOUT (-1007), TOO_MANY_REQUESTS (-1003)' },
          line: 2,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { missing: 'TIMEOUT (-1007), TOO_MANY_REQUESTS (-1003)' },
              output:
                `${IMPORT}\nswitch (err.code) {\n${constantCases('  ', ['TIMEOUT', 'TOO_MANY_REQUESTS'])}\n` +
                "  case ExchangeErrorCode.TIMEOUT:\n    throw new Error('Unhandled retryable exchange error: TIMEOUT');\n" +
                "  case ExchangeErrorCode.TOO_MANY_REQUESTS:\n    throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');\n" +
                '  default:\n    fail();\n}',
            },
          ],
        },
      ],
    },
    {
      code: "import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';\nswitch (e.code) {\n  case EC.BAD_SYMBOL:\n    skip();\n    break;\n}",
      options: [{ requireAll: false }],
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: { missing: ALL_RETRYABLE_MISSING },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output:
                "import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';\nswitch (e.code) {\n  case EC.BAD_SYMBOL:\n    skip();\n    break;\n" +
                RETRYABLE_NAMES.map(
                  (name) => `  case EC.${name}:\n    throw new Error('Unhandled retryable exchange error: ${name}');`,
                ).join('\n') +
                '\n}',
            },
          ],
        },
      ],
    },
    {
      code: "import * as errors from '@exchange-errors/catalogue';\nswitch (e.code) { case errors.ExchangeErrorCode.UNKNOWN: break; }",
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: { missing: ALL_RETRYABLE_MISSING.replace(', UNKNOWN (-1000)', '') },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output:
                "import * as errors from '@exchange-errors/catalogue';\nswitch (e.code) { case errors.ExchangeErrorCode.UNKNOWN: break;" +
                RETRYABLE_NAMES.filter((name) => name !== 'UNKNOWN')
                  .map(
                    (name) =>
                      `\n  case errors.ExchangeErrorCode.${name}:\n    throw new Error('Unhandled retryable exchange error: ${name}');`,
                  )
                  .join('') +
                ' }',
            },
          ],
        },
      ],
    },
    {
      code: 'switch (status) {\n  case -1121:\n    return;\n}',
      errors: [
        {
          messageId: 'missingRetryableCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output:
                'switch (status) {\n  case -1121:\n    return;\n' +
                RETRYABLE_NAMES.map(
                  (name, i) =>
                    `  case ${[-1001, -1021, -1007, -1015, -1003, -1006, -1000][i]}:\n    throw new Error('Unhandled retryable exchange error: ${name}');`,
                ).join('\n') +
                '\n}',
            },
          ],
        },
      ],
    },
    {
      code: 'switch (err.code) {\n  case -9002: skip(); break;\n}',
      settings: customCatalogueSettings,
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: { missing: 'VENUE_DOWN (-9001)' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output:
                "switch (err.code) {\n  case -9002: skip(); break;\n  case -9001:\n    throw new Error('Unhandled retryable exchange error: VENUE_DOWN');\n}",
            },
          ],
        },
      ],
    },
    {
      code: 'switch (err.code) {\n  case -9001: retry(); break;\n}',
      settings: customCatalogueSettings,
      options: [{ requireAll: true }],
      errors: [
        {
          messageId: 'missingCases',
          data: { missing: 'VENUE_REJECTED (-9002)' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output:
                "switch (err.code) {\n  case -9001: retry(); break;\n  case -9002:\n    throw new Error('Unhandled exchange error: VENUE_REJECTED');\n}",
            },
          ],
        },
      ],
    },
    {
      // `ExchangeErrorCode` bound to nothing is the catalogue's, not imported yet: the suggestion imports it.
      code: `switch (c) {
  case ExchangeErrorCode.TIMEOUT: break;
}`,
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: {
            missing:
              'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
          },
          line: 1,
          column: 9,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: {
                missing:
                  'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
              },
              output: `${IMPORT}
switch (c) {
  case ExchangeErrorCode.TIMEOUT: break;
  case ExchangeErrorCode.DISCONNECTED:
    throw new Error('Unhandled retryable exchange error: DISCONNECTED');
  case ExchangeErrorCode.INVALID_TIMESTAMP:
    throw new Error('Unhandled retryable exchange error: INVALID_TIMESTAMP');
  case ExchangeErrorCode.TOO_MANY_ORDERS:
    throw new Error('Unhandled retryable exchange error: TOO_MANY_ORDERS');
  case ExchangeErrorCode.TOO_MANY_REQUESTS:
    throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
  case ExchangeErrorCode.UNEXPECTED_RESP:
    throw new Error('Unhandled retryable exchange error: UNEXPECTED_RESP');
  case ExchangeErrorCode.UNKNOWN:
    throw new Error('Unhandled retryable exchange error: UNKNOWN');
}`,
            },
          ],
        },
      ],
    },
  ],
});

javascriptTester.run('exhaustive-retryable-switch (JavaScript, names)', rule, {
  valid: [`switch (error.name) {\n${RETRYABLE_NAMES.map((name) => `  case "${name}": retry()`).join('\n')}\n}`],
  invalid: [
    {
      code: 'switch (error.name) {\n    case "TIMEOUT": check()\n    case "BAD_SYMBOL": skip()\n}',
      errors: [
        {
          messageId: 'missingRetryableCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output:
                'switch (error.name) {\n    case "TIMEOUT": check()\n    case "BAD_SYMBOL": skip()\n' +
                RETRYABLE_NAMES.filter((name) => name !== 'TIMEOUT')
                  .map(
                    (name) =>
                      `    case "${name}":\n        throw new Error("Unhandled retryable exchange error: ${name}")`,
                  )
                  .join('\n') +
                '\n}',
            },
          ],
        },
      ],
    },
  ],
});

commonjsTester.run('exhaustive-retryable-switch (CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      code: "const { ExchangeErrorCode } = require('@exchange-errors/catalogue');\nswitch (c) {\n  case ExchangeErrorCode.TIMEOUT: break;\n  default: break;\n}",
      options: [{ allowDefault: false }],
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: { missing: ALL_RETRYABLE_MISSING.replace(', TIMEOUT (-1007)', '') },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output:
                "const { ExchangeErrorCode } = require('@exchange-errors/catalogue');\nswitch (c) {\n  case ExchangeErrorCode.TIMEOUT: break;\n" +
                RETRYABLE_NAMES.filter((name) => name !== 'TIMEOUT')
                  .map(
                    (name) =>
                      `  case ExchangeErrorCode.${name}:\n    throw new Error('Unhandled retryable exchange error: ${name}');\n`,
                  )
                  .join('') +
                '  default: break;\n}',
            },
          ],
        },
      ],
    },
  ],
});

const TYPED = "import type { ExchangeErrorCode, RetryableErrorName } from '@exchange-errors/catalogue';\n";

typeAwareTester.run('exhaustive-retryable-switch (typeAware)', rule, {
  valid: [
    { code: `${TYPED}declare const code: -1121 | -2013;\nswitch (code) { case -1121: break; }`, filename: 'file.ts' },
    { code: 'declare const n: number;\nswitch (n) { case 1: break; }', filename: 'file.ts' },
  ],
  invalid: [
    {
      code: `${TYPED}declare const name: RetryableErrorName;\nconst T = 'TIMEOUT' as const;\nswitch (name) {\n  case T: break;\n}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: { missing: ALL_RETRYABLE_MISSING.replace(', TIMEOUT (-1007)', '') },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output:
                `${TYPED}declare const name: RetryableErrorName;\nconst T = 'TIMEOUT' as const;\nswitch (name) {\n  case T: break;\n` +
                RETRYABLE_NAMES.filter((name) => name !== 'TIMEOUT')
                  .map(
                    (name) => `  case '${name}':\n    throw new Error('Unhandled retryable exchange error: ${name}');`,
                  )
                  .join('\n') +
                '\n}',
            },
          ],
        },
      ],
    },
    {
      code: `${TYPED}declare const code: -1007 | -1003 | -1121;\nswitch (code) {\n  case -1121: break;\n}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: { missing: 'TIMEOUT (-1007), TOO_MANY_REQUESTS (-1003)' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output:
                `${TYPED}declare const code: -1007 | -1003 | -1121;\nswitch (code) {\n  case -1121: break;\n` +
                "  case -1007:\n    throw new Error('Unhandled retryable exchange error: TIMEOUT');\n" +
                "  case -1003:\n    throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');\n}",
            },
          ],
        },
      ],
    },
  ],
});
