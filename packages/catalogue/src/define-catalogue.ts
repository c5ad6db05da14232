import { createParser } from './parse-exchange-error.js';
import { isRetryPolicy, retryPolicies } from './retry-policies.js';
import type { Catalogue, ExchangeErrorDefinition } from './types.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const NUMERIC_CODE = /^-?\d{1,15}$/;

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

/** Each field of a definition, how to check it, and what to say when the check fails. */
const fieldChecks: readonly [field: keyof ExchangeErrorDefinition, isValid: (value: unknown) => boolean, expected: string][] = [
  ['code', (value) => Number.isSafeInteger(value) && value !== 0, 'a non-zero integer'],
  ['name', (value) => typeof value === 'string' && IDENTIFIER.test(value), 'an identifier such as "BAD_SYMBOL"'],
  [
    'messages',
    (value) => Array.isArray(value) && value.length > 0 && value.every(isNonEmptyString),
    'a non-empty array of non-empty message strings',
  ],
  ['group', isNonEmptyString, 'a non-empty string'],
  ['retry', isRetryPolicy, `one of ${retryPolicies.map((policy) => `"${policy}"`).join(', ')}`],
];

function validateEntry(entry: unknown, index: number): ExchangeErrorDefinition {
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
  const { code, name, messages, group, retry } = fields as unknown as ExchangeErrorDefinition;
  return Object.freeze({ code, name, messages: Object.freeze([...messages]), group, retry });
}

/**
 * Builds a catalogue — lookups by code and name, retry policies and a payload parser — from a list of
 * definitions. Throws a `TypeError` naming the entry when a definition is malformed or repeats a code or name.
 */
export function defineCatalogue<const Definition extends ExchangeErrorDefinition>(
  definitions: readonly Definition[],
): Catalogue<Definition> {
  if (!Array.isArray(definitions) || definitions.length === 0) {
    throw new TypeError('defineCatalogue: expected a non-empty array of error definitions.');
  }
  const byCode = new Map<number, Definition>();
  const byName = new Map<string, Definition>();
  const frozen = definitions.map((entry, index) => {
    const definition = validateEntry(entry, index) as Definition;
    const sameCode = byCode.get(definition.code);
    if (sameCode !== undefined) {
      throw new TypeError(
        `defineCatalogue: ${describeEntry(index, entry)} repeats code ${definition.code} of ${sameCode.name}.`,
      );
    }
    const sameName = byName.get(definition.name);
    if (sameName !== undefined) {
      throw new TypeError(
        `defineCatalogue: ${describeEntry(index, entry)} repeats name ${definition.name} (code ${sameName.code}).`,
      );
    }
    byCode.set(definition.code, definition);
    byName.set(definition.name, definition);
    return definition;
  });

  function get(codeOrName: unknown): Definition | undefined {
    if (typeof codeOrName === 'number') return byCode.get(codeOrName);
    if (typeof codeOrName !== 'string') return undefined;
    return byName.get(codeOrName) ?? (NUMERIC_CODE.test(codeOrName) ? byCode.get(Number(codeOrName)) : undefined);
  }

  const parse = createParser((code) => byCode.get(code));

  function retryPolicyOf(input: unknown) {
    return (get(input) ?? parse(input)?.definition)?.retry;
  }

  return Object.freeze({
    definitions: Object.freeze(frozen),
    codes: Object.freeze(Object.fromEntries(frozen.map(({ name, code }) => [name, code]))) as Catalogue<Definition>['codes'],
    get,
    parse,
    retryPolicyOf,
    isRetryable: (input: unknown) => {
      const policy = retryPolicyOf(input);
      return policy !== undefined && policy !== 'none';
    },
  });
}
