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

const CODE_OF = Object.fromEntries(RETRYABLE_NAMES.map((name, position) => [name, RETRYABLE_CODES[position]]));
const throwFor = (name: string) => `throw new Error('Unhandled retryable exchange error: ${name}');`;
/** What a retry predicate answers for each retryable code: never `true` for a code whose order must be queried. */
const RETRY_AT_ONCE: Record<string, boolean> = {
  DISCONNECTED: true,
  INVALID_TIMESTAMP: true,
  TIMEOUT: false,
  TOO_MANY_ORDERS: true,
  TOO_MANY_REQUESTS: true,
  UNEXPECTED_RESP: false,
  UNKNOWN: false,
};

typescriptTester.run('exhaustive-retryable-switch (if chains)', rule, {
  valid: [
    // Every retryable code has a branch.
    RETRYABLE_CODES.map((code, position) => `${position === 0 ? '' : 'else '}if (err.code === ${code}) retry();`).join(
      '\n',
    ),
    // Classifying, not dispatching: every branch answers true or false, and the function is no retry predicate.
    `function isAuthError(err) {
  if (err.code === -1002) return true;
  if (err.code === -1022) return true;
  return false;
}`,
    `function isInvalidAuthError(e) {
  switch (e.code) {
    case -1002:
    case -1022:
      return true;
  }
  return false;
}`,
    {
      code: 'if (err.code === -1121) skip();\nelse if (err.code === -2013) forget();\nelse retry();',
      options: [{ allowDefault: true }],
    },
    // Two subjects, one code, or branches that neither return nor throw: no dispatch over one code.
    'if (a.code === -1121) skip(); else if (b.code === -1007) wait();',
    'function f(err) { if (err.code === -1121) return 1; if (err.code === -1121) throw err; }',
    'if (err.code === -1121) log(1);\nif (err.code === -2013) log(2);',
    // A branch that tests something else ends the chain's claim to be a dispatch.
    'if (err.code === -1121) skip(); else if (ready) go(); else if (err.code === -2013) forget();',
    {
      code: 'if (err.code === -9001) retry(); else if (err.code === -9002) fail();',
      settings: customCatalogueSettings,
    },
  ],
  invalid: [
    {
      code: `if (err.code === -1121) {
  skip();
} else if (err.code === -2013) {
  forget();
} else {
  retry();
}`,
      errors: [
        {
          messageId: 'missingRetryableBranches',
          data: { missing: ALL_RETRYABLE_MISSING },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'addMissingBranches',
              data: { missing: ALL_RETRYABLE_MISSING },
              output: `if (err.code === -1121) {
  skip();
} else if (err.code === -2013) {
  forget();
}${RETRYABLE_NAMES.map((name) => ` else if (err.code === ${CODE_OF[name]}) {\n  ${throwFor(name)}\n}`).join('')} else {
  retry();
}`,
            },
          ],
        },
      ],
    },
    {
      // A run of early returns over aliased constants, inside a function.
      code: `import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
function handle(err) {
  if (err.code === EC.BAD_SYMBOL) return skip();
  if (err.code === EC.TIMEOUT) return reconcile();
  throw err;
}`,
      errors: [
        {
          messageId: 'missingRetryableBranches',
          data: { missing: ALL_RETRYABLE_MISSING.replace(', TIMEOUT (-1007)', '') },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addMissingBranches',
              output: `import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
function handle(err) {
  if (err.code === EC.BAD_SYMBOL) return skip();
  if (err.code === EC.TIMEOUT) return reconcile();${RETRYABLE_NAMES.filter((name) => name !== 'TIMEOUT')
    .map((name) => `\n  if (err.code === EC.${name}) ${throwFor(name)}`)
    .join('')}
  throw err;
}`,
            },
          ],
        },
      ],
    },
    {
      // A retry predicate: its branches return whether to retry, so new ones do too.
      code: `function shouldRetry(error) {
  if (error.code === -1003) {
    return true;
  }
  if (-1121 === error.code) {
    return false;
  }
  return false;
}`,
      errors: [
        {
          messageId: 'missingRetryableBranches',
          data: { missing: ALL_RETRYABLE_MISSING.replace(', TOO_MANY_REQUESTS (-1003)', '') },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'addMissingReturns',
              output: `function shouldRetry(error) {
  if (error.code === -1003) {
    return true;
  }
  if (-1121 === error.code) {
    return false;
  }${RETRYABLE_NAMES.filter((name) => name !== 'TOO_MANY_REQUESTS')
    .map((name) => `\n  if (error.code === ${CODE_OF[name]}) {\n    return ${RETRY_AT_ONCE[name]};\n  }`)
    .join('')}
  return false;
}`,
            },
          ],
        },
      ],
    },
    {
      // A classifying switch in a retry predicate is a dispatch too, and gets `return` cases.
      code: `function isRetryable(code) {
  switch (code) {
    case -1003:
    case -1001:
      return true;
    default:
      return false;
  }
}`,
      errors: [
        {
          messageId: 'missingRetryableCases',
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addMissingReturns',
              output: `function isRetryable(code) {
  switch (code) {
    case -1003:
    case -1001:
      return true;
${RETRYABLE_NAMES.filter((name) => !['TOO_MANY_REQUESTS', 'DISCONNECTED'].includes(name))
  .map((name) => `    case ${CODE_OF[name]}:\n      return ${RETRY_AT_ONCE[name]};\n`)
  .join('')}    default:
      return false;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // Names, several codes in one branch, and the file's double quotes.
      code: 'if (error.name === "TIMEOUT" || error.name === "UNKNOWN") check();\nelse if (error.name === "BAD_SYMBOL") skip();',
      options: [{ requireAll: false }],
      errors: [
        {
          messageId: 'missingRetryableBranches',
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'addMissingBranches',
              output:
                'if (error.name === "TIMEOUT" || error.name === "UNKNOWN") check();\nelse if (error.name === "BAD_SYMBOL") skip();' +
                RETRYABLE_NAMES.filter((name) => !['TIMEOUT', 'UNKNOWN'].includes(name))
                  .map(
                    (name) =>
                      `\nelse if (error.name === "${name}") throw new Error("Unhandled retryable exchange error: ${name}");`,
                  )
                  .join(''),
            },
          ],
        },
      ],
    },
  ],
});

commonjsTester.run('exhaustive-retryable-switch (if chains, CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      code: `const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
if (e.code === ExchangeErrorCode.TIMEOUT) reconcile()
else if (e.code === ExchangeErrorCode.DISCONNECTED) backOff()`,
      filename: 'client.cjs',
      errors: [
        {
          messageId: 'missingRetryableBranches',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'addMissingBranches',
              output:
                `const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
if (e.code === ExchangeErrorCode.TIMEOUT) reconcile()
else if (e.code === ExchangeErrorCode.DISCONNECTED) backOff()` +
                RETRYABLE_NAMES.filter((name) => !['TIMEOUT', 'DISCONNECTED'].includes(name))
                  .map(
                    (name) =>
                      `\nelse if (e.code === ExchangeErrorCode.${name}) throw new Error('Unhandled retryable exchange error: ${name}')`,
                  )
                  .join(''),
            },
          ],
        },
      ],
    },
  ],
});

typeAwareTester.run('exhaustive-retryable-switch (if chains, typeAware)', rule, {
  valid: [],
  invalid: [
    {
      // Only the codes the subject's type allows are required.
      code: 'declare const code: -1007 | -1001 | -1121;\nif (code === -1121) skip();\nelse if (code === -1007) reconcile();',
      filename: 'file.ts',
      errors: [
        {
          messageId: 'missingRetryableBranches',
          data: { missing: 'DISCONNECTED (-1001)' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addMissingBranches',
              output:
                'declare const code: -1007 | -1001 | -1121;\nif (code === -1121) skip();\nelse if (code === -1007) reconcile();' +
                "\nelse if (code === -1001) throw new Error('Unhandled retryable exchange error: DISCONNECTED');",
            },
          ],
        },
      ],
    },
  ],
});
