import { defineCatalogue } from '@exchange-errors/catalogue';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import rule from '../../src/rules/no-error-message-comparison.js';
import { dedent } from '../dedent.js';
import {
  createCommonJsRuleTester,
  createJavaScriptRuleTester,
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
      code: "if (err.msg === 'Invalid symbol.') skip();",
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
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if ('Invalid symbol.' !== response.data.msg) retry();",
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
      code: "if (e.message.includes('Insufficient balance')) topUp();",
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
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (!e.message.includes('Insufficient balance')) place();",
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
              `,
            },
          ],
        },
      ],
    },
    {
      code: "const gone = error.errorMessage.toLowerCase().startsWith('order does not exist') && !retried;",
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
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (e?.response?.data?.msg?.endsWith('Transaction is frozen')) wait();",
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
              `,
            },
          ],
        },
      ],
    },
    {
      // Parentheses where the comparison would otherwise bind differently; the bracket style is kept.
      code: "const flag = +(err as ApiError)['message'].includes('Order does not exist');",
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
              `,
            },
          ],
        },
      ],
    },
    {
      code: 'if (err.message === "Parameter \'side\' was empty.") fix();',
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
      code: 'if (/Invalid symbol/.test(err.message)) skip();',
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
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (/^Parameter '\\w+' was empty\\.$/u.exec(body.msg)) fix();",
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
      code: 'if (err.msg.match(/Invalid symbol\\./g)) skip();',
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
      code: "if (err.text === 'Invalid symbol.') skip();",
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
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (err.message.includes('venue is down')) retry();",
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
              `,
            },
          ],
        },
      ],
    },
    {
      code: "if (err.message === 'At most 200 open orders per account.') skip();",
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
              `,
            },
          ],
        },
      ],
    },
    // A test position seen through `&&`, `||` and `!`: only the truthiness of `match` is used.
    {
      code: `if (ok && e.message.match(/Invalid symbol/)) skip();`,
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
if (ok && e.code === ExchangeErrorCode.BAD_SYMBOL) skip();`,
            },
          ],
        },
      ],
    },
    {
      code: `while (!stopped || !e.message.match(/Invalid symbol/)) wait();`,
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
while (!stopped || e.code !== ExchangeErrorCode.BAD_SYMBOL) wait();`,
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
