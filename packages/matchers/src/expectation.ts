import {
  describeDefinition,
  isRetryPolicy,
  matchMessage,
  readCode,
  retryPolicies,
  suggestWord,
  type Catalogue,
  type ExchangeErrorDefinition,
  type ParsedExchangeError,
  type RetryPolicy,
} from '@exchange-errors/catalogue';
import { describeValue, didYouMean, didYouMeanDefinition, formatParams, truncate } from './messages.js';
import type { MatcherContext, MatcherUtils } from './types.js';

/** What an assertion checks, with names and codes already looked up in the catalogue. */
export interface ResolvedExpectation {
  /** `undefined` accepts any error the catalogue knows. */
  readonly definition?: ExchangeErrorDefinition;
  readonly message?: string | RegExp;
  readonly params?: readonly unknown[];
  readonly retry?: RetryPolicy;
}

export type ResolveResult =
  { readonly ok: true; readonly expectation: ResolvedExpectation } | { readonly ok: false; readonly problem: string };

const EXPECTED_FIELDS = ['name', 'code', 'message', 'params', 'retry'] as const;

function invalid(problem: string): ResolveResult {
  return { ok: false, problem };
}

function lookUp(catalogue: Catalogue, nameOrCode: unknown): ExchangeErrorDefinition | string {
  const definition = catalogue.get(nameOrCode);
  if (definition !== undefined) return definition;
  if (typeof nameOrCode !== 'number' && typeof nameOrCode !== 'string') {
    return `an error is named by a string or a number, not ${describeValue(nameOrCode)}`;
  }
  const shown = typeof nameOrCode === 'number' ? String(nameOrCode) : JSON.stringify(truncate(nameOrCode));
  // A numeric string is a code, read as the catalogue reads codes.
  const kind = typeof nameOrCode === 'number' || readCode(nameOrCode) !== undefined ? 'code' : 'name';
  return `${shown} is not an error ${kind} of the catalogue${didYouMeanDefinition(catalogue, nameOrCode)}`;
}

function readField(expected: object, field: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(expected, field);
  return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
}

function resolveObject(catalogue: Catalogue, expected: object): ResolveResult {
  const unknownField = Object.keys(expected).find((key) => !(EXPECTED_FIELDS as readonly string[]).includes(key));
  if (unknownField !== undefined) {
    return invalid(
      `unknown field ${JSON.stringify(unknownField)} (the fields are ${EXPECTED_FIELDS.join(', ')})${didYouMean(suggestWord(unknownField, EXPECTED_FIELDS))}`,
    );
  }
  const [name, code, message, params, retry] = EXPECTED_FIELDS.map((field) => readField(expected, field));
  let definition: ExchangeErrorDefinition | undefined;
  for (const nameOrCode of [name, code]) {
    if (nameOrCode === undefined) continue;
    const found = lookUp(catalogue, nameOrCode);
    if (typeof found === 'string') return invalid(found);
    if (definition !== undefined && definition !== found) {
      return invalid(`name ${String(name)} and code ${String(code)} are different errors; give one of them`);
    }
    definition = found;
  }
  if (message !== undefined && typeof message !== 'string' && !(message instanceof RegExp)) {
    return invalid(`message must be a string or a RegExp, not ${describeValue(message)}`);
  }
  if (params !== undefined && !Array.isArray(params)) {
    return invalid(`params must be an array of the values captured by %s, not ${describeValue(params)}`);
  }
  if (retry !== undefined && !isRetryPolicy(retry)) {
    return invalid(
      `retry ${describeValue(retry)} is not a retry policy${didYouMean(suggestWord(String(retry), retryPolicies))}`,
    );
  }
  return {
    ok: true,
    expectation: {
      ...(definition === undefined ? {} : { definition }),
      ...(message === undefined ? {} : { message }),
      ...(params === undefined ? {} : { params: params as unknown[] }),
      ...(retry === undefined ? {} : { retry: retry as RetryPolicy }),
    },
  };
}

