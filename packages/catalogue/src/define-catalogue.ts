import { createParser } from './parse-exchange-error.js';
import { isRetryPolicy, retryPolicies } from './retry-policies.js';
import type { Catalogue, ExchangeErrorDefinition } from './types.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const NUMERIC_CODE = /^-?\d{1,15}$/;

function describeEntry(index: number, entry: unknown): string {
  const name = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? `definitions[${index}] (${name})` : `definitions[${index}]`;
}

function validateEntry(entry: unknown, index: number): ExchangeErrorDefinition {
  const where = describeEntry(index, entry);
  if (typeof entry !== 'object' || entry === null) {
    throw new TypeError(`defineCatalogue: ${where} must be an object with code, name, messages, group and retry.`);
  }
  const { code, name, messages, group, retry } = entry as Record<string, unknown>;
  if (typeof code !== 'number' || !Number.isSafeInteger(code) || code === 0) {
    throw new TypeError(`defineCatalogue: ${where} has code ${String(code)}; a code must be a non-zero integer.`);
  }
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw new TypeError(
      `defineCatalogue: ${where} has name ${JSON.stringify(name)}; a name must be an identifier such as "BAD_SYMBOL".`,
    );
  }
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new TypeError(`defineCatalogue: ${where} has no messages; give at least one message variant.`);
  }
  const blank = messages.findIndex((message) => typeof message !== 'string' || message.length === 0);
  if (blank !== -1) {
    throw new TypeError(`defineCatalogue: ${where} messages[${blank}] must be a non-empty string.`);
  }
  if (typeof group !== 'string' || group.length === 0) {
    throw new TypeError(`defineCatalogue: ${where} has group ${JSON.stringify(group)}; a group must be a non-empty string.`);
  }
  if (!isRetryPolicy(retry)) {
    throw new TypeError(
      `defineCatalogue: ${where} has retry ${JSON.stringify(retry)}; use one of ${retryPolicies.map((policy) => `"${policy}"`).join(', ')}.`,
    );
  }
  return Object.freeze({ code, name, messages: Object.freeze([...(messages as string[])]), group, retry });
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
