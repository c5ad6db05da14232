import type { JSONSchema } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  codePatternSchema,
  compileCodePattern,
  compileNamePattern,
  DEFAULT_CODE_PATTERN,
  DEFAULT_MESSAGE_PATTERN,
  endsInNameMatching,
} from '../../src/utils/name-patterns.js';
import noMagicErrorCodes from '../../src/rules/no-magic-error-codes.js';
import noUnknownErrorCode from '../../src/rules/no-unknown-error-code.js';
import { probe } from './probe.js';

describe('name patterns', () => {
  it('match final names case-insensitively', () => {
    const codePattern = compileCodePattern(DEFAULT_CODE_PATTERN);
    const code =
      'f(err.code, e.errorCode, body.ret_code, Number(res.apiErrorCode), err.numericCode, bnCode, err.status, err.codes);';
    expect(
      probe(code, 'CallExpression[callee.name="f"] > *.arguments', (node) => endsInNameMatching(node, codePattern)),
    ).toEqual([true, true, true, true, true, true, false, false]);
    const messagePattern = compileNamePattern(DEFAULT_MESSAGE_PATTERN, 'messagePattern', DEFAULT_MESSAGE_PATTERN);
    expect(
      ['msg', 'errorMessage', 'retMsg', 'reason', 'error', 'errMessages'].map((name) => messagePattern.test(name)),
    ).toEqual([true, true, true, true, true, false]);
  });

  it('name the option and show an example when a pattern is no regular expression', () => {
    expect(() => compileCodePattern('(code')).toThrow(
      /option codePattern is "\(code", which is not a valid regular expression \(.+\)\. Give the source of a regular expression, e\.g\. "code\$"\./u,
    );
    expect(() => compileNamePattern('[msg', 'messagePattern', DEFAULT_MESSAGE_PATTERN)).toThrow(
      /option messagePattern is "\[msg"/u,
    );
  });

  it('is one schema in every rule that reads code names', () => {
    for (const rule of [noMagicErrorCodes, noUnknownErrorCode]) {
      const [options] = rule.meta.schema as readonly JSONSchema.JSONSchema4ObjectSchema[];
      expect(options?.properties?.codePattern).toBe(codePatternSchema);
    }
  });
});
