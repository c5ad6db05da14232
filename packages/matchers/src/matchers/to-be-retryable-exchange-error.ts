import { retryablePolicies, suggestWord, type Catalogue, type RetryablePolicy } from '@exchange-errors/catalogue';
import {
  describeParsed,
  describeValue,
  didYouMean,
  failWhateverTheNegation,
  formatLines,
  hintFor,
} from '../messages.js';
import { judgeReceived } from '../received-error.js';
import { describeUnrecognised } from '../unrecognised.js';
import type { Matcher, MatcherContext } from '../types.js';

const MATCHER_NAME = 'toBeRetryableExchangeError';

function policyProblem(policy: unknown): string | undefined {
  if (policy === undefined || (retryablePolicies as readonly unknown[]).includes(policy)) return undefined;
  if (policy === 'none') {
    return 'policy "none" means not retryable; use `.not.toBeRetryableExchangeError()` instead';
  }
  const suggestion = typeof policy === 'string' ? didYouMean(suggestWord(policy, retryablePolicies)) : '';
  return `policy ${describeValue(policy)} is not a retry policy (use one of ${retryablePolicies.map((name) => `"${name}"`).join(', ')})${suggestion}`;
}

/** `expect(received).toBeRetryableExchangeError(policy?)` over `catalogue`. */
export function createToBeRetryableExchangeError(catalogue: Catalogue): Matcher<RetryablePolicy> {
  return function toBeRetryableExchangeError(this: MatcherContext, received: unknown, policy?: RetryablePolicy) {
    const { utils } = this;
    const hint = () => hintFor(this, MATCHER_NAME, policy === undefined ? '' : 'policy');
    const problem = policyProblem(policy);
    if (problem !== undefined) return failWhateverTheNegation(this, hint(), problem);

    // The failure text only when the runner asks for it, as in `assertExchangeError`.
    const failureMessage = (receivedText: string) => {
      const wanted =
        policy === undefined
          ? 'a retryable exchange error'
          : `an exchange error with retry ${utils.printExpected(policy)}`;
      return formatLines(hint(), [
        ['Expected', `${this.isNot ? 'not ' : ''}${utils.EXPECTED_COLOR(wanted)}`],
        ['Received', receivedText],
      ]);
    };
    return judgeReceived(this, catalogue, received, (parsed, bodyRead) => {
      if (parsed?.definition === undefined) {
        return { pass: false, message: () => failureMessage(describeUnrecognised(received, parsed, utils, bodyRead)) };
      }
      const { retry } = parsed.definition;
      return {
        pass: retry !== 'none' && (policy === undefined || retry === policy),
        message: () => failureMessage(`${describeParsed(parsed, utils)} with retry ${utils.printReceived(retry)}`),
        ...(policy === undefined ? {} : { actual: { retry }, expected: { retry: policy } }),
      };
    });
  };
}
