import { describe, expect, test } from 'vitest';
import { createMatchers } from '../src/index.js';
import '../src/vitest.js';
import { failureMessage } from './failure-message.js';

/** Every way to call a matcher wrongly fails the assertion (with or without .not) and names what was wrong. */
const { proxy: revokedProxy, revoke } = Proxy.revocable({}, {});
revoke();
const trap = (): never => {
  throw new Error('trap');
};
const throwingProxy = new Proxy({}, { getPrototypeOf: trap, getOwnPropertyDescriptor: trap, ownKeys: trap, get: trap });
const tenMegabyteName = 'B'.repeat(10 * 1024 * 1024);

const payload = { code: -1121, msg: 'Invalid symbol.' };
type Assertion = ReturnType<typeof expect<unknown>>;
type Misuse = readonly [label: string, received: unknown, call: (assertion: Assertion) => unknown, culprit: RegExp];

const misuses: readonly Misuse[] = [
  [
    'an unknown name',
    payload,
    (a) => a.toBeExchangeError('BAD_SYMBL' as never),
    /"BAD_SYMBL" is not an error name of the catalogue; did you mean BAD_SYMBOL \(-1121\)\?/,
  ],
  [
    'an unknown code',
    payload,
    (a) => a.toBeExchangeError(-1122 as never),
    /-1122 is not an error code of the catalogue; did you mean BAD_SYMBOL \(-1121\), NO_DEPTH \(-1112\) or MANDATORY_PARAM_EMPTY_OR_MALFORMED \(-1102\)\?/,
  ],
  [
    'a name and a code of different errors',
    payload,
    (a) => a.toBeExchangeError({ name: 'BAD_SYMBOL', code: -1007 } as never),
    /name BAD_SYMBOL and code -1007 are different errors/,
  ],
  [
    'an unknown field',
    payload,
    (a) => a.toBeExchangeError({ mesage: 'x' } as never),
    /unknown field "mesage".*did you mean message\?/,
  ],
  [
    'a message that is no string or RegExp',
    payload,
    (a) => a.toBeExchangeError({ message: 42 } as never),
    /message must be a string or a RegExp, not number 42/,
  ],
  [
    'params that are no array',
    payload,
    (a) => a.toBeExchangeError({ params: 'symbol' } as never),
    /params must be an array .* not string "symbol"/,
  ],
  [
    'an unknown retry policy',
    payload,
    (a) => a.toBeExchangeError({ retry: 'rate_limit' } as never),
    /retry string "rate_limit" is not a retry policy; did you mean rate-limit\?/,
  ],
  ['a boolean', payload, (a) => a.toBeExchangeError(true as never), /not boolean true/],
  [
    'a revoked proxy',
    payload,
    (a) => a.toBeExchangeError(revokedProxy as never),
    /the expected object could not be read/,
  ],
  [
    'a 10 MB name',
    payload,
    (a) => a.toBeExchangeError(tenMegabyteName as never),
    /"B{120}… \(10485760 characters\)" is not an error name of the catalogue$/m,
  ],
  ['policy none', payload, (a) => a.toBeRetryableExchangeError('none' as never), /policy "none" means not retryable/],
  [
    'an unknown policy',
    payload,
    (a) => a.toBeRetryableExchangeError('rate_limit' as never),
    /policy string "rate_limit" is not a retry policy .*did you mean rate-limit\?/,
  ],
  [
    'a policy that is no string',
    payload,
    (a) => a.toBeRetryableExchangeError(42 as never),
    /policy number 42 is not a retry policy/,
  ],
  [
    'toThrowExchangeError on a value',
    payload,
    (a) => a.toThrowExchangeError(),
    /received must be a function that throws, not object/,
  ],
];

describe('matcher misuse', () => {
  test.each(misuses)(
    '%s fails the assertion, with and without .not, naming the culprit',
    async (_, received, call, culprit) => {
      for (const assertion of [expect(received), expect(received).not]) {
        const message = await failureMessage(() => call(assertion));
        expect(message).toMatch(culprit);
        expect(message).toMatch(/^expect\(received\)\./);
      }
    },
  );

  test('a function that returns a proxy whose traps throw did not throw', async () => {
    expect(await failureMessage(() => expect(() => throwingProxy).toThrowExchangeError())).toMatch(
      /Received: a function that did not throw/,
    );
  });

  test('createMatchers names what it needs', () => {
    // `{ parse }` alone is no catalogue: the matchers also read its definitions and lookups.
    for (const notACatalogue of [undefined, null, 42, {}, { parse: 'x' }, { parse: () => undefined }]) {
      expect(() => createMatchers(notACatalogue as never)).toThrow(
        /createMatchers: expected a catalogue built with defineCatalogue/,
      );
    }
  });
});
