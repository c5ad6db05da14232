import type { ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, ASTUtils, ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';
import type { PluginSettings } from '../settings.js';
import { isCodesObject } from './code-reference.js';
import { finalName, isErrorCodeContext, matchesCodePattern, readCodeLiteral } from './error-code-context.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** How a code is written: a number or numeric string, an `ExchangeErrorCode.X` constant, or a name string. */
export type CodeStyle = 'code' | 'constant' | 'name';

/** A catalogue code found in an expression. */
export interface CodeMatch {
  readonly definition: ExchangeErrorDefinition;
  readonly style: CodeStyle;
}

/** Reads which catalogue code an expression stands for; `undefined` when it is none or not known. */
export type CodeReader = (node: TSESTree.Node) => CodeMatch | undefined;

/** How many `const` bindings are followed from a use to the code they hold: `const A = B; const B = -1007`. */
const MAX_CONSTANT_HOPS = 3;

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

function unwrapped(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.TSNonNullExpression
  ) {
    current = current.expression;
  }
  return current;
}

function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string'
    ? node.property.value
    : undefined;
}

/**
 * A reader of codes written as numbers (`-1007`), numeric strings (`'-1007'`), names (`'TIMEOUT'`), constants
 * (`ExchangeErrorCode.TIMEOUT` under any import), `const` bindings of those, and, with `typeAware`, anything
 * whose type is one code or name literal.
 */
export function createCodeReader(context: Context, settings: PluginSettings): CodeReader {
  const { index, importSource, typeAware } = settings;
  const services = typeAware ? ESLintUtils.getParserServices(context) : undefined;

  function byType(node: TSESTree.Node): CodeMatch | undefined {
    if (services === undefined) return undefined;
    const values = literalValues(services.getTypeAtLocation(node));
    if (values?.length !== 1) return undefined;
    const [value] = values;
    const definition = typeof value === 'number' ? index.byCode.get(value) : index.byName.get(value as string);
    return definition === undefined
      ? undefined
      : { definition, style: typeof value === 'number' ? 'constant' : 'name' };
  }

  let codeConstantNames: Set<string> | undefined;
  /**
   * Whether some `const` of the file is named so and initialized with what may be a code: a literal, a member or
   * another name. Collected once per file, so most names are rejected without looking their binding up.
   */
  function mayBeCodeConstant(name: string): boolean {
    if (codeConstantNames === undefined) {
      codeConstantNames = new Set();
      for (const scope of context.sourceCode.scopeManager?.scopes ?? []) {
        for (const variable of scope.variables) {
          const declarator = variable.defs[0]?.node;
          const init =
            declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init != null
              ? unwrapped(declarator.init)
              : undefined;
          if (
            init?.type === AST_NODE_TYPES.Literal ||
            init?.type === AST_NODE_TYPES.UnaryExpression ||
            init?.type === AST_NODE_TYPES.MemberExpression ||
            init?.type === AST_NODE_TYPES.Identifier
          ) {
            codeConstantNames.add(variable.name);
          }
        }
      }
    }
    return codeConstantNames.has(name);
  }

  function read(node: TSESTree.Node, hops: number): CodeMatch | undefined {
    const value = unwrapped(node);
    const literal =
      value.type === AST_NODE_TYPES.UnaryExpression && value.argument.type === AST_NODE_TYPES.Literal
        ? value.argument
        : value;
    if (literal.type === AST_NODE_TYPES.Literal) {
      const code = readCodeLiteral(literal, index);
      if (code !== undefined && code.node === value) return { definition: code.definition, style: 'code' };
      const definition = typeof literal.value === 'string' ? index.byName.get(literal.value) : undefined;
      return definition === undefined || literal !== value ? undefined : { definition, style: 'name' };
    }
    if (value.type === AST_NODE_TYPES.MemberExpression) {
      // The name first: it is a map lookup, the object's binding a scope walk.
      const definition = index.byName.get(memberName(value) ?? '');
      return definition !== undefined && isCodesObject(context, value.object, importSource)
        ? { definition, style: 'constant' }
        : byType(value);
    }
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
  readonly match: CodeMatch;
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
  settings: PluginSettings,
  codePattern: RegExp,
): CodeComparison | undefined {
  const test = unwrapped(node);
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
        ? matchesCodePattern(subject, codePattern) || NAME_HOLDER.test(finalName(subject) ?? '')
        : match.style === 'constant' ||
          isErrorCodeContext(codeNode, codePattern, settings.index) ||
          matchesCodePattern(subject, codePattern);
    if (subjectHoldsCode) return { subject, codeNode, match };
  }
  return undefined;
}

