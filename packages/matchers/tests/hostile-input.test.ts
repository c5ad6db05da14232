import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import '../src/vitest.js';
import { failureMessage } from './failure-message.js';

const circular: Record<string, unknown> = { name: 'loop' };
circular.self = circular;

const throwingGetter = Object.defineProperty({}, 'code', {
  enumerable: true,
  get() {
    throw new Error('getter ran');
  },
});

const throwingProxy = new Proxy(
  {},
  {
    get: () => {
      throw new Error('get trap');
    },
    getOwnPropertyDescriptor: () => {
      throw new Error('descriptor trap');
    },
    ownKeys: () => {
      throw new Error('ownKeys trap');
    },
    getPrototypeOf: () => {
      throw new Error('prototype trap');
    },
  },
);

const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);

const hostile: readonly (readonly [string, unknown])[] = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['a bigint', 10n],
  ['a symbol', Symbol('s')],
  ['a circular object', circular],
  ['an object whose getter throws', throwingGetter],
  ['a proxy whose traps throw', throwingProxy],
  ['a 10 MB string', tenMegabytes],
  ['an Error with a 10 MB message and a code', Object.assign(new Error(tenMegabytes), { code: -1121 })],
  ['an object without a prototype', Object.create(null) as object],
  ['an array', [1, 2, 3]],
];

const matcherNames = ['toBeExchangeError', 'toBeRetryableExchangeError', 'toThrowExchangeError'] as const;

/** Runs one assertion; its error, if any, with colours stripped. */
function outcomeOf(assertion: () => void): { readonly error?: unknown; readonly message?: string } {
  try {
    assertion();
    return {};
  } catch (error) {
    return { error, message: stripVTControlCharacters(String((error as Error).message)) };
  }
}

describe('whatever is received, no matcher throws', () => {
  test.each(hostile)(
    '%s: every matcher, with and without .not, passes or fails with a short message',
    (_name, received) => {
      for (const name of matcherNames) {
        for (const negated of [false, true]) {
          const assertion = negated ? expect(received).not : expect(received);
          const { error, message } = outcomeOf(() => assertion[name]());
          if (error === undefined) continue;
          expect(error, `${name} negated=${negated}`).not.toBeInstanceOf(TypeError);
          expect(message, `${name} negated=${negated}`).toMatch(
            new RegExp(`^expect\\(received\\)\\.(not\\.)?${name}\\(\\)`),
          );
          expect(message?.length, `${name} negated=${negated}`).toBeLessThan(1000);
        }
      }
    },
  );

  test('previews name the type and keep it short', async () => {
    const previews = await Promise.all(
      hostile.map(([, received]) => failureMessage(() => expect(received).toBeExchangeError('TIMEOUT'))),
    );
    expect(previews.map((message) => message.split('\n').at(-1))).toMatchInlineSnapshot(`
      [
        "Received: null, which is not an exchange error",
        "Received: undefined, which is not an exchange error",
        "Received: number 42, which is not an exchange error",
        "Received: number NaN, which is not an exchange error",
        "Received: bigint 10n, which is not an exchange error",
        "Received: symbol Symbol(s), which is not an exchange error",
        "Received: object {name: "loop", self: {…}}, which is not an exchange error",
        "Received: object {code: [Getter]}, which is not an exchange error; code is a getter, which is never run",
        "Received: object {}, which is not an exchange error",
        "Received: string "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (10485760 characters)", which is not an exchange error",
        "Received: BAD_SYMBOL (-1121) "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (10485760 characters)"",
        "Received: object {}, which is not an exchange error",
        "Received: array of 3 items, which is not an exchange error",
      ]
    `);
  });
});
