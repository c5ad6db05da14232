import { readExchangeError, type Catalogue, type ParsedExchangeError } from '@exchange-errors/catalogue';
import type { MatcherContext, MatcherResult } from './types.js';

/**
 * Judges the exchange error found in `value`. Through `.rejects`/`.resolves`, which the test awaits anyway, a value
 * that holds its body only in an unread fetch `Response` (ky 1) is read first (`bodyRead`); every other check stays
 * synchronous.
 */
export function judgeReceived(
  context: MatcherContext,
  catalogue: Catalogue,
  value: unknown,
  judge: (parsed: ParsedExchangeError | undefined, bodyRead: boolean) => MatcherResult,
): MatcherResult | Promise<MatcherResult> {
  const parsed = catalogue.parse(value);
  const awaited = context.promise === 'rejects' || context.promise === 'resolves';
  return parsed === undefined && awaited
    ? readExchangeError(value, catalogue).then((read) => judge(read, true))
    : judge(parsed, false);
}
