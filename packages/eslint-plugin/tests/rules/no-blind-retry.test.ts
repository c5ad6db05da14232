import path from 'node:path';
import rule from '../../src/rules/no-blind-retry.js';
import { dedent } from '../dedent.js';
import {
  createCommonJsRuleTester,
  createJavaScriptRuleTester,
  createTypeAwareRuleTester,
  createTypeScriptRuleTester,
  customCatalogueSettings,
  fixturesDirectory,
} from '../rule-tester.js';

/** The same numbers with other policies: -1001 is `reconcile`, -1007 `backoff`, -1121 `none`. */
const reorderedPolicies = {
  '@exchange-errors': {
    catalogue: path.join(fixturesDirectory, 'reordered-policies-catalogue.mjs'),
    importSource: '#venue-errors',
  },
};

createTypeScriptRuleTester().run('no-blind-retry', rule, {
  valid: [
    // Reconcile-only and reconcile-free groups.
    'const RECONCILE_CODES = [-1000, -1006, -1007];',
    'const RETRY_ERRORS: number[] = [-1021, -1001, -1003, -1015];',
    // Not a code context: numbers that happen to be codes.
    'const offsets = [-1000, -1001];',
    // A name that says the codes are not retried may hold `none` codes.
    'const NON_RETRYABLE_CODES = [-1121, -1002];',
    'const noRetry = new Set([-1121, -1001]);',
    // A predicate that is not about retrying may test `none` codes with retryable ones.
    'function isAuthError(err) { return err.code === -1002 || err.code === -1022 || err.code === -1001; }',
    // Different subjects are not one group.
    'if (err.code === -1007 || other.code === -1001) log();',
    // Order states, not error names.
    "const states = ['UNKNOWN', 'NEW'];",
    "if (status === 'UNKNOWN' || status === 'FILLED') wait();",
    dedent`
      import { ExchangeErrorCode } from '@exchange-errors/catalogue';
      switch (err.code) {
        case ExchangeErrorCode.UNKNOWN:
        case ExchangeErrorCode.TIMEOUT:
          return reconcile();
        case ExchangeErrorCode.DISCONNECTED:
        case ExchangeErrorCode.TOO_MANY_REQUESTS:
          return backOff();
      }
    `,
    // One code per case is no group.
    'switch (err.code) { case -1007: reconcile(); break; case -1001: backOff(); break; }',
    // Only an import from the import source makes `X.TIMEOUT` a code.
    dedent`
      import { ExchangeErrorCode } from './elsewhere';
      const retries = [ExchangeErrorCode.TIMEOUT, ExchangeErrorCode.DISCONNECTED];
    `,
    // The catalogue decides the policies: with it, -1007 is `backoff`.
    { code: 'const RETRY_ERRORS = [-1007, -1003];', settings: reorderedPolicies },
    { code: 'const retryCodes = [-9001];', settings: customCatalogueSettings },
  ],
  invalid: [
    {
      code: 'const RETRY_ERRORS: number[] = [-1021, -1000, -1001];',
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: {
            reconcile: 'UNKNOWN (-1000, `reconcile`)',
            others: 'INVALID_TIMESTAMP (-1021, `resync-clock`) and DISCONNECTED (-1001, `backoff`)',
          },
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'removeFromRetry',
              data: { codes: 'UNKNOWN (-1000, `reconcile`)', purpose: 'RETRY_ERRORS' },
              output: 'const RETRY_ERRORS: number[] = [-1021, -1001];',
            },
          ],
        },
      ],
    },
    {
      // Numeric strings in a Set; the last element goes with the comma before it.
      code: "const retryable = new Set(['-1001', '-1007']);",
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'TIMEOUT (-1007, `reconcile`)', others: 'DISCONNECTED (-1001, `backoff`)' },
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 45,
          suggestions: [{ messageId: 'removeFromRetry', output: "const retryable = new Set(['-1001']);" }],
        },
      ],
    },
    {
      // Names, over several lines.
      code: dedent`
        const RETRY_ON = [
          'TIMEOUT',
          'UNKNOWN',
          'TOO_MANY_REQUESTS',
        ];
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: {
            reconcile: 'TIMEOUT (-1007, `reconcile`) and UNKNOWN (-1000, `reconcile`)',
            others: 'TOO_MANY_REQUESTS (-1003, `rate-limit`)',
          },
          line: 1,
          column: 18,
          endLine: 5,
          endColumn: 2,
          suggestions: [
            {
              messageId: 'removeFromRetry',
              data: { codes: 'TIMEOUT (-1007, `reconcile`) and UNKNOWN (-1000, `reconcile`)', purpose: 'RETRY_ON' },
              output: dedent`
                const RETRY_ON = [
                  'TOO_MANY_REQUESTS',
                ];
              `,
            },
          ],
        },
      ],
    },
    {
      // Constants: the array's type is a union of their literals, so removing one could break a lookup.
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const retries = [ExchangeErrorCode.TIMEOUT, ExchangeErrorCode.DISCONNECTED];
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'TIMEOUT (-1007, `reconcile`)', others: 'DISCONNECTED (-1001, `backoff`)' },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 76,
          suggestions: [],
        },
      ],
    },
    {
      // An aliased import in a `||` chain.
      code: dedent`
        import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
        if (err.code === EC.UNKNOWN || err.code === EC.TOO_MANY_REQUESTS) {
          await send();
        }
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'UNKNOWN (-1000, `reconcile`)', others: 'TOO_MANY_REQUESTS (-1003, `rate-limit`)' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 65,
          suggestions: [],
        },
      ],
    },
    {
      // A namespace import in cases that share one body.
      code: dedent`
        import * as errors from '@exchange-errors/catalogue';
        switch (e.code) {
          case errors.ExchangeErrorCode.TIMEOUT:
          case errors.ExchangeErrorCode.DISCONNECTED:
            return send();
          default:
            throw e;
        }
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'TIMEOUT (-1007, `reconcile`)', others: 'DISCONNECTED (-1001, `backoff`)' },
          line: 3,
          column: 3,
          endLine: 4,
          endColumn: 45,
        },
      ],
    },
    {
      // Codes kept in named constants.
      code: dedent`
        const ORDER_TIMEOUT = -1007;
        const RATE_LIMITED = -1003;
        const RETRY_CODES: number[] = [ORDER_TIMEOUT, RATE_LIMITED];
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'TIMEOUT (-1007, `reconcile`)', others: 'TOO_MANY_REQUESTS (-1003, `rate-limit`)' },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'removeFromRetry',
              output: dedent`
                const ORDER_TIMEOUT = -1007;
                const RATE_LIMITED = -1003;
                const RETRY_CODES: number[] = [RATE_LIMITED];
              `,
            },
          ],
        },
      ],
    },
    {
      // A retry predicate that retries a code whose retry cannot succeed.
      code: 'function shouldRetry(err) { return err.code === -1001 || err.code === -1121; }',
      errors: [
        {
          messageId: 'unretryableInRetry',
          data: { purpose: 'shouldRetry', unretryable: 'BAD_SYMBOL (-1121, `none`)' },
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 76,
          suggestions: [],
        },
      ],
    },
    {
      // A group looked up with `.includes(code)` under a name that says nothing.
      code: dedent`
        const transient = [-1007, -1003];
        if (transient.includes(err.code)) retry();
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'TIMEOUT (-1007, `reconcile`)', others: 'TOO_MANY_REQUESTS (-1003, `rate-limit`)' },
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      // `.has(code)` on a Set; both problems in one group.
      code: dedent`
        const RETRYABLE = new Set([-1007, -1121]);
        const retried = RETRYABLE.has(error.code);
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'TIMEOUT (-1007, `reconcile`)', others: 'BAD_SYMBOL (-1121, `none`)' },
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'removeFromRetry',
              output: dedent`
                const RETRYABLE = new Set([-1121]);
                const retried = RETRYABLE.has(error.code);
              `,
            },
          ],
        },
        {
          messageId: 'unretryableInRetry',
          data: { purpose: 'RETRYABLE', unretryable: 'BAD_SYMBOL (-1121, `none`)' },
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'removeFromRetry',
              output: dedent`
                const RETRYABLE = new Set([-1007]);
                const retried = RETRYABLE.has(error.code);
              `,
            },
          ],
        },
      ],
    },
    {
      // `[…].indexOf(code)` inline, in a retry method: the group's purpose is the method.
      code: dedent`
        class Client {
          isRetryable(code: number) {
            return [-1003, -1006].indexOf(code) !== -1;
          }
        }
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: {
            reconcile: 'UNEXPECTED_RESP (-1006, `reconcile`)',
            others: 'TOO_MANY_REQUESTS (-1003, `rate-limit`)',
          },
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'removeFromRetry',
              output: dedent`
                class Client {
                  isRetryable(code: number) {
                    return [-1003].indexOf(code) !== -1;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // A custom catalogue's own policies: -1001 is `reconcile` there.
      code: 'const RETRY_ERRORS = [-1007, -1001];',
      settings: reorderedPolicies,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'LINK_LOST (-1001, `reconcile`)', others: 'BUSY (-1007, `backoff`)' },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 36,
          suggestions: [{ messageId: 'removeFromRetry', output: 'const RETRY_ERRORS = [-1007];' }],
        },
      ],
    },
    {
      code: 'const retryCodes = [-9001, -9002];',
      settings: customCatalogueSettings,
      errors: [
        {
          messageId: 'unretryableInRetry',
          data: { purpose: 'retryCodes', unretryable: 'VENUE_REJECTED (-9002, `none`)' },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 34,
          suggestions: [{ messageId: 'removeFromRetry', output: 'const retryCodes = [-9001];' }],
        },
      ],
    },
  ],
});

