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
    // Constants of a project's own, with no catalogue code behind them.
    dedent`
      const BAD = 1, LATE = 2;
      function handle(err) {
        if (err.code === BAD) return skip();
        if (err.code === LATE) return wait();
        throw err;
      }
    `,
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
      // Codes held by bindings declared after the function that tests them.
      code: dedent`
        function handle(err) {
          if (err.code === BAD) return skip();
          if (err.code === LATE) return wait();
          throw err;
        }
        const BAD = -1121, LATE = TIMED_OUT;
        const TIMED_OUT = -1007;
      `,
      errors: [
        {
          messageId: 'missingRetryableBranches',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'addMissingBranches',
              output: dedent`
                function handle(err) {
                  if (err.code === BAD) return skip();
                  if (err.code === LATE) return wait();
                  if (err.code === -1001) throw new Error('Unhandled retryable exchange error: DISCONNECTED');
                  if (err.code === -1021) throw new Error('Unhandled retryable exchange error: INVALID_TIMESTAMP');
                  if (err.code === -1015) throw new Error('Unhandled retryable exchange error: TOO_MANY_ORDERS');
                  if (err.code === -1003) throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
                  if (err.code === -1006) throw new Error('Unhandled retryable exchange error: UNEXPECTED_RESP');
                  if (err.code === -1000) throw new Error('Unhandled retryable exchange error: UNKNOWN');
                  throw err;
                }
                const BAD = -1121, LATE = TIMED_OUT;
                const TIMED_OUT = -1007;
              `,
            },
          ],
        },
      ],
    },
    {
      // `err?.code` and `err.code` are one subject, whatever the optional chaining and spacing.
      code: dedent`
        function handle(err) {
          if (err?.code === -1121) return skip();
          if (err .code === -1007) return wait();
          throw err;
        }
      `,
      errors: [
        {
          messageId: 'missingRetryableBranches',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addMissingBranches',
              output: dedent`
                function handle(err) {
                  if (err?.code === -1121) return skip();
                  if (err .code === -1007) return wait();
                  if (err?.code === -1001) throw new Error('Unhandled retryable exchange error: DISCONNECTED');
                  if (err?.code === -1021) throw new Error('Unhandled retryable exchange error: INVALID_TIMESTAMP');
                  if (err?.code === -1015) throw new Error('Unhandled retryable exchange error: TOO_MANY_ORDERS');
                  if (err?.code === -1003) throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
                  if (err?.code === -1006) throw new Error('Unhandled retryable exchange error: UNEXPECTED_RESP');
                  if (err?.code === -1000) throw new Error('Unhandled retryable exchange error: UNKNOWN');
                  throw err;
                }
              `,
            },
          ],
        },
      ],
    },
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

