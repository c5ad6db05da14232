import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyName } from './ast.js';
import { quoteOf, terminatorOf } from './code-style.js';
import type { AnyRuleContext } from './create-rule.js';
import { isCommonJsFile } from './module-kind.js';

/** The export of the import source that maps names to codes. */
export const CODES_EXPORT = 'ExchangeErrorCode';

/** How to write `ExchangeErrorCode.<NAME>` at one place in a file. */
export interface CodeReference {
  /** The text before `.<NAME>`: `ExchangeErrorCode`, an alias such as `EC`, or `errors.ExchangeErrorCode`. */
  readonly objectText: string;
  /** Edits that make `objectText` resolve: adding, merging or upgrading an import. Empty when one already does. */
  readonly bindingFixes: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
  /** False where the edit may be wrong or unwanted (CommonJS `require`): offer it as a suggestion only. */
  readonly autofixable: boolean;
}

/** Whether `name`, looked up from `at`, is the binding that `declarator` (an import specifier or a declarator) made. */
function resolvesTo(context: AnyRuleContext, at: TSESTree.Node, name: string, declarator: TSESTree.Node): boolean {
  return (
    ASTUtils.findVariable(context.sourceCode.getScope(at), name)?.defs.some(
      (definition) => definition.node === declarator,
    ) ?? false
  );
}

function isRequireOf(node: TSESTree.Node | null, source: string): boolean {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    node.arguments[0].value === source
  );
}

function specifierName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** The quote and statement terminator the file already uses for its imports or requires. */
function codeStyle(
  sourceCode: TSESLint.SourceCode,
  sample: TSESTree.ImportDeclaration | TSESTree.VariableDeclaration | undefined,
): { quote: string; semicolon: string } {
  const sourceLiteral =
    sample?.type === AST_NODE_TYPES.ImportDeclaration
      ? sample.source
      : sample?.declarations[0]?.init?.type === AST_NODE_TYPES.CallExpression
        ? sample.declarations[0].init.arguments[0]
        : undefined;
  return { quote: quoteOf(sourceLiteral), semicolon: terminatorOf(sourceCode, sample) };
}

function firstStatementAfterDirectives(program: TSESTree.Program): TSESTree.ProgramStatement | undefined {
  return program.body.find(
    (statement) => !(statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive),
  );
}

function insertStatement(
  fixer: TSESLint.RuleFixer,
  program: TSESTree.Program,
  after: TSESTree.Node | undefined,
  statement: string,
): TSESLint.RuleFix {
  if (after !== undefined) return fixer.insertTextAfter(after, `\n${statement}`);
  const first = firstStatementAfterDirectives(program);
  return first === undefined
    ? fixer.insertTextAfterRange(program.range, `\n${statement}`)
    : fixer.insertTextBefore(first, `${statement}\n`);
}

/** Whether `ExchangeErrorCode` can be declared at module level and still mean that import at `at`. */
function isNameFree(context: AnyRuleContext, at: TSESTree.Node): boolean {
  return ASTUtils.findVariable(context.sourceCode.getScope(at), CODES_EXPORT) === null;
}

