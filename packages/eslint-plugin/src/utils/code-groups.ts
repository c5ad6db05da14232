import type { ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, ASTUtils, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';
import type { CatalogueIndex } from '../catalogue-index.js';
import {
  bindingName,
  enclosingFunction,
  expressionKey,
  finalName,
  innermostValue,
  isTransparentWrapper,
  propertyName,
} from './ast.js';
import { classifyCodeCase, type CodeCase, type CodeCaseScope } from './code-case.js';
import type { AnyRuleContext } from './create-rule.js';
import { isErrorCodeContext, type ErrorCodeContextScope } from './error-code-context.js';
import { endsInNameMatching } from './name-patterns.js';

/** Reads which catalogue code an expression stands for; `undefined` when it is none or not known. */
export type CodeReader = (node: TSESTree.Node) => CodeCase | undefined;

/** How many `const` bindings are followed from a use to the code they hold: `const A = B; const B = -1007`. */
const MAX_CONSTANT_HOPS = 3;

/** `===` and `==`: the comparisons that single out a code. */
export const EQUALITY: ReadonlySet<string> = new Set(['===', '==']);

/** The literal values of a type when it is a union of number and string literals only. */
export function literalValues(type: ts.Type): (string | number)[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const values: (string | number)[] = [];
  for (const part of parts) {
    if (!part.isNumberLiteral() && !part.isStringLiteral()) return undefined;
    values.push(part.value);
  }
  return values;
}

/** The catalogue error a code (number) or a name (string) value is. */
export function definitionOfValue(index: CatalogueIndex, value: unknown): ExchangeErrorDefinition | undefined {
  return typeof value === 'number'
    ? index.catalogue.byCode.get(value)
    : typeof value === 'string'
      ? index.catalogue.byName.get(value)
      : undefined;
}

/**
 * With `typeAware`, a reader of expressions whose type is one code or name literal, e.g.
 * `const T = ExchangeErrorCode.TIMEOUT`; without it, a reader that knows nothing.
 */
export function createTypeCodeReader(context: AnyRuleContext, index: CatalogueIndex, typeAware: boolean): CodeReader {
  if (!typeAware) return () => undefined;
  const services = ESLintUtils.getParserServices(context);
  return (node) => {
    const values = literalValues(services.getTypeAtLocation(node));
    const definition = values?.length === 1 ? definitionOfValue(index, values[0]) : undefined;
    return definition === undefined
      ? undefined
      : { definition, style: typeof values?.[0] === 'string' ? 'name' : 'constant' };
  };
}

/**
 * A reader of codes written as case tests are (`classifyCodeCase`: numbers, numeric strings, names,
 * `ExchangeErrorCode.X` under any import), `const` bindings of those, and, with `typeAware`, anything whose type
 * is one code or name literal. `bindingNames`, when the file's code sites are known, are the only names that can
 * hold a code.
 */
export function createCodeReader(
  scope: CodeCaseScope,
  typeAware: boolean,
  bindingNames?: ReadonlySet<string>,
): CodeReader {
  const { context } = scope;
  const byType = createTypeCodeReader(context, scope.index, typeAware);

  let codeConstantNames: ReadonlySet<string> | undefined = bindingNames;
  /**
   * Whether some `const` of the file is named so and initialized with what may be a code: a literal, a member or
   * another name. Collected once per file, so most names are rejected without looking their binding up.
   */
  function mayBeCodeConstant(name: string): boolean {
    if (codeConstantNames === undefined) {
      const names = new Set<string>();
      for (const variableScope of context.sourceCode.scopeManager?.scopes ?? []) {
        for (const variable of variableScope.variables) {
          const declarator = variable.defs[0]?.node;
          const init =
            declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init != null
              ? innermostValue(declarator.init)
              : undefined;
          if (
            init?.type === AST_NODE_TYPES.Literal ||
            init?.type === AST_NODE_TYPES.UnaryExpression ||
            init?.type === AST_NODE_TYPES.MemberExpression ||
            init?.type === AST_NODE_TYPES.Identifier
          ) {
            names.add(variable.name);
          }
        }
      }
      codeConstantNames = names;
    }
    return codeConstantNames.has(name);
  }

  function read(node: TSESTree.Node, hops: number): CodeCase | undefined {
    const value = innermostValue(node) as TSESTree.Expression;
    const match = classifyCodeCase(value, scope);
    if (match !== undefined) return match;
    const isLiteral =
      value.type === AST_NODE_TYPES.Literal ||
      (value.type === AST_NODE_TYPES.UnaryExpression && value.argument.type === AST_NODE_TYPES.Literal);
    if (isLiteral) return undefined;
    if (value.type === AST_NODE_TYPES.Identifier && hops < MAX_CONSTANT_HOPS && mayBeCodeConstant(value.name)) {
      const variable = ASTUtils.findVariable(context.sourceCode.getScope(value), value.name);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (
        definition?.node.type === AST_NODE_TYPES.VariableDeclarator &&
        definition.node.parent.kind === 'const' &&
        definition.node.id.type === AST_NODE_TYPES.Identifier &&
        definition.node.init != null
      ) {
        const bound = read(definition.node.init, hops + 1);
        if (bound !== undefined) return bound;
      }
    }
    return byType(value);
  }

  return (node) => read(node, 0);
}

/** A comparison of one expression with a catalogue code: `err.code === -1007`, `ExchangeErrorCode.TIMEOUT == c`. */
export interface CodeComparison {
  /** What is compared with the code, e.g. `err.code`. */
  readonly subject: TSESTree.Expression;
  /** The code side of the comparison. */
  readonly codeNode: TSESTree.Expression;
  readonly match: CodeCase;
}

/** Names of values that hold an error's name: `name`, `errorName`. A string compared with one is a name. */
const NAME_HOLDER = /name$/iu;

/**
 * `subject === code` or `code == subject` where the code side is a catalogue code and the other side holds a code:
 * a literal needs a subject matching `codePattern` (a name also one ending in `name`); a constant needs nothing.
 */
export function readCodeComparison(
  node: TSESTree.Node,
  operators: ReadonlySet<string>,
  readCode: CodeReader,
  scope: ErrorCodeContextScope,
): CodeComparison | undefined {
  const test = innermostValue(node);
  if (test.type !== AST_NODE_TYPES.BinaryExpression || !operators.has(test.operator)) return undefined;
  for (const [codeNode, subject] of [
    [test.right, test.left],
    [test.left, test.right],
  ] as const) {
    if (subject.type === AST_NODE_TYPES.PrivateIdentifier || codeNode.type === AST_NODE_TYPES.PrivateIdentifier)
      continue;
    const match = readCode(codeNode);
    if (match === undefined || readCode(subject) !== undefined) continue;
    const subjectHoldsCode =
      match.style === 'name'
        ? endsInNameMatching(subject, scope.codePattern) || NAME_HOLDER.test(finalName(subject) ?? '')
        : match.style === 'constant' ||
          isErrorCodeContext(codeNode, scope) ||
          endsInNameMatching(subject, scope.codePattern);
    if (subjectHoldsCode) return { subject, codeNode, match };
  }
  return undefined;
}

/** A set of codes that one piece of code treats alike. */
export interface CodeGroup {
  /** Where the group is written: an array, the run of cases, the `||` chain. */
  readonly node: TSESTree.Node;
  readonly loc: TSESTree.SourceLocation;
  /** Distinct codes, in source order, with the nodes that spell them. */
  readonly members: readonly { readonly definition: ExchangeErrorDefinition; readonly node: TSESTree.Node }[];
  /** The name that tells what the group is for: its binding, or the enclosing function or assignment. */
  readonly purpose: string | undefined;
  /** Elements of an array or `Set` literal: a member can be removed on its own. */
  readonly removable: boolean;
}

function distinctMembers(
  entries: readonly { readonly definition: ExchangeErrorDefinition; readonly node: TSESTree.Node }[],
): CodeGroup['members'] {
  const seen = new Set<ExchangeErrorDefinition>();
  return entries.filter((entry) => !seen.has(entry.definition) && seen.add(entry.definition));
}

/** The name a value is bound to: `const RETRY = …`, `this.retryable = …`, `{ retryOn: … }`, `retry = …` as default. */
function boundName(value: TSESTree.Node): string | undefined {
  let node = value;
  // `new Set([…])` and `[…] as const` are bound through their wrapper.
  while (
    node.parent?.type === AST_NODE_TYPES.NewExpression ||
    (node.parent !== undefined && isTransparentWrapper(node.parent))
  ) {
    node = node.parent;
  }
  return bindingName(node);
}

/** The name of the function around `node`: declared, assigned, or a method or property key. */
export function enclosingFunctionName(node: TSESTree.Node): string | undefined {
  const fn = enclosingFunction(node);
  if (fn === undefined) return undefined;
  if (fn.id != null) return fn.id.name;
  const { parent } = fn;
  if (parent.type === AST_NODE_TYPES.MethodDefinition) return propertyName(parent);
  return boundName(fn);
}

/** The purpose of a group written inline: what its value is assigned to, else the function it is in. */
function inlinePurpose(node: TSESTree.Node): string | undefined {
  return boundName(node) ?? enclosingFunctionName(node);
}

const RETRY_WORD = /^retr(?:y|ies|ied|ying|yable|iable)/u;
const NEGATION_WORDS: ReadonlySet<string> = new Set(['no', 'non', 'not', 'never', 'dont', 'without', 'skip', 'un']);

/**
 * Whether a name says its codes are retried: `retry`, `RETRY_ON`, `shouldRetry`, `retryableCodes`. Negated names
 * (`NON_RETRYABLE`, `noRetry`, `unretryable`, `doNotRetry`) say the opposite.
 */
export function isRetryName(name: string | undefined): boolean {
  if (name === undefined) return false;
  const words = name
    .replace(/([a-z\d])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/u)
    .filter((word) => word.length > 0);
  return (
    words.some((word) => RETRY_WORD.test(word)) &&
    !words.some((word) => NEGATION_WORDS.has(word) || /^(?:non|no|not|un)retr/u.test(word))
  );
}

/** Receivers of these methods hold a group when the argument is a code: `RETRY.includes(code)`. */
const MEMBERSHIP_METHODS: ReadonlySet<string> = new Set(['includes', 'has', 'indexOf']);

/** The array of `[…]`, `new Set([…])` or a `const` bound to either; `undefined` for anything else. */
function arrayLiteralOf(
  context: AnyRuleContext,
  node: TSESTree.Node,
  followBinding: boolean,
): TSESTree.ArrayExpression | undefined {
  const value = innermostValue(node);
  if (value.type === AST_NODE_TYPES.ArrayExpression) return value;
  if (
    value.type === AST_NODE_TYPES.NewExpression &&
    value.callee.type === AST_NODE_TYPES.Identifier &&
    value.callee.name === 'Set'
  ) {
    const [argument] = value.arguments;
    return argument === undefined ? undefined : arrayLiteralOf(context, argument, false);
  }
  if (value.type === AST_NODE_TYPES.Identifier && followBinding) {
    const definition = ASTUtils.findVariable(context.sourceCode.getScope(value), value.name)?.defs[0];
    if (
      definition?.node.type === AST_NODE_TYPES.VariableDeclarator &&
      definition.node.parent.kind === 'const' &&
      definition.node.init != null
    ) {
      return arrayLiteralOf(context, definition.node.init, false);
    }
  }
  return undefined;
}

/** The array a `RETRY.includes(code)` / `set.has(code)` / `[…].indexOf(code)` call looks codes up in. */
export function membershipArray(
  call: TSESTree.CallExpression,
  scope: ErrorCodeContextScope,
): TSESTree.ArrayExpression | undefined {
  const { callee } = call;
  const [argument] = call.arguments;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    !MEMBERSHIP_METHODS.has(propertyName(callee) ?? '') ||
    argument === undefined ||
    !endsInNameMatching(argument, scope.codePattern)
  ) {
    return undefined;
  }
  return arrayLiteralOf(scope.context, callee.object, true);
}

