import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** The quote a string literal is written with, so inserted strings match it; `'` when there is none to copy. */
export function quoteOf(literal: TSESTree.Node | undefined): "'" | '"' {
  return literal?.type === AST_NODE_TYPES.Literal && literal.raw.startsWith('"') ? '"' : "'";
}

/** `;` when the sample statement ends in one or there is none, `''` in a file written without semicolons. */
export function terminatorOf(sourceCode: TSESLint.SourceCode, statement: TSESTree.Node | undefined): ';' | '' {
  if (statement === undefined) return ';';
  const last = sourceCode.getLastToken(statement);
  return last !== null && ASTUtils.isSemicolonToken(last) ? ';' : '';
}
