import { describeDefinition, type ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, ASTUtils, ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPluginSettings } from '../settings.js';
import { classifyCodeCase, type CaseStyle, type CodeCase } from '../utils/code-case.js';
import {
  chainClassifies,
  earlyReturnChains,
  elseIfChain,
  finalStatement,
  switchClassifies,
  type CodeChain,
} from '../utils/code-chains.js';
import {
  createCodeReader,
  createTypeCodeReader,
  definitionOfValue,
  enclosingFunctionName,
  isRetryName,
  literalValues,
} from '../utils/code-groups.js';
import { planCodeReference, type CodeReference } from '../utils/code-reference.js';
import { quoteOf, terminatorOf } from '../utils/code-style.js';
import { codeSites, listenAtCodeSites, mayTreatCodes, type NodeListeners } from '../utils/code-sites.js';
import { createRule } from '../utils/create-rule.js';
import { compileCodePattern, DEFAULT_CODE_PATTERN } from '../utils/name-patterns.js';

export type Options = [{ allowDefault: boolean; requireAll: boolean }];
export type MessageIds =
  | 'missingRetryableCases'
  | 'missingCases'
  | 'addMissingCases'
  | 'missingRetryableBranches'
  | 'missingBranches'
  | 'addMissingBranches'
  | 'addMissingReturns';