createTypeScriptRuleTester().run('exhaustive-retryable-switch (if chains)', rule, {
  valid: [
    // Every retryable code has a branch.
    dedent`
      if (err.code === -1001) retry();
      else if (err.code === -1021) retry();
      else if (err.code === -1007) retry();
      else if (err.code === -1015) retry();
      else if (err.code === -1003) retry();
      else if (err.code === -1006) retry();
      else if (err.code === -1000) retry();
    `,
    // Classifying, not dispatching: every branch answers true or false, and the function is no retry predicate.
    dedent`
      function isAuthError(err) {
        if (err.code === -1002) return true;
        if (err.code === -1022) return true;
        return false;
      }
    `,
    dedent`
      function isInvalidAuthError(e) {
        switch (e.code) {
          case -1002:
          case -1022:
            return true;
        }
        return false;
      }
    `,
    {
      code: dedent`
        if (err.code === -1121) skip();
        else if (err.code === -2013) forget();
        else retry();
      `,
      options: [{ allowDefault: true }],
    },
    // Two subjects, one code, or branches that neither return nor throw: no dispatch over one code.
    'if (a.code === -1121) skip(); else if (b.code === -1007) wait();',
    'function f(err) { if (err.code === -1121) return 1; if (err.code === -1121) throw err; }',
    dedent`
      if (err.code === -1121) log(1);
      if (err.code === -2013) log(2);
    `,
    // A branch that tests something else ends the chain's claim to be a dispatch.
    'if (err.code === -1121) skip(); else if (ready) go(); else if (err.code === -2013) forget();',
    {
      code: 'if (err.code === -9001) retry(); else if (err.code === -9002) fail();',
      settings: customCatalogueSettings,
    },
  ],
  invalid: [
    {
      code: dedent`
        if (err.code === -1121) {
          skip();
        } else if (err.code === -2013) {
          forget();
        } else {
          retry();
        }
      `,
      errors: [
        {
          messageId: 'missingRetryableBranches',
          data: {
            missing:
              'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TIMEOUT (-1007), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'addMissingBranches',
              data: {
                missing:
                  'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TIMEOUT (-1007), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
              },
              output: dedent`
                if (err.code === -1121) {
                  skip();
                } else if (err.code === -2013) {
                  forget();
                } else if (err.code === -1001) {
                  throw new Error('Unhandled retryable exchange error: DISCONNECTED');
                } else if (err.code === -1021) {
                  throw new Error('Unhandled retryable exchange error: INVALID_TIMESTAMP');
                } else if (err.code === -1007) {
                  throw new Error('Unhandled retryable exchange error: TIMEOUT');
                } else if (err.code === -1015) {
                  throw new Error('Unhandled retryable exchange error: TOO_MANY_ORDERS');
                } else if (err.code === -1003) {
                  throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
                } else if (err.code === -1006) {
                  throw new Error('Unhandled retryable exchange error: UNEXPECTED_RESP');
                } else if (err.code === -1000) {
                  throw new Error('Unhandled retryable exchange error: UNKNOWN');
                } else {
                  retry();
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // A run of early returns over aliased constants, inside a function.
      code: dedent`
        import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
        function handle(err) {
          if (err.code === EC.BAD_SYMBOL) return skip();
          if (err.code === EC.TIMEOUT) return reconcile();
          throw err;
        }
      `,
      errors: [
        {
          messageId: 'missingRetryableBranches',
          data: {
            missing:
              'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TOO_MANY_ORDERS (-1015), TOO_MANY_REQUESTS (-1003), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addMissingBranches',
              output: dedent`
                import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
                function handle(err) {
                  if (err.code === EC.BAD_SYMBOL) return skip();
                  if (err.code === EC.TIMEOUT) return reconcile();
                  if (err.code === EC.DISCONNECTED) throw new Error('Unhandled retryable exchange error: DISCONNECTED');
                  if (err.code === EC.INVALID_TIMESTAMP) throw new Error('Unhandled retryable exchange error: INVALID_TIMESTAMP');
                  if (err.code === EC.TOO_MANY_ORDERS) throw new Error('Unhandled retryable exchange error: TOO_MANY_ORDERS');
                  if (err.code === EC.TOO_MANY_REQUESTS) throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS');
                  if (err.code === EC.UNEXPECTED_RESP) throw new Error('Unhandled retryable exchange error: UNEXPECTED_RESP');
                  if (err.code === EC.UNKNOWN) throw new Error('Unhandled retryable exchange error: UNKNOWN');
                  throw err;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // A retry predicate: its branches return whether to retry, so new ones do too.
      code: dedent`
        function shouldRetry(error) {
          if (error.code === -1003) {
            return true;
          }
          if (-1121 === error.code) {
            return false;
          }
          return false;
        }
      `,
      errors: [
        {
          messageId: 'missingRetryableBranches',
          data: {
            missing:
              'DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), TIMEOUT (-1007), TOO_MANY_ORDERS (-1015), UNEXPECTED_RESP (-1006), UNKNOWN (-1000)',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'addMissingReturns',
              output: dedent`
                function shouldRetry(error) {
                  if (error.code === -1003) {
                    return true;
                  }
                  if (-1121 === error.code) {
                    return false;
                  }
                  if (error.code === -1001) {
                    return true;
                  }
                  if (error.code === -1021) {
                    return true;
                  }
                  if (error.code === -1007) {
                    return false;
                  }
                  if (error.code === -1015) {
                    return true;
                  }
                  if (error.code === -1006) {
                    return false;
                  }
                  if (error.code === -1000) {
                    return false;
                  }
                  return false;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // A classifying switch in a retry predicate is a dispatch too, and gets `return` cases.
      code: dedent`
        function isRetryable(code) {
          switch (code) {
            case -1003:
            case -1001:
              return true;
            default:
              return false;
          }
        }
      `,
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
              output: dedent`
                function isRetryable(code) {
                  switch (code) {
                    case -1003:
                    case -1001:
                      return true;
                    case -1021:
                      return true;
                    case -1007:
                      return false;
                    case -1015:
                      return true;
                    case -1006:
                      return false;
                    case -1000:
                      return false;
                    default:
                      return false;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // Names, several codes in one branch, and the file's double quotes.
      code: dedent`
        if (error.name === "TIMEOUT" || error.name === "UNKNOWN") check();
        else if (error.name === "BAD_SYMBOL") skip();
      `,
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
              output: dedent`
                if (error.name === "TIMEOUT" || error.name === "UNKNOWN") check();
                else if (error.name === "BAD_SYMBOL") skip();
                else if (error.name === "DISCONNECTED") throw new Error("Unhandled retryable exchange error: DISCONNECTED");
                else if (error.name === "INVALID_TIMESTAMP") throw new Error("Unhandled retryable exchange error: INVALID_TIMESTAMP");
                else if (error.name === "TOO_MANY_ORDERS") throw new Error("Unhandled retryable exchange error: TOO_MANY_ORDERS");
                else if (error.name === "TOO_MANY_REQUESTS") throw new Error("Unhandled retryable exchange error: TOO_MANY_REQUESTS");
                else if (error.name === "UNEXPECTED_RESP") throw new Error("Unhandled retryable exchange error: UNEXPECTED_RESP");
              `,
            },
          ],
        },
      ],
    },
  ],
});

createCommonJsRuleTester().run('exhaustive-retryable-switch (if chains, CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      filename: 'client.cjs',
      code: dedent`
        const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
        if (e.code === ExchangeErrorCode.TIMEOUT) reconcile()
        else if (e.code === ExchangeErrorCode.DISCONNECTED) backOff()
      `,
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
              output: dedent`
                const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
                if (e.code === ExchangeErrorCode.TIMEOUT) reconcile()
                else if (e.code === ExchangeErrorCode.DISCONNECTED) backOff()
                else if (e.code === ExchangeErrorCode.INVALID_TIMESTAMP) throw new Error('Unhandled retryable exchange error: INVALID_TIMESTAMP')
                else if (e.code === ExchangeErrorCode.TOO_MANY_ORDERS) throw new Error('Unhandled retryable exchange error: TOO_MANY_ORDERS')
                else if (e.code === ExchangeErrorCode.TOO_MANY_REQUESTS) throw new Error('Unhandled retryable exchange error: TOO_MANY_REQUESTS')
                else if (e.code === ExchangeErrorCode.UNEXPECTED_RESP) throw new Error('Unhandled retryable exchange error: UNEXPECTED_RESP')
                else if (e.code === ExchangeErrorCode.UNKNOWN) throw new Error('Unhandled retryable exchange error: UNKNOWN')
              `,
            },
          ],
        },
      ],
    },
  ],
});

createTypeAwareRuleTester().run('exhaustive-retryable-switch (if chains, typeAware)', rule, {
  valid: [],
  invalid: [
    {
      // Only the codes the subject's type allows are required.
      filename: 'file.ts',
      code: dedent`
        declare const code: -1007 | -1001 | -1121;
        if (code === -1121) skip();
        else if (code === -1007) reconcile();
      `,
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
              output: dedent`
                declare const code: -1007 | -1001 | -1121;
                if (code === -1121) skip();
                else if (code === -1007) reconcile();
                else if (code === -1001) throw new Error('Unhandled retryable exchange error: DISCONNECTED');
              `,
            },
          ],
        },
      ],
    },
  ],
});
