import type { JSONSchema, TSESTree } from '@typescript-eslint/utils';
import { finalName } from './ast.js';

/** Names of values that hold an error code: any name ending in `code` — `code`, `errorCode`, `ret_code`, `apiCode`, `bnCode`… */
export const DEFAULT_CODE_PATTERN = 'code$';

/** Names of values that hold an error's text: `msg`, `message`, `errorMessage`, `retMsg`, `reason`, `error`… */
export const DEFAULT_MESSAGE_PATTERN =
  '^(?:(?:err(?:or)?|exception|api_?err(?:or)?|ret)_?)?(?:msg|message|reason|details?)$|^err(?:or)?(?:_?(?:text|string))?$';

/** Bindings and property keys that hold codes: `retryErrors`, `errorCodes`, `exceptions`, `ERROR_HANDLERS`… */
export const ERROR_BINDING_PATTERN = /code|err|exception|retr(?:y|ies)/i;

/** The `codePattern` option, the same in every rule that reads code names. */
export const codePatternSchema: JSONSchema.JSONSchema4 = {
  type: 'string',
  description: 'Regular expression (case-insensitive) for names that hold an error code.',
};

const compiledPatterns = new Map<string, RegExp>();

/**
 * Compiles a name-pattern option such as `codePattern` or `messagePattern` (matched case-insensitively against a
 * final identifier or property name).
 * Throws an error naming the option when the pattern is not a valid regular expression.
 */
export function compileNamePattern(source: string, optionName: string, example: string): RegExp {
  let pattern = compiledPatterns.get(source);
  if (pattern === undefined) {
    try {
      pattern = new RegExp(source, 'iu');
    } catch (error) {
      throw new Error(
        `@exchange-errors/eslint-plugin: option ${optionName} is ${JSON.stringify(source)}, which is not a valid ` +
          `regular expression (${(error as Error).message}). Give the source of a regular expression, e.g. "${example}".`,
        { cause: error },
      );
    }
    compiledPatterns.set(source, pattern);
  }
  return pattern;
}

/** Compiles the `codePattern` option. */
export function compileCodePattern(source: string): RegExp {
  return compileNamePattern(source, 'codePattern', DEFAULT_CODE_PATTERN);
}

/** Whether `node` ends in a name that `pattern` matches. */
export function endsInNameMatching(node: TSESTree.Node, pattern: RegExp): boolean {
  const name = finalName(node);
  return name !== undefined && pattern.test(name);
}