/** The group an array or `Set` literal forms, when it is in an error-code context or looked up with a code. */
export function arrayGroup(
  array: TSESTree.ArrayExpression,
  readCode: CodeReader,
  scope: ErrorCodeContextScope,
  lookedUpWithCode: boolean,
): CodeGroup | undefined {
  const elements = array.elements.filter((element) => element !== null);
  const [first] = elements;
  // The context first: most arrays of a file hold no codes, and reading every element resolves its bindings.
  const inCodeContext =
    lookedUpWithCode ||
    (first !== undefined && isErrorCodeContext(first, scope)) ||
    elements.some(
      (element) => element.type === AST_NODE_TYPES.MemberExpression && readCode(element)?.style === 'constant',
    );
  if (!inCodeContext) return undefined;
  const entries = elements.flatMap((element) => {
    const match = element.type === AST_NODE_TYPES.SpreadElement ? undefined : readCode(element);
    return match === undefined ? [] : [{ ...match, node: element }];
  });
  // Names such as UNKNOWN are common words: a list of names holds only names.
  const namesOnly = entries.every((entry) => entry.style === 'name');
  if (namesOnly && entries.length !== elements.length) return undefined;
  return {
    node: array,
    loc: array.loc,
    members: distinctMembers(entries),
    purpose: inlinePurpose(array),
    removable: !array.elements.includes(null),
  };
}

