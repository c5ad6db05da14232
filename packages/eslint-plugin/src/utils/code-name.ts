import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { outermostValue, propertyName } from './ast.js';

/** `ORDER_GONE`, `TIMEOUT`, `HTTP2_ERROR`: a name written in constant case. */
const CONSTANT_CASE = /^[A-Z][A-Z\d]*(?:_[A-Z\d]+)*$/u;
/** A comment that starts with an UPPER_SNAKE name (`// DUPLICATE_IP`, `// NO_SUCH_ORDER - gone`) or is one word (`// UNKNOWN`). */
const COMMENT_NAME = /^\s*(?:([A-Z][A-Z\d]*(?:_[A-Z\d]+)+)(?![\w$])|([A-Z][A-Z\d]{2,})\s*$)/u;
/**
 * What a comment that `COMMENT_NAME` matches starts with on its line: `//` or `/*`, spaces, a capital letter; or a
 * `/*` that ends the line, as a block comment's name may stand on the next.
 */
const MAY_OPEN_COMMENT_NAME = /\/(?:\/\s*[A-Z]|\*\s*(?:[A-Z]|$))/u;
/** Words that say nothing about which error a name means. */
const FILLER_WORDS = new Set([
  'A',
  'AN',
  'AND',
  'CODE',
  'ERR',
  'ERROR',
  'FOR',
  'IN',
  'IS',
  'MANY',
  'NO',
  'NOT',
  'OF',
  'ON',
  'OR',
  'THE',
  'TO',
  'TOO',
]);

/** The name a declaration gives its value: a `const`, an object key, a class field or an enum member. */
function declaredName(value: TSESTree.Node): { name: string; isEnumMember: boolean } | undefined {
  const { parent } = value;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier
        ? { name: parent.id.name, isEnumMember: false }
        : undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition: {
      const name = parent.value === value && !parent.computed ? propertyName(parent) : undefined;
      return name === undefined ? undefined : { name, isEnumMember: false };
    }
    case AST_NODE_TYPES.TSEnumMember:
      return parent.initializer === value && parent.id.type === AST_NODE_TYPES.Identifier
        ? { name: parent.id.name, isEnumMember: true }
        : undefined;
    default:
      return undefined;
  }
}

type TokenOrComment = TSESTree.Token | TSESTree.Comment;

const isValueToken = (token: TokenOrComment): boolean =>
  token.type === AST_TOKEN_TYPES.Numeric || token.type === AST_TOKEN_TYPES.String;

/** The name in a comment after `node` on its line, when no other number or string is on that line. */
function commentName(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const { start, end } = node.loc;
  // Without a comment opening followed by a capital after it on its line there is no name to read: most code
  // literals, and most commented ones (`// {"code":-1000,"msg":…}`), decided without a walk over the tokens.
  if (!MAY_OPEN_COMMENT_NAME.test((sourceCode.lines[end.line - 1] ?? '').slice(end.column))) return undefined;
  const options = { includeComments: true };
  // `[-1003, -1015], // TOO_MANY_REQUESTS` names no single one of them.
  let before = sourceCode.getTokenBefore(node, options) as TokenOrComment | null;
  while (before?.loc.end.line === start.line) {
    if (isValueToken(before)) return undefined;
    before = sourceCode.getTokenBefore(before, options) as TokenOrComment | null;
  }
  let after = sourceCode.getTokenAfter(node, options) as TokenOrComment | null;
  while (after?.loc.start.line === end.line) {
    if (after.type === AST_TOKEN_TYPES.Line || after.type === AST_TOKEN_TYPES.Block) {
      const found = COMMENT_NAME.exec(after.value);
      return found?.[1] ?? found?.[2];
    }
    if (isValueToken(after)) return undefined;
    after = sourceCode.getTokenAfter(after, options) as TokenOrComment | null;
  }
  return undefined;
}

/**
 * The name the surrounding code gives a code literal: the constant-case `const`, object key or class field it is
 * assigned to (`const ORDER_GONE = -2013`), the enum member it initializes, or an UPPER_SNAKE name in a comment
 * after it on the same line (`'-1004': DuplicateOrderId, // DUPLICATE_IP`). Names such as `code` or `retryCode`
 * say nothing about which error it is and are not read.
 */
export function nameGivenToCode(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const value = outermostValue(node);
  const declared = declaredName(value);
  if (declared !== undefined && (declared.isEnumMember || CONSTANT_CASE.test(declared.name))) return declared.name;
  const parent = value.parent;
  // A key names its value, not itself: `{ '-1121': BadSymbol }`; its comment may name it.
  const commented = parent?.type === AST_NODE_TYPES.Property && parent.key === value ? parent : value;
  return commentName(commented, sourceCode);
}

/** The meaningful words of a name, upper case, singular: `TooManyRequests` → `REQUEST`. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z\d])([A-Z])/gu, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z\d]+/u)
    .filter((word) => word.length > 0 && !FILLER_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('S') ? word.slice(0, -1) : word));
}

/**
 * Whether a name given in the code can mean the catalogue's name: spelt the same apart from case and
 * underscores, sharing a meaningful word (`ORDER_GONE` and `NO_SUCH_ORDER`, `REJECTED_MBX_KEY` and
 * `REJECTED_CH_KEY`), or having no meaningful word at all (`ERROR_CODE`). Synonyms are not guessed.
 */
export function namesAgree(given: string, catalogueName: string): boolean {
  const givenWords = wordsOf(given);
  const catalogueWords = new Set(wordsOf(catalogueName));
  return (
    givenWords.length === 0 ||
    givenWords.join('') === [...catalogueWords].join('') ||
    givenWords.some((word) => catalogueWords.has(word))
  );
}
