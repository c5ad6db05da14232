import {
  describeDefinition,
  isErrorName,
  joinAlternatives,
  suggestDefinitions,
  type ExchangeErrorDefinition,
} from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { prescan, type CandidateTest } from '../prescan.js';
import { getPluginSettings } from '../settings.js';
import { isCodesObject } from '../utils/code-reference.js';
import { propertyName } from '../utils/ast.js';
import { readUnknownCodeLiteral, readUnknownExpectedCode } from '../utils/code-literal.js';
import { createRule } from '../utils/create-rule.js';
import { isErrorCodeContext } from '../utils/error-code-context.js';
import { isExchangeErrorArgument } from '../utils/exchange-error-call.js';
import { codePatternSchema, compileCodePattern, DEFAULT_CODE_PATTERN } from '../utils/name-patterns.js';

export type Options = [{ codePattern: string }];
export type MessageIds = 'unknownCode' | 'unknownCodeDidYouMean' | 'unknownName' | 'unknownNameDidYouMean';

/**
 * A literal finding is a code-shaped number in an error-code position, or an argument of `new ExchangeError(…)`,
 * `toBeExchangeError(…)` or `toThrowExchangeError(…)`; a member finding needs the import source, tested apart.
 */
export const mayReportLiteral: CandidateTest = (scan) => scan.has('code-shaped-number') || scan.has('Error');

export default createRule<Options, MessageIds>({
  name: 'no-unknown-error-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow error codes and names that are not in the catalogue',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          codePattern: codePatternSchema,
        },
      },
    ],
    defaultOptions: [{ codePattern: DEFAULT_CODE_PATTERN }],
    messages: {
      unknownCode: '{{raw}} is not an error code of the catalogue.',
      unknownCodeDidYouMean: '{{raw}} is not an error code of the catalogue; did you mean {{candidates}}?',
      unknownName: '{{raw}} is not an error name of the catalogue.',
      unknownNameDidYouMean: '{{raw}} is not an error name of the catalogue; did you mean {{candidates}}?',
    },
  },
  create(context, [{ codePattern }]) {
    const { index, importSource } = getPluginSettings(context);
    const scope = { context, index, importSource, codePattern: compileCodePattern(codePattern) };
    const { catalogue } = index;
    const { sourceCode } = context;
    const mentionsImportSource = sourceCode.text.includes(importSource);

    function report(node: TSESTree.Node, kind: 'Code' | 'Name', candidates: readonly ExchangeErrorDefinition[]): void {
      const raw = sourceCode.getText(node);
      if (candidates.length === 0) {
        context.report({ node, messageId: `unknown${kind}`, data: { raw } });
        return;
      }
      const data = { raw, candidates: joinAlternatives(candidates.map(describeDefinition)) };
      context.report({ node, messageId: `unknown${kind}DidYouMean`, data });
    }

    function reportUnknownMember(member: TSESTree.MemberExpression): void {
      const name = propertyName(member);
      // `ExchangeErrorCode.hasOwnProperty` is no misspelt name.
      if (name === undefined || catalogue.byName.has(name) || name in Object.prototype) return;
      if (isCodesObject(context, member.object, importSource))
        report(member, 'Name', suggestDefinitions(catalogue, name));
    }

    function reportUnknownLiteral(literal: TSESTree.Literal): void {
      const unknownCode = readUnknownCodeLiteral(literal, index) ?? readUnknownExpectedCode(literal, index);
      if (unknownCode !== undefined) {
        if (isErrorCodeContext(unknownCode.node, scope)) {
          report(unknownCode.node, 'Code', suggestDefinitions(catalogue, unknownCode.code));
        }
        return;
      }
      const { value, parent } = literal;
      if (
        typeof value === 'string' &&
        (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
        !catalogue.byName.has(value) &&
        // Other strings are not meant as names.
        isErrorName(value) &&
        isExchangeErrorArgument(parent, literal)
      ) {
        report(literal, 'Name', suggestDefinitions(catalogue, value));
      }
    }

    return {
      ...(mayReportLiteral(prescan(sourceCode, index)) ? { Literal: reportUnknownLiteral } : {}),
      // A file that never names the import source has no codes object: no listener for its many `a.b`.
      ...(mentionsImportSource ? { MemberExpression: reportUnknownMember } : {}),
    } satisfies TSESLint.RuleListener;
  },
});