function planModuleReference(
  context: AnyRuleContext,
  at: TSESTree.Node,
  importSource: string,
): CodeReference | undefined {
  const { sourceCode } = context;
  const program = sourceCode.ast;
  const imports = program.body.filter((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const fromSource = imports.filter((declaration) => declaration.source.value === importSource);
  const noFixes = () => [];

  for (const declaration of fromSource) {
    if (declaration.importKind === 'type') continue;
    for (const specifier of declaration.specifiers) {
      const local = specifier.local.name;
      if (
        specifier.type === AST_NODE_TYPES.ImportSpecifier &&
        specifier.importKind !== 'type' &&
        specifierName(specifier.imported) === CODES_EXPORT
      ) {
        return resolvesTo(context, at, local, specifier)
          ? { objectText: local, bindingFixes: noFixes, autofixable: true }
          : undefined;
      }
    }
  }
  for (const declaration of fromSource) {
    const namespace = declaration.specifiers.find(
      (specifier) => specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier,
    );
    if (declaration.importKind !== 'type' && namespace !== undefined) {
      return resolvesTo(context, at, namespace.local.name, namespace)
        ? { objectText: `${namespace.local.name}.${CODES_EXPORT}`, bindingFixes: noFixes, autofixable: true }
        : undefined;
    }
  }
  for (const declaration of fromSource) {
    const typeOnly = declaration.specifiers.find(
      (specifier): specifier is TSESTree.ImportSpecifier =>
        specifier.type === AST_NODE_TYPES.ImportSpecifier && specifierName(specifier.imported) === CODES_EXPORT,
    );
    if (typeOnly === undefined) continue;
    const local = typeOnly.local.name;
    if (!resolvesTo(context, at, local, typeOnly)) return undefined;
    return {
      objectText: local,
      bindingFixes: (fixer) => upgradeTypeImport(fixer, sourceCode, declaration, typeOnly),
      autofixable: true,
    };
  }

  if (!isNameFree(context, at)) return undefined;
  const mergeInto = fromSource.find(
    (declaration) =>
      declaration.importKind !== 'type' &&
      !declaration.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) &&
      declaration.specifiers.length > 0,
  );
  const { quote, semicolon } = codeStyle(sourceCode, imports.at(-1));
  return {
    objectText: CODES_EXPORT,
    autofixable: true,
    bindingFixes: (fixer) => {
      if (mergeInto !== undefined) {
        const last = mergeInto.specifiers.at(-1) as TSESTree.ImportClause;
        return [
          fixer.insertTextAfter(
            last,
            last.type === AST_NODE_TYPES.ImportDefaultSpecifier ? `, { ${CODES_EXPORT} }` : `, ${CODES_EXPORT}`,
          ),
        ];
      }
      const statement = `import { ${CODES_EXPORT} } from ${quote}${importSource}${quote}${semicolon}`;
      return [insertStatement(fixer, program, imports.at(-1), statement)];
    },
  };
}

/** `import type { ExchangeErrorCode }` or `import { type ExchangeErrorCode }` becomes a value import. */
function upgradeTypeImport(
  fixer: TSESLint.RuleFixer,
  sourceCode: TSESLint.SourceCode,
  declaration: TSESTree.ImportDeclaration,
  specifier: TSESTree.ImportSpecifier,
): TSESLint.RuleFix[] {
  const removeTypeKeyword = (owner: TSESTree.Node, skipFirst: boolean): TSESLint.RuleFix => {
    // The `type` keyword and the space after it, up to the next token.
    const keyword = sourceCode.getFirstToken(owner, { skip: skipFirst ? 1 : 0 }) as TSESTree.Token;
    const next = sourceCode.getTokenAfter(keyword) ?? keyword;
    return fixer.removeRange([keyword.range[0], Math.max(keyword.range[1], next.range[0])]);
  };
  if (declaration.importKind !== 'type') return [removeTypeKeyword(specifier, false)];
  // The other names of `import type { A, ExchangeErrorCode }` stay type-only through inline `type` modifiers.
  return [
    removeTypeKeyword(declaration, true),
    ...declaration.specifiers
      .filter((other) => other !== specifier)
      .map((other) => fixer.insertTextBefore(other, 'type ')),
  ];
}

function planCommonJsReference(
  context: AnyRuleContext,
  at: TSESTree.Node,
  importSource: string,
): CodeReference | undefined {
  const { sourceCode } = context;
  const program = sourceCode.ast;
  const requires = program.body.filter(
    (statement): statement is TSESTree.VariableDeclaration =>
      statement.type === AST_NODE_TYPES.VariableDeclaration &&
      statement.declarations.some(
        (declarator) =>
          declarator.init?.type === AST_NODE_TYPES.CallExpression &&
          declarator.init.callee.type === AST_NODE_TYPES.Identifier &&
          declarator.init.callee.name === 'require',
      ),
  );
  for (const statement of requires) {
    for (const declarator of statement.declarations) {
      if (!isRequireOf(declarator.init, importSource)) continue;
      if (declarator.id.type === AST_NODE_TYPES.Identifier) {
        const local = declarator.id.name;
        return resolvesTo(context, at, local, declarator)
          ? { objectText: `${local}.${CODES_EXPORT}`, bindingFixes: () => [], autofixable: false }
          : undefined;
      }
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      for (const property of declarator.id.properties) {
        if (
          property.type === AST_NODE_TYPES.Property &&
          propertyName(property) === CODES_EXPORT &&
          property.value.type === AST_NODE_TYPES.Identifier
        ) {
          const local = property.value.name;
          return resolvesTo(context, at, local, declarator)
            ? { objectText: local, bindingFixes: () => [], autofixable: false }
            : undefined;
        }
      }
    }
  }
  if (!isNameFree(context, at)) return undefined;
  const { quote, semicolon } = codeStyle(sourceCode, requires.at(-1));
  const statement = `const { ${CODES_EXPORT} } = require(${quote}${importSource}${quote})${semicolon}`;
  return {
    objectText: CODES_EXPORT,
    bindingFixes: (fixer) => [insertStatement(fixer, program, requires.at(-1), statement)],
    autofixable: false,
  };
}

/**
 * Plans how to refer to `ExchangeErrorCode` from `importSource` at `at`: reuse an import (named, aliased,
 * namespace, or a type-only one upgraded to a value import), merge into an import from that source, or add one.
 * CommonJS files (see `isCommonJsFile`) get a `require` and are never autofixed. `undefined` when no reference can be made safely,
 * e.g. when another `ExchangeErrorCode` is in scope.
 */
export function planCodeReference(
  context: AnyRuleContext,
  at: TSESTree.Node,
  importSource: string,
): CodeReference | undefined {
  return isCommonJsFile(context)
    ? planCommonJsReference(context, at, importSource)
    : planModuleReference(context, at, importSource);
}

/**
 * Whether `node` is `ExchangeErrorCode` from `importSource` (under any local name), `ns.ExchangeErrorCode` for
 * a namespace import or a required module object: the object of a constant such as `ExchangeErrorCode.TIMEOUT`.
 */
export function isCodesObject(context: AnyRuleContext, node: TSESTree.Node, importSource: string): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    return (
      !node.computed &&
      node.property.type === AST_NODE_TYPES.Identifier &&
      node.property.name === CODES_EXPORT &&
      bindingOf(context, node.object, importSource) === 'module'
    );
  }
  return bindingOf(context, node, importSource) === 'codes';
}

