import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { expressionKey } from './ast.js';
import { chainOperands, EQUALITY, readCodeComparison, type CodeComparison, type CodeReader } from './code-groups.js';
import type { ErrorCodeContextScope } from './error-code-context.js';

/** One branch of a chain: its test compares the chain's subject with one or more codes (`a === X || a === Y`). */
export interface ChainBranch {
  readonly statement: TSESTree.IfStatement;
  readonly comparisons: readonly CodeComparison[];
}

/** Tests of one code expression against catalogue codes, written as `if` statements. */
export interface CodeChain {
  /** `else-if`: `if … else if …`; `early-return`: a run of `if`s in one block that each return or throw. */
  readonly kind: 'else-if' | 'early-return';
  readonly branches: readonly ChainBranch[];
  /** A final `else`, or for a run the code after it: what handles every other code. */
  readonly fallback: TSESTree.Statement | undefined;
}

/** The comparisons of a branch test when every operand of its `||` chain compares the same subject with a code. */
function branchComparisons(
  test: TSESTree.Expression,
  readCode: CodeReader,
  scope: ErrorCodeContextScope,
): CodeComparison[] | undefined {
  const { sourceCode } = scope.context;
  const comparisons: CodeComparison[] = [];
  for (const operand of chainOperands(test, '||')) {
    const comparison = readCodeComparison(operand, EQUALITY, readCode, scope);
    if (comparison === undefined) return undefined;
    comparisons.push(comparison);
  }
  const [first] = comparisons;
  const key = first === undefined ? undefined : expressionKey(sourceCode, first.subject);
  return comparisons.every((comparison) => expressionKey(sourceCode, comparison.subject) === key)
    ? comparisons
    : undefined;
}

/** Whether a chain tests one subject against two or more distinct codes, in two or more branches. */
function isCodeChain(branches: readonly ChainBranch[], sourceCode: TSESLint.SourceCode): boolean {
  const comparisons = branches.flatMap((branch) => branch.comparisons);
  const subjects = new Set(comparisons.map((comparison) => expressionKey(sourceCode, comparison.subject)));
  const codes = new Set(comparisons.map((comparison) => comparison.match.definition));
  return branches.length > 1 && subjects.size === 1 && codes.size > 1;
}

/** The chain an `if` heads (not an `else if` itself), when every test in it compares one subject with codes. */
export function elseIfChain(
  head: TSESTree.IfStatement,
  readCode: CodeReader,
  scope: ErrorCodeContextScope,
): CodeChain | undefined {
  if (head.parent.type === AST_NODE_TYPES.IfStatement && head.parent.alternate === head) return undefined;
  // Most `if`s have no `else if`, and a chain needs two branches.
  if (head.alternate?.type !== AST_NODE_TYPES.IfStatement) return undefined;
  const branches: ChainBranch[] = [];
  let current: TSESTree.Statement | null = head;
  while (current?.type === AST_NODE_TYPES.IfStatement) {
    const comparisons = branchComparisons(current.test, readCode, scope);
    if (comparisons === undefined) return undefined;
    branches.push({ statement: current, comparisons });
    current = current.alternate;
  }
  return isCodeChain(branches, scope.context.sourceCode)
    ? { kind: 'else-if', branches, fallback: current ?? undefined }
    : undefined;
}

/** The statement a branch ends with: the consequent, or the last statement of its block. */
export function finalStatement(statement: TSESTree.Statement): TSESTree.Statement | undefined {
  return statement.type === AST_NODE_TYPES.BlockStatement ? statement.body.at(-1) : statement;
}

function exits(statement: TSESTree.Statement): boolean {
  const last = finalStatement(statement);
  return last?.type === AST_NODE_TYPES.ReturnStatement || last?.type === AST_NODE_TYPES.ThrowStatement;
}

/** Runs of `if` statements in a statement list that each return or throw and test one subject against codes. */
export function earlyReturnChains(
  statements: readonly TSESTree.Node[],
  readCode: CodeReader,
  scope: ErrorCodeContextScope,
): CodeChain[] {
  const { sourceCode } = scope.context;
  const chains: CodeChain[] = [];
  let run: ChainBranch[] = [];
  const flush = (next: TSESTree.Node | undefined) => {
    if (run.length > 1 && isCodeChain(run, sourceCode)) {
      chains.push({ kind: 'early-return', branches: run, fallback: next as TSESTree.Statement | undefined });
    }
    run = [];
  };
  const isExitingIf = statements.map(
    (statement) =>
      statement.type === AST_NODE_TYPES.IfStatement && statement.alternate === null && exits(statement.consequent),
  );
  for (const [position, statement] of statements.entries()) {
    // A run needs two exiting `if`s in a row: a lone one is never read, so its bindings are never resolved.
    const inRun =
      isExitingIf[position] === true && (isExitingIf[position - 1] === true || isExitingIf[position + 1] === true);
    const comparisons = inRun
      ? branchComparisons((statement as TSESTree.IfStatement).test, readCode, scope)
      : undefined;
    if (comparisons === undefined) {
      if (run.length > 0) flush(statement);
      continue;
    }
    const [first] = run;
    const sameSubject =
      first === undefined ||
      expressionKey(sourceCode, (first.comparisons[0] as CodeComparison).subject) ===
        expressionKey(sourceCode, (comparisons[0] as CodeComparison).subject);
    if (!sameSubject) flush(statement);
    run.push({ statement: statement as TSESTree.IfStatement, comparisons });
  }
  flush(undefined);
  return chains;
}

/** `true`, `false`, or `undefined` when a statement does not end by returning a boolean literal. */
function returnedBoolean(statement: TSESTree.Statement | undefined): boolean | undefined {
  const last = statement === undefined ? undefined : finalStatement(statement);
  return last?.type === AST_NODE_TYPES.ReturnStatement &&
    last.argument?.type === AST_NODE_TYPES.Literal &&
    typeof last.argument.value === 'boolean'
    ? last.argument.value
    : undefined;
}

/** Whether every branch of a chain, and its `else`, only returns `true` or `false`: it classifies, not dispatches. */
export function chainClassifies(chain: CodeChain): boolean {
  const elseBranch = chain.kind === 'else-if' ? chain.fallback : undefined;
  return (
    chain.branches.every((branch) => returnedBoolean(branch.statement.consequent) !== undefined) &&
    (elseBranch === undefined || returnedBoolean(elseBranch) !== undefined)
  );
}

/** Whether every case body of a switch (fall-through cases aside) only returns `true` or `false`. */
export function switchClassifies(node: TSESTree.SwitchStatement): boolean {
  const bodies = node.cases.filter((switchCase) => switchCase.consequent.length > 0);
  return (
    bodies.length > 0 &&
    bodies.every(
      (switchCase) =>
        switchCase.consequent.length === 1 &&
        returnedBoolean(switchCase.consequent[0] as TSESTree.Statement) !== undefined,
    )
  );
}
