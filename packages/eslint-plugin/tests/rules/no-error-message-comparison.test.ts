import { defineCatalogue } from '@exchange-errors/catalogue';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import rule from '../../src/rules/no-error-message-comparison.js';
import { dedent } from '../dedent.js';
import {
  createCommonJsRuleTester,
  createJavaScriptRuleTester,
  createTypeAwareRuleTester,
  createTypeScriptRuleTester,
  customCatalogueSettings,
} from '../rule-tester.js';

/** A catalogue whose message writes its parameters as `%d` and `{0}`, as some exchanges' pages do. */
const placeholderCatalogueSettings = {
  '@exchange-errors': {
    catalogue: defineCatalogue([
      {
        code: -9003,
        name: 'TOO_MANY_ORDERS',
        group: 'venue',
        retry: 'none',
        messages: ['At most %d open orders per {0}.'],
      },
    ]),
    importSource: '#venue-errors',
  },
};

createTypeScriptRuleTester().run('no-error-message-comparison', rule, {
  valid: [
    dedent`
      import { ExchangeErrorCode } from '@exchange-errors/catalogue';
      if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip();
    `,
    // Not an error's text.
    "if (label === 'Invalid symbol.') skip();",
    "if (title.includes('Insufficient balance')) warn();",
    'if (/Invalid symbol/.test(input)) skip();',
    // Short or generic parts of a message.
    "if (e.message.includes('Invalid')) skip();",
    "if (e.message.includes('not valid')) skip();",
    "if (e.message.includes('does not exist')) skip();",
    'if (msg.endsWith("\' was empty.")) skip();',
    // Not a catalogue message, or more than one.
    "if (err.message === 'Network down') retry();",
    "if (err.msg === 'Invalid symbol. Try BTCUSDT') skip();",
    // A pattern that matches any sentence says nothing about the catalogue.
    'if (/.+/.test(e.message)) log();',
    'if (/\\w+ \\w+/.test(e.message)) log();',
    'if (e.message.includes(`${prefix} symbol`)) skip();',
    'if (e.message === other) skip();',
    "if ('Invalid symbol.' === 'Invalid symbol.') skip();",
    {
      code: "if (err.msg === 'Invalid symbol.') skip();",
      options: [{ messagePattern: '^text$' }],
    },
    {
      code: "if (err.message === 'Invalid symbol.') skip();",
      settings: customCatalogueSettings,
    },
  ],
  invalid: [
    {
      code: "if (err.msg === 'Invalid symbol.') skip();\nlog(err.code);",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BAD_SYMBOL',
            message: '"Invalid symbol."',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if ('Invalid symbol.' !== response.data.msg) retry();\nlog(response.data.code);",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BAD_SYMBOL',
            message: '"Invalid symbol."',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'response.data.code',
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (ExchangeErrorCode.BAD_SYMBOL !== response.data.code) retry();
                log(response.data.code);
              `,
            },
          ],
        },
      ],
    },
    {
      // No object holds the message, so there is no code to compare.
      code: "if (msg == 'Invalid symbol.') skip();",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BAD_SYMBOL',
            message: '"Invalid symbol."',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 29,
          suggestions: [],
        },
      ],
    },
    {
      code: "if (e.message.includes('Insufficient balance')) topUp();\nlog(e.code);",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BALANCE_NOT_ENOUGH',
            message: '"Insufficient balance"',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'e.code',
                constant: 'ExchangeErrorCode.BALANCE_NOT_ENOUGH',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (e.code === ExchangeErrorCode.BALANCE_NOT_ENOUGH) topUp();
                log(e.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (!e.message.includes('Insufficient balance')) place();\nlog(e.code);",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'e.code',
                constant: 'ExchangeErrorCode.BALANCE_NOT_ENOUGH',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (e.code !== ExchangeErrorCode.BALANCE_NOT_ENOUGH) place();
                log(e.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: "const gone = error.errorMessage.toLowerCase().startsWith('order does not exist') && !retried;\nlog(error.code);",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.NO_SUCH_ORDER',
            message: '"order does not exist"',
          },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'error.code',
                constant: 'ExchangeErrorCode.NO_SUCH_ORDER',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                const gone = error.code === ExchangeErrorCode.NO_SUCH_ORDER && !retried;
                log(error.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (e?.response?.data?.msg?.endsWith('Transaction is frozen')) wait();\nlog(e?.response?.data?.code);",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'e?.response?.data?.code',
                constant: 'ExchangeErrorCode.EXCHANGE_LOCK',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (e?.response?.data?.code === ExchangeErrorCode.EXCHANGE_LOCK) wait();
                log(e?.response?.data?.code);
              `,
            },
          ],
        },
      ],
    },
    {
      // Parentheses where the comparison would otherwise bind differently; the bracket style is kept.
      code: "const flag = +(err as ApiError)['message'].includes('Order does not exist');\nlog((err as ApiError)['code']);",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: "(err as ApiError)['code']",
                constant: 'ExchangeErrorCode.NO_SUCH_ORDER',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                const flag = +((err as ApiError)['code'] === ExchangeErrorCode.NO_SUCH_ORDER);
                log((err as ApiError)['code']);
              `,
            },
          ],
        },
      ],
    },
    {
      code: 'if (err.message === "Parameter \'side\' was empty.") fix();\nlog(err.code);',
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.PARAM_EMPTY',
            message: '"Parameter \'side\' was empty."',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'ExchangeErrorCode.PARAM_EMPTY',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === ExchangeErrorCode.PARAM_EMPTY) fix();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      // Template parts across a placeholder, in a template literal.
      code: 'if (reason.includes(`sent when not required`)) fix();',
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.PARAM_NOT_REQUIRED',
            message: '"sent when not required"',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      code: 'if (/Invalid symbol/.test(err.message)) skip();\nlog(err.code);',
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BAD_SYMBOL',
            message: '/Invalid symbol/',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (/^Parameter '\\w+' was empty\\.$/u.exec(body.msg)) fix();\nlog(body.code);",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.PARAM_EMPTY',
            message: "/^Parameter '\\w+' was empty\\.$/u",
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'body.code',
                constant: 'ExchangeErrorCode.PARAM_EMPTY',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (body.code === ExchangeErrorCode.PARAM_EMPTY) fix();
                log(body.code);
              `,
            },
          ],
        },
      ],
    },
    {
      // `match` gives an array: no suggestion where more than its truthiness is used.
      code: 'const found = err.msg.match(/insufficient balance/i);',
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BALANCE_NOT_ENOUGH',
            message: '/insufficient balance/i',
          },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 53,
          suggestions: [],
        },
      ],
    },
    {
      code: 'if (err.msg.match(/Invalid symbol\\./g)) skip();\nlog(err.code);',
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (err.message.indexOf('Invalid symbol') !== -1) skip();",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BAD_SYMBOL',
            message: '"Invalid symbol"',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        switch (err.message) {
          case 'Invalid symbol.': skip(); break;
          case 'Other': break;
        }
      `,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BAD_SYMBOL',
            message: '"Invalid symbol."',
          },
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      // One text, several codes: the message lists them and no single code can be suggested.
      code: "if (err.msg.startsWith('You are not authorized to execute this request')) login();",
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants:
              'ExchangeErrorCode.UNAUTHORIZED, ExchangeErrorCode.NO_THIS_COMPANY, ExchangeErrorCode.UNTIMESTAMP or ExchangeErrorCode.UNSIGNATURE',
            message: '"You are not authorized to execute this request"',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 73,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
        if (err.msg === 'Invalid symbol.') skip();
        log(err.code);
      `,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: { constants: 'EC.BAD_SYMBOL', message: '"Invalid symbol."' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { code: 'err.code', constant: 'EC.BAD_SYMBOL' },
              output: dedent`
                import { ExchangeErrorCode as EC } from '@exchange-errors/catalogue';
                if (err.code === EC.BAD_SYMBOL) skip();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import * as errors from '@exchange-errors/catalogue';
        if (err.msg === 'Invalid symbol.') skip();
        log(err.code);
      `,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'errors.ExchangeErrorCode.BAD_SYMBOL',
            message: '"Invalid symbol."',
          },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'errors.ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import * as errors from '@exchange-errors/catalogue';
                if (err.code === errors.ExchangeErrorCode.BAD_SYMBOL) skip();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { catalogue } from '@exchange-errors/catalogue';
        if (err.msg === 'Invalid symbol.') skip();
        log(err.code);
      `,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { catalogue, ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      // A local ExchangeErrorCode would shadow the import: report without a suggestion.
      code: dedent`
        const ExchangeErrorCode = {};
        if (err.msg === 'Invalid symbol.') skip();
      `,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BAD_SYMBOL',
            message: '"Invalid symbol."',
          },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      code: "if (err.text === 'Invalid symbol.') skip();\nlog(err.code);",
      options: [{ messagePattern: '^text$' }],
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BAD_SYMBOL',
            message: '"Invalid symbol."',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (err.message.includes('venue is down')) retry();\nlog(err.code);",
      settings: customCatalogueSettings,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.VENUE_DOWN',
            message: '"venue is down"',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'ExchangeErrorCode.VENUE_DOWN',
              },
              output: dedent`
                import { ExchangeErrorCode } from '#venue-errors';
                if (err.code === ExchangeErrorCode.VENUE_DOWN) retry();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (err.message === 'At most 200 open orders per account.') skip();\nlog(err.code);",
      settings: placeholderCatalogueSettings,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.TOO_MANY_ORDERS',
            message: '"At most 200 open orders per account."',
          },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'ExchangeErrorCode.TOO_MANY_ORDERS',
              },
              output: dedent`
                import { ExchangeErrorCode } from '#venue-errors';
                if (err.code === ExchangeErrorCode.TOO_MANY_ORDERS) skip();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    // A test position seen through `&&`, `||` and `!`: only the truthiness of `match` is used.
    {
      code: `if (ok && e.message.match(/Invalid symbol/)) skip();\nlog(e.code);`,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: { constants: 'ExchangeErrorCode.BAD_SYMBOL', message: '/Invalid symbol/' },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { code: 'e.code', constant: 'ExchangeErrorCode.BAD_SYMBOL' },
              output: `import { ExchangeErrorCode } from '@exchange-errors/catalogue';