export default createRule<Options, MessageIds>({
  name: 'exhaustive-retryable-switch',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require an explicit `case` or branch for every retryable exchange error code in switches and `if` chains over error codes',
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
      missingRetryableBranches:
        'This chain of tests of one exchange error code has no branch for the retryable {{missing}}.',
      missingBranches: 'This chain of tests of one exchange error code has no branch for {{missing}}.',
      addMissingBranches: 'Add branches that throw for {{missing}}.',
      addMissingReturns:
        'Add branches for {{missing}} that return whether to retry: `false` for `reconcile` codes (query the order first) and `none` codes, `true` for the others.',
    },
  },
  create(context, [{ allowDefault, requireAll }]) {
    const { index, importSource, typeAware } = getPluginSettings(context);
    const { sourceCode } = context;
    // Without types, only the structures around the file's code spellings can be over codes.
    const sites = typeAware ? undefined : codeSites(sourceCode, index);
    if (!mayTreatCodes(sites)) return {};
    const scope = { context, index, importSource, codePattern: compileCodePattern(DEFAULT_CODE_PATTERN) };
    const services = typeAware ? ESLintUtils.getParserServices(context) : undefined;
    const classifyByType = createTypeCodeReader(context, index, typeAware);

    /** With `typeAware`, the codes a discriminant typed as a subset of the code (or name) union can take. */
    function discriminantDomain(
      discriminant: TSESTree.Expression,
    ): { definitions: ExchangeErrorDefinition[]; style: CaseStyle } | undefined {
      if (services === undefined) return undefined;
      const values = literalValues(services.getTypeAtLocation(discriminant));
      if (values === undefined || values.length === 0) return undefined;
      const definitions = values.map((value) => definitionOfValue(index, value));
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

    /** How new branches spell codes, quote strings and end statements, taken from the code around them. */
    interface BranchStyle {
      readonly style: CaseStyle;
      readonly reference: CodeReference | undefined;
      readonly quote: string;
      readonly semicolon: string;
    }

    function codeText(definition: ExchangeErrorDefinition, branchStyle: BranchStyle): string {
      const { style, quote, reference } = branchStyle;
      return style === 'code'
        ? String(definition.code)
        : style === 'name'
          ? `${quote}${definition.name}${quote}`
          : `${reference?.objectText}.${definition.name}`;
    }

    /**
     * What a new branch does: throw, or in a retry predicate return whether a retry can follow at once — never for
     * a `reconcile` code, whose order must be queried first, nor for a `none` code.
     */
    function branchBody(definition: ExchangeErrorDefinition, branchStyle: BranchStyle, returns: boolean): string {
      const { quote, semicolon } = branchStyle;
      if (returns) return `return ${definition.retry !== 'none' && definition.retry !== 'reconcile'}${semicolon}`;
      const label = requireAll ? 'Unhandled exchange error' : 'Unhandled retryable exchange error';
      return `throw new Error(${quote}${label}: ${definition.name}${quote})${semicolon}`;
    }

    /** `undefined` when constants are needed but no reference to `ExchangeErrorCode` can be made here. */
    function branchStyleAt(
      node: TSESTree.Node,
      style: CaseStyle,
      quotedSample: TSESTree.Node | undefined,
      lastStatement: TSESTree.Node | undefined,
    ): BranchStyle | undefined {
      const reference = style === 'constant' ? planCodeReference(context, node, importSource) : undefined;
      if (style === 'constant' && reference === undefined) return undefined;
      return { style, reference, quote: quoteOf(quotedSample), semicolon: terminatorOf(sourceCode, lastStatement) };
    }

    function suggestMissingCases(
      node: TSESTree.SwitchStatement,
      missing: readonly ExchangeErrorDefinition[],
      style: CaseStyle,
      returns: boolean,
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
      const stringCase = node.cases.find(
        (switchCase) => switchCase.test?.type === AST_NODE_TYPES.Literal && typeof switchCase.test.value === 'string',
      );
      const lastStatement = node.cases.flatMap((switchCase) => switchCase.consequent).at(-1);
      const branchStyle = branchStyleAt(node, style, stringCase?.test ?? undefined, lastStatement);
      if (branchStyle === undefined) return undefined;
      const { caseIndent, bodyIndent } = caseIndentation(node);
      const cases = missing.map(
        (definition) =>
          `case ${codeText(definition, branchStyle)}:\n${bodyIndent}${branchBody(definition, branchStyle, returns)}`,
      );
      const defaultCase = node.cases.find((switchCase) => switchCase.test === null);
      const lastCase = node.cases.at(-1);
      return (fixer) => {
        const bindingFixes = branchStyle.reference?.bindingFixes(fixer) ?? [];
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

    /** The required codes a dispatch does not handle, by name; only those its subject's type allows, if typed. */
    function missingDefinitions(
      handled: ReadonlySet<ExchangeErrorDefinition | undefined>,
      domain: ReturnType<typeof discriminantDomain>,
    ): ExchangeErrorDefinition[] {
      const required = requireAll ? index.catalogue.definitions : index.catalogue.retryable;
      return required
        .filter(
          (definition) => !handled.has(definition) && (domain === undefined || domain.definitions.includes(definition)),
        )
        .sort((a, b) => a.name.localeCompare(b.name));
    }

    /** A dispatch that only answers true or false is a classification, unless it answers whether to retry. */
    function isClassification(classifies: boolean, node: TSESTree.Node): boolean {
      return classifies && !isRetryName(enclosingFunctionName(node));
    }

    const readCode = createCodeReader(scope, typeAware, sites?.bindingNames);

    /** The indentation of the line `node` starts on. */
    function lineIndent(node: TSESTree.Node): string {
      return /^\s*/u.exec(sourceCode.lines[node.loc.start.line - 1] ?? '')?.[0] ?? '';
    }

    function suggestMissingBranches(
      chain: CodeChain,
      missing: readonly ExchangeErrorDefinition[],
      style: CaseStyle,
      returns: boolean,
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
      const first = chain.branches[0]?.comparisons[0];
      const last = chain.branches.at(-1)?.statement;
      if (first === undefined || last === undefined) return undefined;
      const quoted = chain.branches
        .flatMap((branch) => branch.comparisons)
        .find((comparison) => comparison.match.style === 'name')?.codeNode;
      const branchStyle = branchStyleAt(last, style, quoted, finalStatement(last.consequent));
      if (branchStyle === undefined) return undefined;
      const comparison = first.codeNode.parent as TSESTree.BinaryExpression;
      const subjectText = sourceCode.getText(first.subject);
      const test = (definition: ExchangeErrorDefinition): string =>
        comparison.left === first.subject
          ? `${subjectText} ${comparison.operator} ${codeText(definition, branchStyle)}`
          : `${codeText(definition, branchStyle)} ${comparison.operator} ${subjectText}`;
      const indent = lineIndent(chain.branches[0]?.statement ?? last);
      const consequent = last.consequent;
      const ownLineBody =
        consequent.type === AST_NODE_TYPES.BlockStatement
          ? consequent.body.find((statement) => statement.loc.start.line !== consequent.loc.start.line)
          : undefined;
      const bodyIndent = ownLineBody === undefined ? `${indent}  ` : ' '.repeat(ownLineBody.loc.start.column);
      const keyword = chain.kind === 'else-if' ? 'else if' : 'if';
      const branches = missing.map((definition) => {
        const body = branchBody(definition, branchStyle, returns);
        const statement =
          consequent.type === AST_NODE_TYPES.BlockStatement
            ? `${keyword} (${test(definition)}) {\n${bodyIndent}${body}\n${indent}}`
            : `${keyword} (${test(definition)}) ${body}`;
        // `} else if (…) {` continues a block on its line; every other branch starts a line.
        return chain.kind === 'else-if' && consequent.type === AST_NODE_TYPES.BlockStatement
          ? ` ${statement}`
          : `\n${indent}${statement}`;
      });
      const after = chain.kind === 'else-if' ? consequent : last;
      return (fixer) => [
        ...(branchStyle.reference?.bindingFixes(fixer) ?? []),
        fixer.insertTextAfter(after, branches.join('')),
      ];
    }

    function checkChain(chain: CodeChain): void {
      const [head] = chain.branches;
      if (head === undefined || isClassification(chainClassifies(chain), head.statement)) return;
      if (allowDefault && chain.fallback !== undefined) return;
      const comparisons = chain.branches.flatMap((branch) => branch.comparisons);
      const handled = new Set(comparisons.map((comparison) => comparison.match.definition));
      const domain = discriminantDomain((comparisons[0] as (typeof comparisons)[number]).subject);
      const missing = missingDefinitions(handled, domain);
      if (missing.length === 0) return;
      const style = (comparisons[0] as (typeof comparisons)[number]).match.style;
      const data = { missing: missing.map(describeDefinition).join(', ') };
      const returns = chainClassifies(chain);
      const fix = suggestMissingBranches(chain, missing, style, returns);
      context.report({
        node: head.statement.test,
        messageId: requireAll ? 'missingBranches' : 'missingRetryableBranches',
        data,
        suggest:
          fix === undefined ? [] : [{ messageId: returns ? 'addMissingReturns' : 'addMissingBranches', data, fix }],
      });
    }

    function checkStatementList(statements: readonly TSESTree.Node[]): void {
      earlyReturnChains(statements, readCode, scope).forEach(checkChain);
    }

    const listeners: NodeListeners = {
      SwitchStatement(node) {
        const classified = node.cases.map((switchCase) =>
          switchCase.test === null
            ? undefined
            : (classifyCodeCase(switchCase.test, scope) ?? classifyByType(switchCase.test)),
        );
        const domain = discriminantDomain(node.discriminant);
        const isCodeSwitch =
          domain !== undefined ||
          classified.some((entry) => entry?.style === 'code' || entry?.style === 'constant') ||
          isNameSwitch(node, classified);
        if (!isCodeSwitch || isClassification(switchClassifies(node), node)) return;
        if (allowDefault && node.cases.some((switchCase) => switchCase.test === null)) return;

        const missing = missingDefinitions(new Set(classified.map((entry) => entry?.definition)), domain);
        if (missing.length === 0) return;

        const style = classified.find((entry) => entry !== undefined)?.style ?? domain?.style ?? 'code';
        const data = { missing: missing.map(describeDefinition).join(', ') };
        const returns = switchClassifies(node);
        const fix = suggestMissingCases(node, missing, style, returns);
        context.report({
          node: node.discriminant,
          messageId: requireAll ? 'missingCases' : 'missingRetryableCases',
          data,
          suggest:
            fix === undefined ? [] : [{ messageId: returns ? 'addMissingReturns' : 'addMissingCases', data, fix }],
        });
      },
      IfStatement(node) {
        const chain = elseIfChain(node, readCode, scope);
        if (chain !== undefined) checkChain(chain);
      },
      Program(node) {
        checkStatementList(node.body);
      },
      BlockStatement(node) {
        checkStatementList(node.body);
      },
      StaticBlock(node) {
        checkStatementList(node.body);
      },
      SwitchCase(node) {
        checkStatementList(node.consequent);
      },
    };
    return listenAtCodeSites(listeners, sites);
  },
});
