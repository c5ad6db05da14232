import type { ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { codeShape, type CatalogueIndex, type NumberRange } from '../catalogue-index.js';

/** A catalogue code written as a literal: the signed number (`-1121`) or a numeric string (`'-1121'`). */
export interface CodeLiteral {
  /** The whole signed value: the `UnaryExpression` of `-1121`, or the literal itself. */
  readonly node: TSESTree.Literal | TSESTree.UnaryExpression;
  readonly definition: ExchangeErrorDefinition;
  readonly isString: boolean;
}

const MINUS_SIGN = '-'.charCodeAt(0);
const DIGIT_ZERO = '0'.charCodeAt(0);
const DIGIT_NINE = '9'.charCodeAt(0);

function isInRange(value: number, range: NumberRange): boolean {
  return value >= range.min && value <= range.max;
}

/**
 * Whether `text` could be a code of the catalogue or code-shaped, judged by its length and first character only:
 * most strings of a file fail here, before any lookup hashes them.
 */
function mayBeCodeText(text: string, index: CatalogueIndex): boolean {
  if (!isInRange(text.length, index.codeTextLengthRange)) return false;
  const first = text.charCodeAt(0);
  return first === MINUS_SIGN
    ? index.hasNegativeCodes
    : index.hasPositiveCodes && first >= DIGIT_ZERO && first <= DIGIT_NINE;
}

/**
 * The catalogue code a literal spells, if any. Numbers and strings are first rejected by range, length and first
 * character, so calling this for every literal of a file is cheap; literals in type positions and JSX attributes
 * are not values and yield nothing.
 */
export function readCodeLiteral(literal: TSESTree.Literal, index: CatalogueIndex): CodeLiteral | undefined {
  const { value } = literal;
  if (typeof value === 'number') {
    if (!isInRange(value, index.codeMagnitudeRange) || !index.codeMagnitudes.has(value)) return undefined;
    const { node, signedValue } = signedNumber(literal, value);
    const definition = index.byCode.get(signedValue);
    return definition === undefined || !isValuePosition(node) ? undefined : { node, definition, isString: false };
  }
  if (typeof value === 'string') {
    if (!mayBeCodeText(value, index)) return undefined;
    const definition = index.byCodeText.get(value);
    return definition === undefined || !isValuePosition(literal)
      ? undefined
      : { node: literal, definition, isString: true };
  }
  return undefined;
}

/** A literal that looks like a code of the catalogue — same sign and digit count — but is not one: `-1211`. */
export interface UnknownCodeLiteral {
  /** The whole signed value, as in `CodeLiteral`. */
  readonly node: TSESTree.Literal | TSESTree.UnaryExpression;
  readonly code: number;
}

/**
 * The code-shaped number a literal spells (`-1211`, `'-1999'`) when the catalogue has no such code. The first
 * tests are range, length and first character, as in `readCodeLiteral`.
 */
export function readUnknownCodeLiteral(
  literal: TSESTree.Literal,
  index: CatalogueIndex,
): UnknownCodeLiteral | undefined {
  const { value } = literal;
  let node: UnknownCodeLiteral['node'] = literal;
  let code: number;
  if (typeof value === 'number') {
    if (!isInRange(value, index.codeShapedMagnitudeRange)) return undefined;
    ({ node, signedValue: code } = signedNumber(literal, value));
  } else if (typeof value === 'string') {
    if (!mayBeCodeText(value, index)) return undefined;
    code = Number(value);
    // Only the canonical spelling: not '', ' 1', '-01121' or '1e3'.
    if (String(code) !== value) return undefined;
  } else {
    return undefined;
  }
  if (!Number.isSafeInteger(code) || !index.codeShapes.has(codeShape(code)) || index.byCode.has(code)) return undefined;
  return isValuePosition(node) ? { node, code } : undefined;
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
