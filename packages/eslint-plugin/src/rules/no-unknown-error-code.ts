import {
  describeDefinition,
  isErrorName,
  joinAlternatives,
  suggestDefinitions,
  type ExchangeErrorDefinition,
} from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CatalogueIndex } from '../catalogue-index.js';
import { candidateLiteralsAt, prescan, type CandidateTest, type FileScan } from '../prescan.js';
import { getPluginSettings } from '../settings.js';
import { CODES_EXPORT, isCodesObject } from '../utils/code-reference.js';
import { innermostValue, outermostValue, propertyName } from '../utils/ast.js';
import { readUnknownCodeLiteral, readUnknownExpectedCode } from '../utils/code-literal.js';
import { createRule } from '../utils/create-rule.js';
import { includesWord } from '../utils/text-search.js';
import { isErrorCodeContext } from '../utils/error-code-context.js';
import {
  exchangeErrorCallsAbove,
  exchangeErrorCallsInText,
  isExchangeErrorArgument,
  textMentions,
  UNSPELLED_KEYS,
  type ExchangeErrorCall,
} from '../utils/exchange-error-call.js';
import { codePatternSchema, compileCodePattern, DEFAULT_CODE_PATTERN } from '../utils/name-patterns.js';

export type Options = [
  {
    codePattern: string;
    /** Where unknown code-shaped numbers are reported; unknown names are reported everywhere. */
    numbers: 'files-using-catalogue' | 'all';
  },
];
export type MessageIds = 'unknownCode' | 'unknownCodeDidYouMean' | 'unknownName' | 'unknownNameDidYouMean';

/**
 * Whether a file is written against the catalogue: it names the import source in a string (an import, a
 * `require`, a dynamic `import()`) or uses `ExchangeErrorCode`. Tokens, not text, so comments do not count.
 */
function usesCatalogue(
  sourceCode: TSESLint.SourceCode,
  index: CatalogueIndex,
  importSource: string,
  mentionsImportSource: boolean,
): boolean {
  if (!mentionsImportSource && !textMentions(sourceCode, index, CODES_EXPORT)) return false;
  return sourceCode.ast.tokens.some(
    (token) =>
      (token.type === AST_TOKEN_TYPES.Identifier && token.value === CODES_EXPORT) ||
      (token.type === AST_TOKEN_TYPES.String && token.value.slice(1, -1) === importSource),
  );
}

/** `-1211` in `new ExchangeError(-1211)` or `toBeExchangeError('-1211')`: a code of the catalogue by intent. */
function isExchangeErrorArgumentValue(node: TSESTree.Node): boolean {
  const value = outermostValue(node);
  const { parent } = value;
  return (
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    isExchangeErrorArgument(parent, value)
  );
}

/** The literals among a call's arguments, with that of a signed number: `-1211`, `'TIMEOT'`, `-1211 as Code`. */
function literalArguments(call: ExchangeErrorCall): TSESTree.Literal[] {
  return call.arguments.flatMap((argument) => {
    const value = innermostValue(argument);
    const literal = value.type === AST_NODE_TYPES.UnaryExpression ? value.argument : value;
    return literal.type === AST_NODE_TYPES.Literal ? [literal] : [];
  });
}

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
          numbers: {
            type: 'string',
            description:
              'Report unknown code-shaped numbers only in files that use the catalogue (or with a custom catalogue), or in every file.',
            enum: ['files-using-catalogue', 'all'],
          },
        },
      },
    ],
    defaultOptions: [{ codePattern: DEFAULT_CODE_PATTERN, numbers: 'files-using-catalogue' }],
    messages: {
      unknownCode: '{{raw}} is not an error code of the catalogue.',
      unknownCodeDidYouMean: '{{raw}} is not an error code of the catalogue; did you mean {{candidates}}?',
      unknownName: '{{raw}} is not an error name of the catalogue.',
      unknownNameDidYouMean: '{{raw}} is not an error name of the catalogue; did you mean {{candidates}}?',
    },
  },
  create(context, [{ codePattern, numbers }]) {
    const { index, importSource, customCatalogue } = getPluginSettings(context);
    const scope = { context, index, importSource, codePattern: compileCodePattern(codePattern) };
    const { catalogue } = index;
    const { sourceCode } = context;
    const mentionsImportSource = includesWord(sourceCode.text, importSource);
    // A number the catalogue lacks may be a valid code of a sibling exchange; it is a typo where the catalogue
    // is known to be the right one: a custom catalogue, a file written against it, or an `ExchangeError` argument.
    // Decided only in a file with a candidate; the tokens are read only where the text names the catalogue.
    let reportsEveryNumber: boolean | undefined;
    const reportsNumbersHere = (): boolean =>
      (reportsEveryNumber ??=
        numbers === 'all' || customCatalogue || usesCatalogue(sourceCode, index, importSource, mentionsImportSource));

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
        const { node } = unknownCode;
        if (reportsNumbersHere() ? isErrorCodeContext(node, scope) : isExchangeErrorArgumentValue(node)) {
          report(node, 'Code', suggestDefinitions(catalogue, unknownCode.code));
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

    /**
     * Only the literals that can be findings, each checked once: the literal arguments of exchange-error calls, and
     * where unknown numbers are reported anywhere, those at the scan's code-shaped offsets (the numbers it reads and
     * the literals with an escape it does not decode). ESLint sorts the reports by position.
     */
    function candidateLiteralListeners(scan: FileScan): TSESLint.RuleListener {
      const checked = new Set<TSESTree.Literal>();
      const check = (literals: Iterable<TSESTree.Literal>): void => {
        for (const literal of literals) {
          if (!checked.has(literal)) reportUnknownLiteral(literal);
          checked.add(literal);
        }
      };
      const checkArguments = (calls: Iterable<ExchangeErrorCall>): void => {
        for (const call of calls) check(literalArguments(call));
      };
      return {
        Program() {
          // Elsewhere, every finding is an argument of an exchange-error call.
          if (reportsNumbersHere()) check(candidateLiteralsAt(sourceCode, index, scan.codeShapedOffsets));
          checkArguments(exchangeErrorCallsInText(sourceCode, index));
        },
        [UNSPELLED_KEYS]: (key: TSESTree.MemberExpression) => checkArguments(exchangeErrorCallsAbove(key)),
      };
    }

    const scan = prescan(sourceCode, index);
    const literalListeners = mayReportLiteral(scan) ? candidateLiteralListeners(scan) : {};
    return {
      ...literalListeners,
      // A file that never names the import source has no codes object: no listener for its many `a.b`.
      ...(mentionsImportSource ? { MemberExpression: reportUnknownMember } : {}),
    } satisfies TSESLint.RuleListener;
  },
});
