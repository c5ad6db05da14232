import { describe, expect, test } from 'vitest';
import '../src/vitest.js';
import { failureMessage } from './failure-message.js';

/** A tester a project may register: a number equals its decimal text, as captured params are always text. */
function numberEqualsItsText(a: unknown, b: unknown): boolean | undefined {
  if (typeof a === 'number' && typeof b === 'string') return String(a) === b;
  if (typeof a === 'string' && typeof b === 'number') return a === String(b);
  return undefined;
}
expect.addEqualityTesters([numberEqualsItsText]);

const unreadParameters = {
  code: -1104,
  msg: "Not all sent parameters were read; read '3' parameter(s) but was sent '4'.",
};

describe('params are compared with the testers of expect.addEqualityTesters', () => {
  test('as toEqual compares them', async () => {
    expect(['3', '4']).toEqual([3, 4]);
    expect(unreadParameters).toBeExchangeError({ name: 'UNREAD_PARAMETERS', params: [3, 4] });
    expect(unreadParameters).not.toBeExchangeError({ name: 'UNREAD_PARAMETERS', params: [3, 5] });
    expect(() => {
      throw unreadParameters;
    }).toThrowExchangeError({ code: -1104, params: ['3', 4] });
    await expect(Promise.reject(unreadParameters)).rejects.toBeExchangeError({ code: -1104, params: [3, 4] });
  });

  test('in asymmetric use', () => {
    expect({ error: unreadParameters }).toEqual({ error: expect.toBeExchangeError({ code: -1104, params: [3, 4] }) });
    expect({ error: unreadParameters }).toEqual({
      error: expect.not.toBeExchangeError({ code: -1104, params: [4, 3] }),
    });
  });

  test('a failure still shows the captured params', async () => {
    expect(await failureMessage(() => expect(unreadParameters).toBeExchangeError({ code: -1104, params: [3, 5] })))
      .toMatchInlineSnapshot(`
      "expect(received).toBeExchangeError(expected)

      Expected: UNREAD_PARAMETERS (-1104) with params [3, 5]
      Received: UNREAD_PARAMETERS (-1104) "Not all sent parameters were read; read '3' parameter(s) but was sent '4'." with params ["3", "4"]"
    `);
  });
});
