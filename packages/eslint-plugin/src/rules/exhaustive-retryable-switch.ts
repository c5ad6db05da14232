import { describeDefinition, type ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, ASTUtils, ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';
import { prescan, type CandidateTest } from '../prescan.js';
import { getPluginSettings } from '../settings.js';
import { classifyCodeCase, type CaseStyle, type CodeCase } from '../utils/code-case.js';
import { planCodeReference } from '../utils/code-reference.js';
import { quoteOf, terminatorOf } from '../utils/code-style.js';
import { createRule } from '../utils/create-rule.js';

export type Options = [{ allowDefault: boolean; requireAll: boolean }];
export type MessageIds = 'missingRetryableCases' | 'missingCases' | 'addMissingCases';

/** The literal values of a type when it is a union of number and string literals only. */
function literalValues(type: ts.Type): (string | number)[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const values: (string | number)[] = [];
  for (const part of parts) {
    if (!part.isNumberLiteral() && !part.isStringLiteral()) return undefined;
    values.push(part.value);
  }
  return values;
}

/** Every finding is a switch statement. */
export const mayReport: CandidateTest = (scan) => scan.has('switch');

export default createRule<Options, MessageIds>({
  name: 'exhaustive-retryable-switch',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an explicit `case` for every retryable exchange error code in switches over error codes',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowDefault: {
            type: 'boolean',
            description: 'Accept a `default` branch in place of the missing cases.',
          },
          requireAll: {
            type: 'boolean',
            description: 'Require a case for every catalogue code, not only the retryable ones.',
          },
        },
      },
    ],
    defaultOptions: [{ allowDefault: false, requireAll: false }],
    messages: {
      missingRetryableCases: 'This switch over exchange error codes has no case for the retryable {{missing}}.',
      missingCases: 'This switch over exchange error codes has no case for {{missing}}.',
      addMissingCases: 'Add cases that throw for {{missing}}.',
    },
  },
  create(context, [{ allowDefault, requireAll }]) {
    const { index, importSource, typeAware } = getPluginSettings(context);
    const caseScope = { context, index, importSource };
    const { sourceCode } = context;
    // Without type information for a type-aware config, fail on every file, not only on those with a switch.
    const services = typeAware ? ESLintUtils.getParserServices(context) : undefined;
    if (!mayReport(prescan(sourceCode, index))) return {};

    function definitionOfValue(value: unknown): ExchangeErrorDefinition | undefined {
      return typeof value === 'number'
        ? index.catalogue.byCode.get(value)
        : typeof value === 'string'
          ? index.catalogue.byName.get(value)
          : undefined;
    }

    /** With `typeAware`, a case whose type is one code or name literal, e.g. `const T = ExchangeErrorCode.TIMEOUT`. */
    function classifyByType(test: TSESTree.Expression): CodeCase | undefined {
      if (services === undefined) return undefined;
      const values = literalValues(services.getTypeAtLocation(test));
      const definition = values?.length === 1 ? definitionOfValue(values[0]) : undefined;
      if (definition === undefined) return undefined;
      return { definition, style: typeof values?.[0] === 'string' ? 'name' : 'constant' };
    }

    /** With `typeAware`, the codes a discriminant typed as a subset of the code (or name) union can take. */
    function discriminantDomain(
      discriminant: TSESTree.Expression,
    ): { definitions: ExchangeErrorDefinition[]; style: CaseStyle } | undefined {
      if (services === undefined) return undefined;
      const values = literalValues(services.getTypeAtLocation(discriminant));
      if (values === undefined || values.length === 0) return undefined;
      const definitions = values.map(definitionOfValue);
      if (!definitions.every((definition) => definition !== undefined)) return undefined;
      return { definitions, style: typeof values[0] === 'string' ? 'name' : 'constant' };
    }

    function isNameSwitch(node: TSESTree.SwitchStatement, classified: readonly (CodeCase | undefined)[]): boolean {
      // Names such as UNKNOWN are common words: every string case must be a catalogue name.
      const stringCases = node.cases.filter(
        (switchCase) => switchCase.test?.type === AST_NODE_TYPES.Literal && typeof switchCase.test.value === 'string',
      );
      return (
        stringCases.length > 0 &&
        stringCases.every((switchCase) => classified[node.cases.indexOf(switchCase)]?.style === 'name')
      );
    }

    /** Indentation of cases and their bodies, taken from cases on their own lines; two spaces per level otherwise. */
    function caseIndentation(node: TSESTree.SwitchStatement): { caseIndent: string; bodyIndent: string } {
      const switchColumn = node.loc.start.column;
      const ownLineCase = node.cases.find((switchCase) => switchCase.loc.start.line !== node.loc.start.line);
      const caseColumn = ownLineCase?.loc.start.column ?? switchColumn + 2;
      const ownLineBody = node.cases
        .flatMap((switchCase) =>
          switchCase.consequent.filter((statement) => statement.loc.start.line !== switchCase.loc.start.line),
        )
        .at(0);
      const bodyColumn = ownLineBody?.loc.start.column ?? caseColumn + Math.max(caseColumn - switchColumn, 2);
      return { caseIndent: ' '.repeat(caseColumn), bodyIndent: ' '.repeat(bodyColumn) };
    }

    function suggestMissingCases(
      node: TSESTree.SwitchStatement,
      missing: readonly ExchangeErrorDefinition[],
      style: CaseStyle,
      retryable: boolean,
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
      const reference = style === 'constant' ? planCodeReference(context, node, importSource) : undefined;
      if (style === 'constant' && reference === undefined) return undefined;
      const stringCase = node.cases.find(
        (switchCase) => switchCase.test?.type === AST_NODE_TYPES.Literal && typeof switchCase.test.value === 'string',
      );
      const quote = quoteOf(stringCase?.test ?? undefined);
      const semicolon = terminatorOf(sourceCode, node.cases.flatMap((switchCase) => switchCase.consequent).at(-1));
      const { caseIndent, bodyIndent } = caseIndentation(node);
      const label = retryable ? 'Unhandled retryable exchange error' : 'Unhandled exchange error';
      const testText = (definition: ExchangeErrorDefinition): string =>
        style === 'code'
          ? String(definition.code)
          : style === 'name'
            ? `${quote}${definition.name}${quote}`
            : `${reference?.objectText}.${definition.name}`;
      const cases = missing.map(
        (definition) =>
          `case ${testText(definition)}:\n${bodyIndent}throw new Error(${quote}${label}: ${definition.name}${quote})${semicolon}`,
      );
      const defaultCase = node.cases.find((switchCase) => switchCase.test === null);
      const lastCase = node.cases.at(-1);
      return (fixer) => {
        const bindingFixes = reference?.bindingFixes(fixer) ?? [];
        if (defaultCase !== undefined) {
          return [
            ...bindingFixes,
            fixer.insertTextBefore(defaultCase, cases.map((text) => `${text}\n${caseIndent}`).join('')),
          ];
        }
        if (lastCase !== undefined) {
          return [
            ...bindingFixes,
            fixer.insertTextAfter(lastCase, cases.map((text) => `\n${caseIndent}${text}`).join('')),
          ];
        }
        const openingBrace = sourceCode.getTokenAfter(
          node.discriminant,
          ASTUtils.isOpeningBraceToken,
        ) as TSESTree.Token;
        return [
          ...bindingFixes,
          fixer.insertTextAfter(openingBrace, cases.map((text) => `\n${caseIndent}${text}`).join('')),
        ];
      };
    }

    return {
      SwitchStatement(node) {
        const classified = node.cases.map((switchCase) =>
          switchCase.test === null
            ? undefined
            : (classifyCodeCase(switchCase.test, caseScope) ?? classifyByType(switchCase.test)),
        );
        const domain = discriminantDomain(node.discriminant);
        const isCodeSwitch =
          domain !== undefined ||
          classified.some((entry) => entry?.style === 'code' || entry?.style === 'constant') ||
          isNameSwitch(node, classified);
        if (!isCodeSwitch) return;
        if (allowDefault && node.cases.some((switchCase) => switchCase.test === null)) return;

        const handled = new Set(classified.map((entry) => entry?.definition));
        const required = requireAll ? index.catalogue.definitions : index.catalogue.retryable;
        const missing = required
          .filter(
            (definition) =>
              !handled.has(definition) && (domain === undefined || domain.definitions.includes(definition)),
          )
          .sort((a, b) => a.name.localeCompare(b.name));
        if (missing.length === 0) return;

        const style = classified.find((entry) => entry !== undefined)?.style ?? domain?.style ?? 'code';
        const data = { missing: missing.map(describeDefinition).join(', ') };
        const fix = suggestMissingCases(node, missing, style, !requireAll);
        context.report({
          node: node.discriminant,
          messageId: requireAll ? 'missingCases' : 'missingRetryableCases',
          data,
          suggest: fix === undefined ? [] : [{ messageId: 'addMissingCases', data, fix }],
        });
      },
    };
  },
});