/** Source text of a subject without spaces, so `err .code` and `err.code` are the same subject. */
export function subjectKey(sourceCode: TSESLint.SourceCode, subject: TSESTree.Node): string {
  return sourceCode.getText(subject).replace(/\s+/gu, '');
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

function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

/** The name a value is bound to: `const RETRY = …`, `this.retryable = …`, `{ retryOn: … }`, `retry = …` as default. */
function boundName(value: TSESTree.Node): string | undefined {
  let node = value;
  // `new Set([…])` and `[…] as const` are bound through their wrapper.
  while (
    node.parent?.type === AST_NODE_TYPES.NewExpression ||
    node.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    node.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    node = node.parent;
  }
  const { parent } = node;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === node ? finalName(parent.left) : undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === node ? keyName(parent.key, parent.computed) : undefined;
    default:
      return undefined;
  }
}

const FUNCTION_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.FunctionDeclaration,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
]);

/** The name of the function around `node`: declared, assigned, or a method or property key. */
export function enclosingFunctionName(node: TSESTree.Node): string | undefined {
  // The Program's parent is `null` at lint time.
  let current: TSESTree.Node | null | undefined = node.parent;
  while (current != null && !FUNCTION_TYPES.has(current.type)) current = current.parent;
  if (current == null) return undefined;
  const fn = current as TSESTree.FunctionLike;
  if (fn.id != null) return fn.id.name;
  const { parent } = fn;
  if (parent.type === AST_NODE_TYPES.MethodDefinition) return keyName(parent.key, parent.computed);
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
  context: Context,
  node: TSESTree.Node,
  followBinding: boolean,
): TSESTree.ArrayExpression | undefined {
  const value = unwrapped(node);
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
  context: Context,
  call: TSESTree.CallExpression,
  codePattern: RegExp,
): TSESTree.ArrayExpression | undefined {
  const { callee } = call;
  const [argument] = call.arguments;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    !MEMBERSHIP_METHODS.has(memberName(callee) ?? '') ||
    argument === undefined ||
    !matchesCodePattern(argument, codePattern)
  ) {
    return undefined;
  }
  return arrayLiteralOf(context, callee.object, true);
}

/** The group an array or `Set` literal forms, when it is in an error-code context or looked up with a code. */
export function arrayGroup(
  array: TSESTree.ArrayExpression,
  readCode: CodeReader,
  settings: PluginSettings,
  codePattern: RegExp,
  lookedUpWithCode: boolean,
): CodeGroup | undefined {
  const elements = array.elements.filter((element) => element !== null);
  const [first] = elements;
  // The context first: most arrays of a file hold no codes, and reading every element resolves its bindings.
  const inCodeContext =
    lookedUpWithCode ||
    (first !== undefined && isErrorCodeContext(first, codePattern, settings.index)) ||
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
export function switchGroups(node: TSESTree.SwitchStatement, readCode: CodeReader, codePattern: RegExp): CodeGroup[] {
  const tests = node.cases.map((switchCase) => (switchCase.test === null ? undefined : readCode(switchCase.test)));
  const stringCases = node.cases.filter(
    (switchCase) => switchCase.test?.type === AST_NODE_TYPES.Literal && typeof switchCase.test.value === 'string',
  );
  const isNameSwitch =
    stringCases.length > 0 && stringCases.every((switchCase) => readCode(switchCase.test!)?.style === 'name');
  const isCodeSwitch =
    matchesCodePattern(node.discriminant, codePattern) ||
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
  const value = unwrapped(node) as TSESTree.Expression;
  return value.type === AST_NODE_TYPES.LogicalExpression && value.operator === operator
    ? [...chainOperands(value.left, operator), ...chainOperands(value.right, operator)]
    : [value];
}

const EQUALITY: ReadonlySet<string> = new Set(['===', '==']);

/** The groups of an outermost `||` chain: the codes compared with one subject, when there are two or more. */
export function orChainGroups(
  node: TSESTree.LogicalExpression,
  readCode: CodeReader,
  settings: PluginSettings,
  codePattern: RegExp,
  sourceCode: TSESLint.SourceCode,
): CodeGroup[] {
  const bySubject = new Map<string, { definition: ExchangeErrorDefinition; node: TSESTree.Node }[]>();
  for (const operand of chainOperands(node, '||')) {
    const comparison = readCodeComparison(operand, EQUALITY, readCode, settings, codePattern);
    if (comparison === undefined) continue;
    const key = subjectKey(sourceCode, comparison.subject);
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