if (ok && e.code === ExchangeErrorCode.BAD_SYMBOL) skip();
log(e.code);`,
            },
          ],
        },
      ],
    },
    {
      code: `while (!stopped || !e.message.match(/Invalid symbol/)) wait();\nlog(e.code);`,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: { constants: 'ExchangeErrorCode.BAD_SYMBOL', message: '/Invalid symbol/' },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { code: 'e.code', constant: 'ExchangeErrorCode.BAD_SYMBOL' },
              output: `import { ExchangeErrorCode } from '@exchange-errors/catalogue';
while (!stopped || e.code !== ExchangeErrorCode.BAD_SYMBOL) wait();
log(e.code);`,
            },
          ],
        },
      ],
    },
    {
      // The array `match` gives is the value of `&&` here.
      code: `const found = ok && e.message.match(/Invalid symbol/);`,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: { constants: 'ExchangeErrorCode.BAD_SYMBOL', message: '/Invalid symbol/' },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 54,
          suggestions: [],
        },
      ],
    },
    {
      // `??` passes the array on, not its truthiness.
      code: `if (ok && (e.message.match(/Invalid symbol/) ?? fallback)) skip();`,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: { constants: 'ExchangeErrorCode.BAD_SYMBOL', message: '/Invalid symbol/' },
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 45,
          suggestions: [],
        },
      ],
    },
  ],
});

createJavaScriptRuleTester().run('no-error-message-comparison (JavaScript)', rule, {
  valid: ["if (name === 'Invalid symbol.') skip()"],
  invalid: [
    {
      code: dedent`
        import { ok } from "./ok.js"
        if (err.msg === "Invalid symbol.") skip()
        log(err.code);
      `,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BAD_SYMBOL',
            message: '"Invalid symbol."',
          },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                import { ok } from "./ok.js"
                import { ExchangeErrorCode } from "@exchange-errors/catalogue"
                if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip()
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
  ],
});

createCommonJsRuleTester().run('no-error-message-comparison (CommonJS)', rule, {
  valid: [
    dedent`
      const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
      if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip();
    `,
  ],
  invalid: [
    {
      code: dedent`
        'use strict';
        if (err.msg === 'Invalid symbol.') skip();
        log(err.code);
      `,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'ExchangeErrorCode.BAD_SYMBOL',
            message: '"Invalid symbol."',
          },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'compareCode',
              data: {
                code: 'err.code',
                constant: 'ExchangeErrorCode.BAD_SYMBOL',
              },
              output: dedent`
                'use strict';
                const { ExchangeErrorCode } = require('@exchange-errors/catalogue');
                if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const { ExchangeErrorCode: EC } = require('@exchange-errors/catalogue');
        if (/insufficient balance/i.test(e.message)) topUp();
        log(e.code);
      `,
      errors: [
        {
          messageId: 'compareCodeNotMessage',
          data: {
            constants: 'EC.BALANCE_NOT_ENOUGH',
            message: '/insufficient balance/i',
          },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { code: 'e.code', constant: 'EC.BALANCE_NOT_ENOUGH' },
              output: dedent`
                const { ExchangeErrorCode: EC } = require('@exchange-errors/catalogue');
                if (e.code === EC.BALANCE_NOT_ENOUGH) topUp();
                log(e.code);
              `,
            },
          ],
        },
      ],
    },
  ],
});

describe('no-error-message-comparison options', () => {
  const lint = (options: unknown) =>
    new Linter({ configType: 'flat' }).verify('x;', [
      plugin.configs.recommended as Linter.Config,
      { rules: { '@exchange-errors/no-error-message-comparison': ['error', options] } },
    ]);

  it.each([
    ['an unknown option', { ignore: [] }, /should NOT have additional properties/],
    [
      'a messagePattern that is not a string',
      { messagePattern: 42 },
      /messagePattern.*should be string|should be string/,
    ],
    [
      'a messagePattern that is not a regular expression',
      { messagePattern: '(' },
      /option messagePattern is "\(", which is not a valid regular expression/,
    ],
  ])('rejects %s', (_, options, message) => {
    expect(() => lint(options)).toThrow(message);
  });

  it('accepts the defaults', () => {
    expect(lint({})).toEqual([]);
  });
});

const compareCode = (constants: string, message: string) => ({
  messageId: 'compareCodeNotMessage' as const,
  data: { constants, message },
});

createJavaScriptRuleTester().run('no-error-message-comparison: shapes of bot code', rule, {
  valid: [
    // A number that is no catalogue code, and words that are no catalogue name.
    "if (err.message.includes('-9999')) skip();",
    // Equal to a bare code: a code kept as a string, not a message.
    "if (error === '-2015') login();",
    "switch (error) { case '-2015': login(); }",
    'if (/UNKNOWN_ORDER/.test(err.message)) skip();',
  ],
  invalid: [
    {
      code: dedent`
        if (err.message.includes('-1021')) resync();
        log(err.code);
      `,
      errors: [
        {
          ...compareCode('ExchangeErrorCode.INVALID_TIMESTAMP', '"-1021"'),
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { code: 'err.code', constant: 'ExchangeErrorCode.INVALID_TIMESTAMP' },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === ExchangeErrorCode.INVALID_TIMESTAMP) resync();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        if (/-2013|NO_SUCH_ORDER/.test(err.message)) forget();
        log(err.code);
      `,
      errors: [
        {
          ...compareCode('ExchangeErrorCode.NO_SUCH_ORDER', '/-2013|NO_SUCH_ORDER/'),
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { code: 'err.code', constant: 'ExchangeErrorCode.NO_SUCH_ORDER' },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === ExchangeErrorCode.NO_SUCH_ORDER) forget();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      // The text of the error itself, read through toString() or a template literal.
      code: dedent`
        const { code } = err;
        if (err.toString().includes('Insufficient balance')) topUp();
      `,
      errors: [
        {
          ...compareCode('ExchangeErrorCode.BALANCE_NOT_ENOUGH', '"Insufficient balance"'),
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { code: 'err.code', constant: 'ExchangeErrorCode.BALANCE_NOT_ENOUGH' },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                const { code } = err;
                if (err.code === ExchangeErrorCode.BALANCE_NOT_ENOUGH) topUp();
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        if (\`\${err}\`.includes('Invalid symbol.')) skip();
        log(err.code);
      `,
      errors: [
        {
          ...compareCode('ExchangeErrorCode.BAD_SYMBOL', '"Invalid symbol."'),
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { code: 'err.code', constant: 'ExchangeErrorCode.BAD_SYMBOL' },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip();
                log(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      // Each text of a logical expression inside the search; no one comparison replaces them.
      code: 'if (err.msg.match(/Too many new orders/ || /Invalid symbol/)) wait();',
      errors: [
        {
          ...compareCode('ExchangeErrorCode.TOO_MANY_ORDERS', '/Too many new orders/'),
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 40,
          suggestions: [],
        },
        {
          ...compareCode('ExchangeErrorCode.BAD_SYMBOL', '/Invalid symbol/'),
          line: 1,
          column: 44,
          endLine: 1,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      // An error built from the response has no code to compare.
      code: dedent`
        function wrap(body) {
          const error = new Error(\`Error \${body.code}: \${body.msg}\`);
          if (error.message.includes('Invalid symbol.')) return null;
          return error;
        }
      `,
      errors: [
        {
          ...compareCode('ExchangeErrorCode.BAD_SYMBOL', '"Invalid symbol."'),
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      // After an `else`, the code is some other one: the comparison is suggested.
      code: dedent`
        if (err.code === -1000) retry();
        else if (err.message.includes('Invalid symbol.')) skip();
      `,
      errors: [
        {
          ...compareCode('ExchangeErrorCode.BAD_SYMBOL', '"Invalid symbol."'),
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { code: 'err.code', constant: 'ExchangeErrorCode.BAD_SYMBOL' },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                if (err.code === -1000) retry();
                else if (err.code === ExchangeErrorCode.BAD_SYMBOL) skip();
              `,
            },
          ],
        },
      ],
    },
    {
      // Under a check of an umbrella code, the text tells apart errors of that code.
      code: dedent`
        if (err.code === -1000) {
          if (err.message.includes('Invalid symbol.')) skip();
        }
      `,
      errors: [
        {
          ...compareCode('ExchangeErrorCode.BAD_SYMBOL', '"Invalid symbol."'),
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
  ],
});

createTypeAwareRuleTester().run('no-error-message-comparison: the type says whether the error has a code', rule, {
  valid: [],
  invalid: [
    {
      code: dedent`
        interface ApiError { code: number; message: string }
        export function isSymbol(err: ApiError): boolean {
          return err.message.includes('Invalid symbol.');
        }
      `,
      errors: [
        {
          ...compareCode('ExchangeErrorCode.BAD_SYMBOL', '"Invalid symbol."'),
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { code: 'err.code', constant: 'ExchangeErrorCode.BAD_SYMBOL' },
              output: dedent`
                import { ExchangeErrorCode } from '@exchange-errors/catalogue';
                interface ApiError { code: number; message: string }
                export function isSymbol(err: ApiError): boolean {
                  return err.code === ExchangeErrorCode.BAD_SYMBOL;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // An Error has no code, even where other code reads one of another object.
      code: dedent`
        export function isSymbol(err: Error, body: { code: number }): boolean {
          return body.code === 0 || err.message.includes('Invalid symbol.');
        }
      `,
      errors: [
        {
          ...compareCode('ExchangeErrorCode.BAD_SYMBOL', '"Invalid symbol."'),
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 68,
          suggestions: [],
        },
      ],
    },
  ],
});

createJavaScriptRuleTester().run('no-error-message-comparison: lists of texts searched in a message', rule, {
  valid: [
    // The callback does not search the error's text.
    "const words = ['Error -1021']; words.some((word) => title.includes(word));",
    "['Error -1021'].some((text) => text.length > 3);",
  ],
  invalid: [
    {
      code: dedent`
        const TRANSIENT = ['Error -1021', 'Timestamp for this request', 'Insufficient balance'];
        const isTransient = (error) => TRANSIENT.some((text) => error.message.includes(text));
        const isFunds = (error) => TRANSIENT.find((text) => error.message.includes(text));
      `,
      errors: [
        {
          ...compareCode('ExchangeErrorCode.INVALID_TIMESTAMP', '"Error -1021"'),
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 33,
          suggestions: [],
        },
        {
          ...compareCode('ExchangeErrorCode.INVALID_TIMESTAMP', '"Timestamp for this request"'),
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 63,
          suggestions: [],
        },
        {
          ...compareCode('ExchangeErrorCode.BALANCE_NOT_ENOUGH', '"Insufficient balance"'),
          line: 1,
          column: 65,
          endLine: 1,
          endColumn: 87,
          suggestions: [],
        },
      ],
    },
  ],
});