/** The tests of cases that share one body, `case A: case B: body`, when there are two or more. */
export function sharedBodyCaseRuns(node: TSESTree.SwitchStatement): TSESTree.SwitchCase[][] {
  const runs: TSESTree.SwitchCase[][] = [];
  let run: TSESTree.SwitchCase[] = [];
  for (const switchCase of node.cases) {
    run.push(switchCase);
    if (switchCase.consequent.length > 0) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** The groups of a switch over codes: each run of cases with one body. */
export function switchGroups(
  node: TSESTree.SwitchStatement,
  readCode: CodeReader,
  scope: ErrorCodeContextScope,
): CodeGroup[] {
  const tests = node.cases.map((switchCase) => (switchCase.test === null ? undefined : readCode(switchCase.test)));
  const stringCases = node.cases.filter(
    (switchCase) => switchCase.test?.type === AST_NODE_TYPES.Literal && typeof switchCase.test.value === 'string',
  );
  const isNameSwitch =
    stringCases.length > 0 && stringCases.every((switchCase) => readCode(switchCase.test!)?.style === 'name');
  const isCodeSwitch =
    endsInNameMatching(node.discriminant, scope.codePattern) ||
    tests.some((match) => match?.style === 'code' || match?.style === 'constant') ||
    isNameSwitch;
  if (!isCodeSwitch) return [];
  const purpose = enclosingFunctionName(node);
  return sharedBodyCaseRuns(node).flatMap((run) => {
    const entries = run.flatMap((switchCase) => {
      const match = tests[node.cases.indexOf(switchCase)];
      return match === undefined || (match.style === 'name' && !isNameSwitch)
        ? []
        : [{ ...match, node: switchCase.test as TSESTree.Node }];
    });
    const first = run[0] as TSESTree.SwitchCase;
    const last = run.at(-1) as TSESTree.SwitchCase;
    const end = (last.test ?? last).loc.end;
    return entries.length < 2
      ? []
      : [
          {
            node: first,
            loc: { start: first.loc.start, end },
            members: distinctMembers(entries),
            purpose,
            removable: false,
          },
        ];
  });
}

/** The operands of a chain of one logical operator, left to right: `a || b || c` → `a`, `b`, `c`. */
export function chainOperands(node: TSESTree.Expression, operator: '||' | '&&'): TSESTree.Expression[] {
  const value = innermostValue(node) as TSESTree.Expression;
  return value.type === AST_NODE_TYPES.LogicalExpression && value.operator === operator
    ? [...chainOperands(value.left, operator), ...chainOperands(value.right, operator)]
    : [value];
}

/** The groups of an outermost `||` chain: the codes compared with one subject, when there are two or more. */
export function orChainGroups(
  node: TSESTree.LogicalExpression,
  readCode: CodeReader,
  scope: ErrorCodeContextScope,
): CodeGroup[] {
  const bySubject = new Map<string, { definition: ExchangeErrorDefinition; node: TSESTree.Node }[]>();
  for (const operand of chainOperands(node, '||')) {
    const comparison = readCodeComparison(operand, EQUALITY, readCode, scope);
    if (comparison === undefined) continue;
    const key = expressionKey(scope.context.sourceCode, comparison.subject);
    bySubject.set(key, [...(bySubject.get(key) ?? []), { definition: comparison.match.definition, node: operand }]);
  }
  return [...bySubject.values()]
    .filter((entries) => entries.length > 1)
    .map((entries) => ({
      node,
      loc: node.loc,
      members: distinctMembers(entries),
      purpose: inlinePurpose(node),
      removable: false,
    }));
}
