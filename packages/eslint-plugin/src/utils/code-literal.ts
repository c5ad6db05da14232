import { readCode, type ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { CatalogueIndex } from '../catalogue-index.js';
import { isExpectedErrorArgument } from './exchange-error-call.js';

/** A catalogue code written as a literal: the signed number (`-1121`) or a numeric string (`'-1121'`). */
export interface CodeLiteral {
  /** The whole signed value: the `UnaryExpression` of `-1121`, or the literal itself. */
  readonly node: TSESTree.Literal | TSESTree.UnaryExpression;
  readonly definition: ExchangeErrorDefinition;
  readonly isString: boolean;
}

/** The code a number or numeric-string literal spells, read as the catalogue reads codes (`'-01121'` too). */
interface SpelledCode {
  /** The whole signed value, as in `CodeLiteral`. */
  readonly node: TSESTree.Literal | TSESTree.UnaryExpression;
  readonly code: number;
  readonly isString: boolean;
}

function spelledCode(literal: TSESTree.Literal): SpelledCode | undefined {
  const { value } = literal;
  const { node, signedValue } =
    typeof value === 'number' ? signedNumber(literal, value) : { node: literal, signedValue: value };
  const code = readCode(signedValue);
  return code === undefined ? undefined : { node, code, isString: typeof value === 'string' };
}

/** The index's cheap first test: most literals of a file fail here, before any lookup. */
function mayBeCodeLiteral(literal: TSESTree.Literal, index: CatalogueIndex): boolean {
  const { value } = literal;
  return typeof value === 'number' ? index.mayBeCode(value) : typeof value === 'string' && index.mayBeCodeText(value);
}

/**
 * The catalogue code a literal spells, if any. Calling this for every literal of a file is cheap; literals in type
 * positions and JSX attributes are not values and yield nothing.
 */
export function readCodeLiteral(literal: TSESTree.Literal, index: CatalogueIndex): CodeLiteral | undefined {
  const spelled = mayBeCodeLiteral(literal, index) ? spelledCode(literal) : undefined;
  const definition = spelled === undefined ? undefined : index.catalogue.byCode.get(spelled.code);
  return spelled === undefined || definition === undefined || !isValuePosition(spelled.node)
    ? undefined
    : { node: spelled.node, definition, isString: spelled.isString };
}

/** A literal that looks like a code of the catalogue — same sign and digit count — but is not one: `-1211`. */
export interface UnknownCodeLiteral {
  /** The whole signed value, as in `CodeLiteral`. */
  readonly node: TSESTree.Literal | TSESTree.UnaryExpression;
  readonly code: number;
}

/** The code-shaped number a literal spells (`-1211`, `'-1999'`) when the catalogue has no such code. */
export function readUnknownCodeLiteral(
  literal: TSESTree.Literal,
  index: CatalogueIndex,
): UnknownCodeLiteral | undefined {
  const spelled = mayBeCodeLiteral(literal, index) ? spelledCode(literal) : undefined;
  return spelled === undefined ||
    !index.looksLikeCode(spelled.code) ||
    index.catalogue.byCode.has(spelled.code) ||
    !isValuePosition(spelled.node)
    ? undefined
    : { node: spelled.node, code: spelled.code };
}

/**
 * A code that `toBeExchangeError(…)` or `toThrowExchangeError(…)` expects (`-121`, `'-01211'`) and the catalogue
 * lacks, whatever its shape: the matcher reads it as the catalogue reads codes and fails on it.
 */
export function readUnknownExpectedCode(
  literal: TSESTree.Literal,
  index: CatalogueIndex,
): UnknownCodeLiteral | undefined {
  const { value } = literal;
  // The position first: it rules out almost every literal without reading it.
  const { node } = typeof value === 'number' ? signedNumber(literal, value) : { node: literal };
  if (node.parent.type !== AST_NODE_TYPES.CallExpression || !isExpectedErrorArgument(node.parent, node))
    return undefined;
  const spelled = spelledCode(literal);
  return spelled === undefined || index.catalogue.byCode.has(spelled.code) ? undefined : { node, code: spelled.code };
}

/** The whole signed number a numeric literal spells: the `UnaryExpression` of `-1121`, or the literal itself. */
function signedNumber(
  literal: TSESTree.Literal,
  value: number,
): { node: TSESTree.Literal | TSESTree.UnaryExpression; signedValue: number } {
  const { parent } = literal;
  return parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '-'
    ? { node: parent, signedValue: -value }
    : { node: literal, signedValue: value };
}

/** Where a literal is no value: a literal type, a JSX attribute, a module or export name (`export * as '-1121' from`). */
const NOT_VALUE_PARENTS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSLiteralType,
  AST_NODE_TYPES.JSXAttribute,
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ImportSpecifier,
  AST_NODE_TYPES.ImportAttribute,
  AST_NODE_TYPES.ExportNamedDeclaration,
  AST_NODE_TYPES.ExportAllDeclaration,
  AST_NODE_TYPES.ExportSpecifier,
  AST_NODE_TYPES.TSModuleDeclaration,
  AST_NODE_TYPES.TSExternalModuleReference,
]);

function isValuePosition(node: TSESTree.Node): boolean {
  const { parent } = node;
  if (parent === undefined) return true;
  // `enum E { '-1121' = 1 }` names a member; its initializer is a value.
  return !NOT_VALUE_PARENTS.has(parent.type) && !(parent.type === AST_NODE_TYPES.TSEnumMember && parent.id === node);
}