createJavaScriptRuleTester().run('no-blind-retry (JavaScript)', rule, {
  valid: [
    'const RETRY_ERRORS = [-1001, -1003];',
    // A binding of a list that is not a code list, used where a code list could be.
    'const RETRY = [backoff, jitter]; if (RETRY.includes(err.code)) retry();',
  ],
  invalid: [
    {
      // The list is used before it is declared, and holds its codes through bindings of bindings.
      code: dedent`
        function shouldRetry(err) {
          return RETRYABLE.has(err.code);
        }
        const RETRYABLE = new Set([TIMED_OUT, DISCONNECTED]);
        const TIMED_OUT = LATE;
        const LATE = -1007;
        const DISCONNECTED = -1001;
      `,
      errors: [{ messageId: 'reconcileWithOthers', line: 4, column: 27, endLine: 4, endColumn: 52, suggestions: [] }],
    },
    {
      // Codes written with escapes: the scan cannot read them, the rule does.
      code: "const retryCodes = ['\\x2d1007', '-1\\u0030\\u00301'];",
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'TIMEOUT (-1007, `reconcile`)', others: 'DISCONNECTED (-1001, `backoff`)' },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 51,
          suggestions: [{ messageId: 'removeFromRetry', output: "const retryCodes = ['-1\\u0030\\u00301'];" }],
        },
      ],
    },
    {
      filename: 'client.js',
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        const RETRY_ERRORS = [ExchangeErrorCode.TIMEOUT, ExchangeErrorCode.DISCONNECTED];
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 81,
          // Untyped, so removing a constant changes no type.
          suggestions: [
            {
              messageId: 'removeFromRetry',
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                const RETRY_ERRORS = [ExchangeErrorCode.DISCONNECTED];
              `,
            },
          ],
        },
      ],
    },
  ],
});

createCommonJsRuleTester().run('no-blind-retry (CommonJS)', rule, {
  valid: [
    dedent`
      const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
      const RECONCILE = [ExchangeErrorCode.TIMEOUT, ExchangeErrorCode.UNKNOWN];
    `,
  ],
  invalid: [
    {
      filename: 'client.cjs',
      code: dedent`
        const errors = require('@exchange-errors/catalogue');
        module.exports.retryOn = [errors.ExchangeErrorCode.UNKNOWN, errors.ExchangeErrorCode.INVALID_TIMESTAMP];
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'UNKNOWN (-1000, `reconcile`)', others: 'INVALID_TIMESTAMP (-1021, `resync-clock`)' },
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'removeFromRetry',
              data: { codes: 'UNKNOWN (-1000, `reconcile`)', purpose: 'retryOn' },
              output: dedent`
                const errors = require('@exchange-errors/catalogue');
                module.exports.retryOn = [errors.ExchangeErrorCode.INVALID_TIMESTAMP];
              `,
            },
          ],
        },
      ],
    },
  ],
});

createTypeAwareRuleTester().run('no-blind-retry (typeAware)', rule, {
  valid: [
    {
      filename: 'file.ts',
      code: dedent`
        declare const n: number;
        const RETRY = [n, -1001];
      `,
    },
  ],
  invalid: [
    {
      // Values whose type is one code literal, from wherever they come.
      filename: 'file.ts',
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        declare function codeOf<C extends number>(code: C): C;
        const RETRY: number[] = [codeOf(ExchangeErrorCode.TIMEOUT), codeOf(-1001)];
      `,
      errors: [
        {
          messageId: 'reconcileWithOthers',
          data: { reconcile: 'TIMEOUT (-1007, `reconcile`)', others: 'DISCONNECTED (-1001, `backoff`)' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 75,
          // The declared `number[]` keeps the array's type.
          suggestions: [
            {
              messageId: 'removeFromRetry',
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                declare function codeOf<C extends number>(code: C): C;
                const RETRY: number[] = [codeOf(-1001)];
              `,
            },
          ],
        },
      ],
    },
  ],
});
