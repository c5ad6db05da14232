import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** The quote a string literal is written with, so inserted strings match it; `'` when there is none to copy. */
export function quoteOf(literal: TSESTree.Node | undefined): "'" | '"' {
  return literal?.type === AST_NODE_TYPES.Literal && literal.raw.startsWith('"') ? '"' : "'";
}

/**
 * `;` when the sample statement ends in one or there is none, `''` in a file written without semicolons. A statement
 * ends where its last token does, and only a `;` token ends in `;`: the text tells, without the token index that
 * ESLint builds for a file at its first token query.
 */
export function terminatorOf(sourceCode: TSESLint.SourceCode, statement: TSESTree.Node | undefined): ';' | '' {
  if (statement === undefined) return ';';
  return sourceCode.text[statement.range[1] - 1] === ';' ? ';' : '';
}