/** What an identifier is bound to: the codes object, the whole module, or neither. */
function bindingOf(context: AnyRuleContext, node: TSESTree.Node, importSource: string): 'codes' | 'module' | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = ASTUtils.findVariable(context.sourceCode.getScope(node), node)?.defs[0];
  if (definition === undefined) return undefined;
  const declaration = definition.node;
  if (
    declaration.type === AST_NODE_TYPES.ImportSpecifier ||
    declaration.type === AST_NODE_TYPES.ImportNamespaceSpecifier
  ) {
    if (
      declaration.parent.type !== AST_NODE_TYPES.ImportDeclaration ||
      declaration.parent.source.value !== importSource
    ) {
      return undefined;
    }
    if (declaration.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return 'module';
    return specifierName(declaration.imported) === CODES_EXPORT ? 'codes' : undefined;
  }
  if (declaration.type === AST_NODE_TYPES.VariableDeclarator && isRequireOf(declaration.init, importSource)) {
    if (declaration.id.type === AST_NODE_TYPES.Identifier) return 'module';
    const isCodesProperty = (property: TSESTree.Property | TSESTree.RestElement) =>
      property.type === AST_NODE_TYPES.Property &&
      propertyName(property) === CODES_EXPORT &&
      property.value.type === AST_NODE_TYPES.Identifier &&
      property.value.name === node.name;
    return declaration.id.type === AST_NODE_TYPES.ObjectPattern && declaration.id.properties.some(isCodesProperty)
      ? 'codes'
      : undefined;
  }
  return undefined;
}
