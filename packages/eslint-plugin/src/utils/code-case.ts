import type { ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import type { CatalogueIndex } from '../catalogue-index.js';
import { propertyName } from './ast.js';
import { CODES_EXPORT, isCodesObject } from './code-reference.js';
import { readCodeLiteral } from './code-literal.js';
import type { AnyRuleContext } from './create-rule.js';

/** How a `case` spells a catalogue error: its code (`-1121`, `'-1121'`), a constant, or its name (`'BAD_SYMBOL'`). */
export type CaseStyle = 'code' | 'constant' | 'name';

export interface CodeCase {
  readonly definition: ExchangeErrorDefinition;
  readonly style: CaseStyle;
}

/** What a case test is compared against: the catalogue, and where its `ExchangeErrorCode` comes from. */
export interface CodeCaseScope {
  readonly context: AnyRuleContext;
  readonly index: CatalogueIndex;
  readonly importSource: string;
}

/** `ExchangeErrorCode` bound to nothing: the catalogue's constants written before their import, which fixes add. */
function isUnboundCodesObject(scope: CodeCaseScope, node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.Identifier &&
    node.name === CODES_EXPORT &&
    ASTUtils.findVariable(scope.context.sourceCode.getScope(node), node) === null
  );
}

/**
 * The catalogue error a `case` test spells: a code literal, a numeric string, a name string, or a constant read
 * from `ExchangeErrorCode` of the import source (under any local name, or not yet imported). A member of some other object, such as a
 * project's own enum, is not one, even when its property has a catalogue name.
 */
export function classifyCodeCase(test: TSESTree.Expression, scope: CodeCaseScope): CodeCase | undefined {
  const { index } = scope;
  if (test.type === AST_NODE_TYPES.Literal && typeof test.value === 'string') {
    const definition = index.catalogue.byName.get(test.value);
    if (definition !== undefined) return { definition, style: 'name' };
  }
  const literal =
    test.type === AST_NODE_TYPES.UnaryExpression && test.argument.type === AST_NODE_TYPES.Literal
      ? test.argument
      : test;
  if (literal.type === AST_NODE_TYPES.Literal) {
    const code = readCodeLiteral(literal, index);
    return code !== undefined && code.node === test ? { definition: code.definition, style: 'code' } : undefined;
  }
  if (test.type === AST_NODE_TYPES.MemberExpression) {
    // The name first: it is a map lookup, the object's binding a scope walk.
    const name = propertyName(test);
    const definition = name === undefined ? undefined : index.catalogue.byName.get(name);
    return definition !== undefined &&
      (isCodesObject(scope.context, test.object, scope.importSource) || isUnboundCodesObject(scope, test.object))
      ? { definition, style: 'constant' }
      : undefined;
  }
  return undefined;
}

/** Whether a case test is a catalogue code: a code literal, a numeric string or an `ExchangeErrorCode` constant. */
export function isCodeConstantCase(test: TSESTree.Expression, scope: CodeCaseScope): boolean {
  const style = classifyCodeCase(test, scope)?.style;
  return style === 'code' || style === 'constant';
}