/** Looks up what `toBeExchangeError(expected)` asks for; a typo becomes a problem with a suggestion. */
export function resolveExpectation(catalogue: Catalogue, expected: unknown): ResolveResult {
  if (expected === undefined) return { ok: true, expectation: {} };
  if (typeof expected === 'string' || typeof expected === 'number') {
    const found = lookUp(catalogue, expected);
    return typeof found === 'string' ? invalid(found) : { ok: true, expectation: { definition: found } };
  }
  if (typeof expected === 'object' && expected !== null) {
    // Inside the try: `Array.isArray` throws for a revoked proxy.
    try {
      if (!Array.isArray(expected)) return resolveObject(catalogue, expected);
    } catch {
      return invalid(`the expected object could not be read: ${describeValue(expected)}`);
    }
  }
  return invalid(
    `expected must be an error name, a code or { name | code, message, params, retry }, not ${describeValue(expected)}`,
  );
}

function messageMatches(text: string | undefined, expected: string | RegExp): boolean {
  if (text === undefined) return false;
  // `search` ignores `lastIndex`, so a global pattern gives the same answer on every call.
  return typeof expected === 'string' ? text === expected : text.search(expected) !== -1;
}

/** The received error reduced to the fields the expectation checks, for the runner's diff. */
export interface Comparison {
  readonly pass: boolean;
  readonly actual: Readonly<Record<string, unknown>>;
  readonly expected: Readonly<Record<string, unknown>>;
  readonly receivedParams?: readonly string[];
}

/** Compares a received error the catalogue knows with an expectation, field by field. */
export function compare(
  context: MatcherContext,
  parsed: ParsedExchangeError & { readonly definition: ExchangeErrorDefinition },
  expectation: ResolvedExpectation,
): Comparison {
  const { definition } = parsed;
  const receivedParams =
    expectation.params === undefined ? undefined : matchMessage(definition, parsed.message)?.params;
  const pass =
    (expectation.definition === undefined || expectation.definition === definition) &&
    (expectation.message === undefined || messageMatches(parsed.message, expectation.message)) &&
    (expectation.params === undefined ||
      (receivedParams !== undefined && context.equals(receivedParams, expectation.params, context.customTesters))) &&
    (expectation.retry === undefined || expectation.retry === definition.retry);
  const expected = {
    ...(expectation.definition === undefined
      ? {}
      : { name: expectation.definition.name, code: expectation.definition.code }),
    ...(expectation.message === undefined ? {} : { message: expectation.message }),
    ...(expectation.params === undefined ? {} : { params: expectation.params }),
    ...(expectation.retry === undefined ? {} : { retry: expectation.retry }),
  };
  const actual = {
    name: definition.name,
    code: definition.code,
    ...(expectation.message === undefined
      ? {}
      : { message: parsed.message === undefined ? undefined : truncate(parsed.message, 1000) }),
    ...(expectation.params === undefined ? {} : { params: receivedParams }),
    ...(expectation.retry === undefined ? {} : { retry: definition.retry }),
  };
  return { pass, actual, expected, ...(receivedParams === undefined ? {} : { receivedParams }) };
}

/** The expected side as `BAD_SYMBOL (-1121) "Invalid symbol."`, plus params and retry when checked. */
export function describeExpectation(expectation: ResolvedExpectation, utils: MatcherUtils): string {
  const { definition, message, params, retry } = expectation;
  const identity = definition === undefined ? 'an exchange error' : describeDefinition(definition);
  const shownMessage = message ?? (definition?.messages.length === 1 ? definition.messages[0] : undefined);
  return [
    utils.EXPECTED_COLOR(identity),
    // Shortened like the received message: an expected text can be megabytes long too.
    ...(shownMessage === undefined
      ? []
      : [utils.printExpected(typeof shownMessage === 'string' ? truncate(shownMessage, 1000) : shownMessage)]),
    ...(params === undefined ? [] : [`with params ${formatParams(params, utils.printExpected)}`]),
    ...(retry === undefined ? [] : [`with retry ${utils.printExpected(retry)}`]),
  ].join(' ');
}
