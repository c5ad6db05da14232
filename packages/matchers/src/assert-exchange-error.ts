import type { Catalogue } from '@exchange-errors/catalogue';
import { compare, describeExpectation, resolveExpectation } from './expectation.js';
import { describeParsed, failWhateverTheNegation, formatLines, formatParams, hintFor } from './messages.js';
import { judgeReceived } from './received-error.js';
import type { MatcherContext, MatcherResult } from './types.js';
import { describeUnrecognised } from './unrecognised.js';

export interface ExchangeErrorAssertion {
  readonly matcherName: string;
  readonly catalogue: Catalogue;
  /** The value to check: what was received, or what a function threw. */
  readonly value: unknown;
  /** How the failure message labels `value`. */
  readonly valueLabel: 'Received' | 'Thrown';
  readonly expected: unknown;
}

/**
 * Checks that `value` holds an exchange error meeting `expected`; shared by `toBeExchangeError` and
 * `toThrowExchangeError`. The failure text is built inside `message()`: most assertions pass, and the runner asks
 * for it only when one fails.
 */
export function assertExchangeError(
  context: MatcherContext,
  assertion: ExchangeErrorAssertion,
): MatcherResult | Promise<MatcherResult> {
  const { matcherName, catalogue, value, valueLabel, expected } = assertion;
  const { utils } = context;
  const hint = () => hintFor(context, matcherName, expected === undefined ? '' : 'expected');
  const resolved = resolveExpectation(catalogue, expected);
  if (!resolved.ok) return failWhateverTheNegation(context, hint(), resolved.problem);
  const { expectation } = resolved;
  const failureMessage = (received: string) =>
    formatLines(hint(), [
      ['Expected', `${context.isNot ? 'not ' : ''}${describeExpectation(expectation, utils)}`],
      [valueLabel, received],
    ]);

  return judgeReceived(context, catalogue, value, (parsed, bodyRead) => {
    if (parsed?.definition === undefined) {
      return { pass: false, message: () => failureMessage(describeUnrecognised(value, parsed, utils, bodyRead)) };
    }
    const { definition } = parsed;

    const comparison = compare(context, { ...parsed, definition }, expectation);
    const describeReceived = () =>
      [
        describeParsed(parsed, utils),
        ...(expectation.params === undefined
          ? []
          : [
              comparison.receivedParams === undefined
                ? 'with no params'
                : `with params ${formatParams(comparison.receivedParams, utils.printReceived)}`,
            ]),
        ...(expectation.retry === undefined ? [] : [`with retry ${utils.printReceived(definition.retry)}`]),
      ].join(' ');
    return {
      pass: comparison.pass,
      message: () => failureMessage(describeReceived()),
      actual: comparison.actual,
      expected: comparison.expected,
    };
  });
}
