import rule from '../../src/rules/exhaustive-retryable-switch.js';
import { dedent } from '../dedent.js';
import {
  createCommonJsRuleTester,
  createJavaScriptRuleTester,
  createTypeAwareRuleTester,
  createTypeScriptRuleTester,
  customCatalogueSettings,
} from '../rule-tester.js';

createTypeScriptRuleTester().run('exhaustive-retryable-switch', rule, {
  valid: [
    'switch (kind) { case 1: break; case 2: break; }',
    "switch (state) { case 'UNKNOWN': break; case 'OPEN': break; }",
    dedent`
      import { ExchangeErrorCode } from '@exchange-errors/catalogue';
      switch (err.code) {
        case ExchangeErrorCode.DISCONNECTED: retry(); break;
        case ExchangeErrorCode.INVALID_TIMESTAMP: retry(); break;
        case ExchangeErrorCode.TIMEOUT: retry(); break;
        case ExchangeErrorCode.TOO_MANY_ORDERS: retry(); break;
        case ExchangeErrorCode.TOO_MANY_REQUESTS: retry(); break;
        case ExchangeErrorCode.UNEXPECTED_RESP: retry(); break;
        case ExchangeErrorCode.UNKNOWN: retry(); break;
        default: fail();
      }
    `,
    dedent`
      switch (err.code) {
        case -1001: retry(); break;
        case -1021: retry(); break;
        case -1007: retry(); break;
        case -1015: retry(); break;
        case -1003: retry(); break;
        case -1006: retry(); break;
        case -1000: retry(); break;
      }
    `,
    {
      code: 'switch (err.code) { case -1121: skip(); break; default: retry(); }',
      options: [{ allowDefault: true }],
    },
    {
      code: 'switch (err.code) { case -1121: skip(); break; default: retry(); }',
      options: [{ allowDefault: true, requireAll: true }],
    },
    // Only an import from the import source makes `X.TIMEOUT` a code constant.
    dedent`
      import { ExchangeErrorCode } from './elsewhere';
      switch (c) { case ExchangeErrorCode.TIMEOUT: break; }
    `,
    {
      code: 'switch (err.code) { case -9001: retry(); break; }',
      settings: customCatalogueSettings,
    },
  ],
  invalid: [
    {
      code: dedent`
        import { ExchangeErrorCode } from '@exchange-errors/catalogue';
        switch (err.code) {
          case ExchangeErrorCode.DISCONNECTED: retry(); break;
          case ExchangeErrorCode.INVALID_TIMESTAMP: retry(); break;
          case ExchangeErrorCode.TOO_MANY_ORDERS: retry(); break;
          case ExchangeErrorCode.UNEXPECTED_RESP: retry(); break;
          case ExchangeErrorCode.UNKNOWN: retry(); break;
          default:
            fail();
        }
      `,
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: { missing: 'TIMEOUT (-1007), TOO_MANY_REQUESTS (-1003)' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { missing: 'TIMEOUT (-1007), TOO_MANY_REQUESTS (-1003)' },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                switch (err.code) {
                  case ExchangeErrorCode.DISCONNECTED: retry(); break;
                  case ExchangeErrorCode.INVALID_TIMESTAMP: retry(); break;
                  case ExchangeErrorCode.TOO_MANY_ORDERS: retry(); break;
                  case ExchangeErrorCode.UNEXPECTED_RESP: retry(); break;
                  case ExchangeErrorCode.UNKNOWN: retry(); break;
                  case ExchangeErrorCode.TIMEOUT:
                    throw new Error('Unhandled retryable exchange error: TIMEOUT');
                  case ExchangeErrorCode.TOO_MANY_REQUESTS:
                    throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
                  default:
                    fail();
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
        switch (e.code) {
          case EC.BAD_SYMBOL:
            skip();
            break;
        }
      `,
      options: [{ requireAll: false }],
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: {
            missing:
              'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TIMEOUT (-1007), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
          },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: dedent`
                import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
                switch (e.code) {
                  case EC.BAD_SYMBOL:
                    skip();
                    break;
                  case EC.DISCONNECTED:
                    throw new Error('Unhandled retryable exchange error: DISCONNECTED');
                  case EC.INVALID_TIMESTAMP:
                    throw new Error('Unhandled retryable exchange error: INVALID_TIMESTAMP');
                  case EC.TIMEOUT:
                    throw new Error('Unhandled retryable exchange error: TIMEOUT');
                  case EC.TOO_MANY_ORDERS:
                    throw new Error('Unhandled retryable exchange error: TOO_MANY_ORDERS');
                  case EC.TOO_MANY_REQUESTS:
                    throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
                  case EC.UNEXPECTED_RESP:
                    throw new Error('Unhandled retryable exchange error: UNEXPECTED_RESP');
                  case EC.UNKNOWN:
                    throw new Error('Unhandled retryable exchange error: UNKNOWN');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import * as errors from '@exchange-errors/catalogue';
        switch (e.code) { case errors.ExchangeErrorCode.UNKNOWN: break; }
      `,
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: {
            missing:
              'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TIMEOUT (-1007), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006)',
          },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: dedent`
                import * as errors from '@exchange-errors/catalogue';
                switch (e.code) { case errors.ExchangeErrorCode.UNKNOWN: break;
                  case errors.ExchangeErrorCode.DISCONNECTED:
                    throw new Error('Unhandled retryable exchange error: DISCONNECTED');
                  case errors.ExchangeErrorCode.INVALID_TIMESTAMP:
                    throw new Error('Unhandled retryable exchange error: INVALID_TIMESTAMP');
                  case errors.ExchangeErrorCode.TIMEOUT:
                    throw new Error('Unhandled retryable exchange error: TIMEOUT');
                  case errors.ExchangeErrorCode.TOO_MANY_ORDERS:
                    throw new Error('Unhandled retryable exchange error: TOO_MANY_ORDERS');
                  case errors.ExchangeErrorCode.TOO_MANY_REQUESTS:
                    throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
                  case errors.ExchangeErrorCode.UNEXPECTED_RESP:
                    throw new Error('Unhandled retryable exchange error: UNEXPECTED_RESP'); }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        switch (status) {
          case -1121:
            return;
        }
      `,
      errors: [
        {
          messageId: 'missingRetryableCases',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: dedent`
                switch (status) {
                  case -1121:
                    return;
                  case -1001:
                    throw new Error('Unhandled retryable exchange error: DISCONNECTED');
                  case -1021:
                    throw new Error('Unhandled retryable exchange error: INVALID_TIMESTAMP');
                  case -1007:
                    throw new Error('Unhandled retryable exchange error: TIMEOUT');
                  case -1015:
                    throw new Error('Unhandled retryable exchange error: TOO_MANY_ORDERS');
                  case -1003:
                    throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
                  case -1006:
                    throw new Error('Unhandled retryable exchange error: UNEXPECTED_RESP');
                  case -1000:
                    throw new Error('Unhandled retryable exchange error: UNKNOWN');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        switch (err.code) {
          case -9002: skip(); break;
        }
      `,
      settings: customCatalogueSettings,
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: { missing: 'VENUE_DOWN (-9001)' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: dedent`
                switch (err.code) {
                  case -9002: skip(); break;
                  case -9001:
                    throw new Error('Unhandled retryable exchange error: VENUE_DOWN');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        switch (err.code) {
          case -9001: retry(); break;
        }
      `,
      options: [{ requireAll: true }],
      settings: customCatalogueSettings,
      errors: [
        {
          messageId: 'missingCases',
          data: { missing: 'VENUE_REJECTED (-9002)' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: dedent`
                switch (err.code) {
                  case -9001: retry(); break;
                  case -9002:
                    throw new Error('Unhandled exchange error: VENUE_REJECTED');
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

createJavaScriptRuleTester().run('exhaustive-retryable-switch (JavaScript, names)', rule, {
  valid: [
    dedent`
      switch (error.name) {
        case "DISCONNECTED": retry()
        case "INVALID_TIMESTAMP": retry()
        case "TIMEOUT": retry()
        case "TOO_MANY_ORDERS": retry()
        case "TOO_MANY_REQUESTS": retry()
        case "UNEXPECTED_RESP": retry()
        case "UNKNOWN": retry()
      }
    `,
  ],
  invalid: [
    {
      code: dedent`
        switch (error.name) {
            case "TIMEOUT": check()
            case "BAD_SYMBOL": skip()
        }
      `,
      errors: [
        {
          messageId: 'missingRetryableCases',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: dedent`
                switch (error.name) {
                    case "TIMEOUT": check()
                    case "BAD_SYMBOL": skip()
                    case "DISCONNECTED":
                        throw new Error("Unhandled retryable exchange error: DISCONNECTED")
                    case "INVALID_TIMESTAMP":
                        throw new Error("Unhandled retryable exchange error: INVALID_TIMESTAMP")
                    case "TOO_MANY_ORDERS":
                        throw new Error("Unhandled retryable exchange error: TOO_MANY_ORDERS")
                    case "TOO_MANY_REQUESTS":
                        throw new Error("Unhandled retryable exchange error: TOO_MANY_REQUESTS")
                    case "UNEXPECTED_RESP":
                        throw new Error("Unhandled retryable exchange error: UNEXPECTED_RESP")
                    case "UNKNOWN":
                        throw new Error("Unhandled retryable exchange error: UNKNOWN")
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

createCommonJsRuleTester().run('exhaustive-retryable-switch (CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      code: dedent`
        const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
        switch (c) {
          case ExchangeErrorCode.TIMEOUT: break;
          default: break;
        }
      `,
      options: [{ allowDefault: false }],
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: {
            missing:
              'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
          },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: dedent`
                const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
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
                  default: break;
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

createTypeAwareRuleTester().run('exhaustive-retryable-switch (typeAware)', rule, {
  valid: [
    {
      filename: 'file.ts',
      code: dedent`
        import type { ExchangeErrorCode, RetryableErrorName } from '@exchange-errors/catalogue';
        declare const code: -1121 | -2013;
        switch (code) { case -1121: break; }
      `,
    },
    {
      filename: 'file.ts',
      code: dedent`
        declare const n: number;
        switch (n) { case 1: break; }
      `,
    },
  ],
  invalid: [
    {
      filename: 'file.ts',
      code: dedent`
        import type { ExchangeErrorCode, RetryableErrorName } from '@exchange-errors/catalogue';
        declare const name: RetryableErrorName;
        const T = 'TIMEOUT' as const;
        switch (name) {
          case T: break;
        }
      `,
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: {
            missing:
              'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
          },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: dedent`
                import type { ExchangeErrorCode, RetryableErrorName } from '@exchange-errors/catalogue';
                declare const name: RetryableErrorName;
                const T = 'TIMEOUT' as const;
                switch (name) {
                  case T: break;
                  case 'DISCONNECTED':
                    throw new Error('Unhandled retryable exchange error: DISCONNECTED');
                  case 'INVALID_TIMESTAMP':
                    throw new Error('Unhandled retryable exchange error: INVALID_TIMESTAMP');
                  case 'TOO_MANY_ORDERS':
                    throw new Error('Unhandled retryable exchange error: TOO_MANY_ORDERS');
                  case 'TOO_MANY_REQUESTS':
                    throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
                  case 'UNEXPECTED_RESP':
                    throw new Error('Unhandled retryable exchange error: UNEXPECTED_RESP');
                  case 'UNKNOWN':
                    throw new Error('Unhandled retryable exchange error: UNKNOWN');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      filename: 'file.ts',
      code: dedent`
        import type { ExchangeErrorCode, RetryableErrorName } from '@exchange-errors/catalogue';
        declare const code: -1007 | -1003 | -1121;
        switch (code) {
          case -1121: break;
        }
      `,
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: { missing: 'TIMEOUT (-1007), TOO_MANY_REQUESTS (-1003)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: dedent`
                import type { ExchangeErrorCode, RetryableErrorName } from '@exchange-errors/catalogue';
                declare const code: -1007 | -1003 | -1121;
                switch (code) {
                  case -1121: break;
                  case -1007:
                    throw new Error('Unhandled retryable exchange error: TIMEOUT');
                  case -1003:
                    throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

// Which member expressions are catalogue constants.
createTypeScriptRuleTester().run('exhaustive-retryable-switch: code constants', rule, {
  valid: [
    // A project's own object is no catalogue constant, even with catalogue names for properties.
    dedent`
      const Codes = { TIMEOUT: -1007 };
      switch (c) {
        case Codes.TIMEOUT: break;
      }
    `,
  ],
  invalid: [
    {
      // `ExchangeErrorCode` bound to nothing is the catalogue's, not imported yet: the suggestion imports it.
      code: dedent`
        switch (c) {
          case ExchangeErrorCode.TIMEOUT: break;
        }
      `,
      errors: [
        {
          messageId: 'missingRetryableCases',
          data: {
            missing:
              'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
          },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: {
                missing:
                  'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
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
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
