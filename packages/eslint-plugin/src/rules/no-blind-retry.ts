import type { ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPluginSettings } from '../settings.js';
import {
  arrayGroup,
  createCodeReader,
  isRetryName,
  membershipArray,
  orChainGroups,
  switchGroups,
  type CodeGroup,
} from '../utils/code-groups.js';
import { codeSites, listenAtCodeSites, mayTreatCodes, type NodeListeners } from '../utils/code-sites.js';
import { createRule } from '../utils/create-rule.js';
import { codePatternSchema, compileCodePattern, DEFAULT_CODE_PATTERN } from '../utils/name-patterns.js';

export type Options = [{ codePattern: string }];
export type MessageIds = 'reconcileWithOthers' | 'unretryableInRetry' | 'removeFromRetry';

/** `TIMEOUT (-1007, `reconcile`)`: a code with its policy, as the messages name it. */
function describeWithPolicy(definition: ExchangeErrorDefinition): string {
  return `${definition.name} (${definition.code}, \`${definition.retry}\`)`;
}

function listOf(definitions: readonly ExchangeErrorDefinition[]): string {
  const described = definitions.map(describeWithPolicy);
  return described.length < 2 ? described.join('') : `${described.slice(0, -1).join(', ')} and ${described.at(-1)}`;
}

/** Files whose arrays get static types: `.ts`, `.tsx`, `.mts`, `.cts`. */
const TYPESCRIPT_FILE = /\.[cm]?tsx?$/u;

/**
 * In TypeScript, an array inferred from constants has a union of code literals as its type: removing a member
 * narrows it, and a lookup with a wider code may stop compiling. Numbers and strings widen, a declared type stays.
 */
function keepsItsType(array: TSESTree.ArrayExpression, group: CodeGroup, filename: string): boolean {
  if (!TYPESCRIPT_FILE.test(filename)) return true;
  const { parent } = array;
  if (parent.type === AST_NODE_TYPES.TSAsExpression || parent.type === AST_NODE_TYPES.TSSatisfiesExpression) {
    return false;
  }
  const declarator = parent.type === AST_NODE_TYPES.NewExpression ? parent.parent : parent;
  if (declarator.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.typeAnnotation !== undefined) return true;
  return group.members.every(
    (member) => member.node.type === AST_NODE_TYPES.Literal || member.node.type === AST_NODE_TYPES.UnaryExpression,
  );
}

/** Removes elements of an array, each with the comma that joins it to the rest. */
function removeElements(
  fixer: TSESLint.RuleFixer,
  sourceCode: TSESLint.SourceCode,
  array: TSESTree.ArrayExpression,
  removed: ReadonlySet<TSESTree.Node>,
): TSESLint.RuleFix[] {
  const elements = array.elements as TSESTree.Node[];
  const fixes: TSESLint.RuleFix[] = [];
  let start = 0;
  while (start < elements.length) {
    if (!removed.has(elements[start] as TSESTree.Node)) {
      start += 1;
      continue;
    }
    let end = start;
    while (end + 1 < elements.length && removed.has(elements[end + 1] as TSESTree.Node)) end += 1;
    const first = elements[start] as TSESTree.Node;
    const last = elements[end] as TSESTree.Node;
    const next = elements[end + 1];
    const previous = elements[start - 1];
    if (next !== undefined) {
      fixes.push(fixer.removeRange([first.range[0], next.range[0]]));
    } else if (previous !== undefined) {
      fixes.push(fixer.removeRange([previous.range[1], last.range[1]]));
    } else {
      const closing = sourceCode.getLastToken(array) as TSESTree.Token;
      fixes.push(fixer.removeRange([first.range[0], closing.range[0]]));
    }
    start = end + 1;
  }
  return fixes;
}

export default createRule<Options, MessageIds>({
  name: 'no-blind-retry',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow handling codes of unknown execution status like other codes, and retrying codes that cannot succeed',
    },
    hasSuggestions: true,
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
      reconcileWithOthers:
        '{{reconcile}}: execution status unknown, so the order may have executed; query it before re-sending. ' +
        'Handled here together with {{others}}, it gets their treatment and the same order may execute twice.',
      unretryableInRetry:
        '`{{purpose}}` retries {{unretryable}}: retrying cannot succeed, the same request fails the same way again.',
      removeFromRetry: 'Remove {{codes}} from `{{purpose}}`.',
    },
  },
  create(context, [{ codePattern }]) {
    const { index, importSource, typeAware } = getPluginSettings(context);
    // Compiled first: a bad pattern is reported in every file, not only in those with codes.
    const scope = { context, index, importSource, codePattern: compileCodePattern(codePattern) };
    // Without types, only the structures around the file's code spellings can group codes.
    const sites = typeAware ? undefined : codeSites(context.sourceCode, index);
    if (!mayTreatCodes(sites)) return {};
    const readCode = createCodeReader(scope, typeAware, sites?.bindingNames);
    const { sourceCode } = context;
    const seenArrays = new Set<TSESTree.ArrayExpression>();

    function removal(
      group: CodeGroup,
      definitions: readonly ExchangeErrorDefinition[],
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const array = group.node;
      if (
        !group.removable ||
        array.type !== AST_NODE_TYPES.ArrayExpression ||
        !keepsItsType(array, group, context.filename)
      ) {
        return [];
      }
      const removed = new Set(
        array.elements.filter((element): element is TSESTree.Expression => {
          const match =
            element === null || element.type === AST_NODE_TYPES.SpreadElement ? undefined : readCode(element);
          return match !== undefined && definitions.includes(match.definition);
        }),
      );
      return [
        {
          messageId: 'removeFromRetry',
          data: { codes: listOf(definitions), purpose: group.purpose ?? '' },
          fix: (fixer) => removeElements(fixer, sourceCode, array, removed),
        },
      ];
    }

    function check(group: CodeGroup): void {
      const definitions = group.members.map((member) => member.definition);
      const retried = isRetryName(group.purpose);
      const reconcile = definitions.filter((definition) => definition.retry === 'reconcile');
      const others = definitions.filter((definition) => definition.retry !== 'reconcile');
      if (reconcile.length > 0 && others.length > 0) {
        context.report({
          loc: group.loc,
          messageId: 'reconcileWithOthers',
          data: { reconcile: listOf(reconcile), others: listOf(others) },
          suggest: retried ? removal(group, reconcile) : [],
        });
      }
      const unretryable = definitions.filter((definition) => definition.retry === 'none');
      if (retried && unretryable.length > 0) {
        context.report({
          loc: group.loc,
          messageId: 'unretryableInRetry',
          data: { purpose: group.purpose ?? '', unretryable: listOf(unretryable) },
          suggest: removal(group, unretryable),
        });
      }
    }

    function checkArray(array: TSESTree.ArrayExpression, lookedUpWithCode: boolean): void {
      if (seenArrays.has(array)) return;
      const group = arrayGroup(array, readCode, scope, lookedUpWithCode);
      if (group === undefined) return;
      seenArrays.add(array);
      check(group);
    }

    const listeners: NodeListeners = {
      ArrayExpression(node) {
        checkArray(node, false);
      },
      CallExpression(node) {
        const array = membershipArray(node, scope);
        if (array !== undefined) checkArray(array, true);
      },
      SwitchStatement(node) {
        switchGroups(node, readCode, scope).forEach(check);
      },
      LogicalExpression(node) {
        const { parent } = node;
        if (node.operator !== '||' || (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '||')) {
          return;
        }
        orChainGroups(node, readCode, scope).forEach(check);
      },
    };
    return listenAtCodeSites(listeners, sites);
  },
});
