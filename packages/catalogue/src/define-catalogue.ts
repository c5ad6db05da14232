import { readCode } from './code.js';
import { isErrorName } from './error-name.js';
import { createParser } from './parse-exchange-error.js';
import { isRetryPolicy, retryPolicies } from './retry-policies.js';
import type { Catalogue, ExchangeErrorDefinition } from './types.js';

function describeEntry(index: number, entry: unknown): string {
  const name = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? `definitions[${index}] (${name})` : `definitions[${index}]`;
}

/** JSON for the error message; a bigint, symbol or cycle is named by its type instead. */
function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return `a ${typeof value}`;
  }
}

const isNonEmptyString = (value: unknown) => typeof value === 'string' && value !== '';
const oneOf = (values: readonly string[]) => `one of ${values.map((value) => `"${value}"`).join(', ')}`;

/** Each field of a definition, how to check it, and what to say when the check fails. */
const fieldChecks: readonly [
  field: keyof ExchangeErrorDefinition,
  isValid: (value: unknown) => boolean,
  expected: string,
][] = [
  ['code', (value) => Number.isSafeInteger(value) && value !== 0, 'a non-zero integer'],
  ['name', isErrorName, 'an identifier such as "BAD_SYMBOL"'],
  [
    'messages',
    (value) => Array.isArray(value) && value.length > 0 && value.every(isNonEmptyString),
    'a non-empty array of non-empty message strings',
  ],
  ['group', isNonEmptyString, 'a non-empty string'],
  // Marked pure so that a bundle which never calls defineCatalogue drops this table with the rest of the validation.
  ['retry', isRetryPolicy, /* @__PURE__ */ oneOf(retryPolicies)],
];

function validateEntry(entry: unknown, index: number): asserts entry is ExchangeErrorDefinition {
  const where = `defineCatalogue: ${describeEntry(index, entry)}`;
  if (typeof entry !== 'object' || entry === null) {
    throw new TypeError(`${where} must be an object with code, name, messages, group and retry.`);
  }
  const fields = entry as Record<string, unknown>;
  for (const [field, isValid, expected] of fieldChecks) {
    if (!isValid(fields[field])) {
      throw new TypeError(`${where} has ${field} ${show(fields[field])}; expected ${expected}.`);
    }
  }
}

/** Throws a `TypeError` naming the first malformed entry, or the first that repeats a code or name. */
function validateDefinitions(definitions: unknown): asserts definitions is readonly ExchangeErrorDefinition[] {
  if (!Array.isArray(definitions) || definitions.length === 0) {
    throw new TypeError('defineCatalogue: expected a non-empty array of error definitions.');
  }
  const byCode = new Map<number, ExchangeErrorDefinition>();
  const byName = new Map<string, ExchangeErrorDefinition>();
  definitions.forEach((entry: unknown, index) => {
    validateEntry(entry, index);
    const sameCode = byCode.get(entry.code);
    if (sameCode !== undefined) {
      throw new TypeError(
        `defineCatalogue: ${describeEntry(index, entry)} repeats code ${entry.code} of ${sameCode.name}.`,
      );
    }
    const sameName = byName.get(entry.name);
    if (sameName !== undefined) {
      throw new TypeError(
        `defineCatalogue: ${describeEntry(index, entry)} repeats name ${entry.name} (code ${sameName.code}).`,
      );
    }
    byCode.set(entry.code, entry);
    byName.set(entry.name, entry);
  });
}

/**
 * Builds a catalogue — lookups by code and name, retry policies and a payload parser — from a list of
 * definitions. Throws a `TypeError` naming the entry when a definition is malformed or repeats a code or name.
 */
export function defineCatalogue<const Definition extends ExchangeErrorDefinition>(
  definitions: readonly Definition[],
): Catalogue<Definition> {
  validateDefinitions(definitions);
  return buildCatalogue(definitions);
}

/**
 * The catalogue over definitions known to be valid: those `defineCatalogue` checked, and the exchange's own (shape checked
 * by `satisfies`, codes and names by tests/definitions.test.ts). Apart from the validation, so that importing only the
 * exchange's catalogue neither bundles nor runs it.
 */
export function buildCatalogue<const Definition extends ExchangeErrorDefinition>(
  definitions: readonly Definition[],
): Catalogue<Definition> {
  const byCode = new Map<number, Definition>();
  const byName = new Map<string, Definition>();
  const frozen = definitions.map(({ code, name, messages, group, retry }) => {
    // A frozen copy of the five fields, so later changes to the input do not leak in.
    const definition = Object.freeze({
      code,
      name,
      messages: Object.freeze([...messages]),
      group,
      retry,
    }) as Definition;
    byCode.set(code, definition);
    byName.set(name, definition);
    return definition;
  });

  function get(codeOrName: unknown): Definition | undefined {
    const byItsName = typeof codeOrName === 'string' ? byName.get(codeOrName) : undefined;
    if (byItsName !== undefined) return byItsName;
    const code = readCode(codeOrName);
    return code === undefined ? undefined : byCode.get(code);
  }

  const parse = createParser((code) => byCode.get(code));

  function retryPolicyOf(input: unknown) {
    return (get(input) ?? parse(input)?.definition)?.retry;
  }

  return Object.freeze({
    definitions: Object.freeze(frozen),
    byCode,
    byName,
    retryable: Object.freeze(frozen.filter((definition) => definition.retry !== 'none')),
    codes: Object.freeze(
      Object.fromEntries(frozen.map(({ name, code }) => [name, code])),
    ) as Catalogue<Definition>['codes'],
    get,
    parse,
    retryPolicyOf,
    isRetryable: (input: unknown) => {
      const policy = retryPolicyOf(input);
      return policy !== undefined && policy !== 'none';
    },
  });
}
