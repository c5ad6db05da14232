import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { AnyRuleContext } from './create-rule.js';

const COMMONJS_EXTENSIONS = new Set(['.cjs', '.cts']);
const MODULE_EXTENSIONS = new Set(['.mjs', '.mts']);
/** Extensions Node runs as the nearest package.json's `"type"` says. */
const PACKAGE_TYPED_EXTENSIONS = new Set(['.js', '.jsx']);
const MODULE_DECLARATIONS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ExportAllDeclaration,
  AST_NODE_TYPES.ExportDefaultDeclaration,
  AST_NODE_TYPES.ExportNamedDeclaration,
]);

/** The answer of `isCommonJsFile` per parsed file: every report of every rule asks it. */
const commonJsPrograms = new WeakMap<TSESTree.Program, boolean>();
/** Directory → whether the nearest package.json says `"type": "module"`, filled on the way up. */
const moduleTypedDirectories = new Map<string, boolean>();

function readPackageType(directory: string): { found: boolean; isModule: boolean } {
  let text: string;
  try {
    text = readFileSync(path.join(directory, 'package.json'), 'utf8');
  } catch {
    return { found: false, isModule: false };
  }
  try {
    return { found: true, isModule: (JSON.parse(text) as { type?: unknown } | null)?.type === 'module' };
  } catch {
    // Node refuses to run files under a broken package.json; CommonJS at least gets no `import`.
    return { found: true, isModule: false };
  }
}

/** Whether Node runs a `.js` file in `directory` as an ES module: the nearest package.json has `"type": "module"`. */
export function isModuleTypedDirectory(directory: string): boolean {
  const visited: string[] = [];
  let isModule = false;
  for (let current = directory; ; current = path.dirname(current)) {
    const cached = moduleTypedDirectories.get(current);
    if (cached !== undefined) {
      isModule = cached;
      break;
    }
    visited.push(current);
    const packageType = readPackageType(current);
    if (packageType.found) {
      isModule = packageType.isModule;
      break;
    }
    if (path.dirname(current) === current) break;
  }
  for (const entry of visited) moduleTypedDirectories.set(entry, isModule);
  return isModule;
}

/** `require('x')`, `require('x').y`, `require('dotenv').config()`: an expression that starts by requiring. */
function startsWithRequire(node: TSESTree.Node | null | undefined): boolean {
  let current = node;
  while (current !== null && current !== undefined) {
    switch (current.type) {
      case AST_NODE_TYPES.CallExpression:
        if (current.callee.type === AST_NODE_TYPES.Identifier && current.callee.name === 'require') return true;
        current = current.callee;
        break;
      case AST_NODE_TYPES.MemberExpression:
        current = current.object;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return false;
    }
  }
  return false;
}

/** `module.exports`, `module.exports.x`, `exports.x`: the target of a CommonJS export. */
function isExportsTarget(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
  const { object, property } = node;
  if (object.type === AST_NODE_TYPES.Identifier) {
    return (
      object.name === 'exports' ||
      (object.name === 'module' && property.type === AST_NODE_TYPES.Identifier && property.name === 'exports')
    );
  }
  return isExportsTarget(object);
}

function isCommonJsStatement(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
    return statement.declarations.some((declarator) => startsWithRequire(declarator.init));
  }
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const { expression } = statement;
  return expression.type === AST_NODE_TYPES.AssignmentExpression
    ? isExportsTarget(expression.left) || startsWithRequire(expression.right)
    : startsWithRequire(expression);
}

/** What the file's own top-level statements say: `import`/`export` make a module, `require`/`module.exports` CommonJS. */
function moduleSyntaxOf(program: TSESTree.Program): 'module' | 'commonjs' | undefined {
  if (program.body.some((statement) => MODULE_DECLARATIONS.has(statement.type))) return 'module';
  return program.body.some(isCommonJsStatement) ? 'commonjs' : undefined;
}

/**
 * Whether the linted file is CommonJS, so that an `import` added to it would stop it from starting. ESLint parses
 * every `.js` file as a module by default, so `languageOptions.sourceType` alone cannot tell; the extension decides
 * `.cjs`, `.cts`, `.mjs` and `.mts`, then the file's own `import`/`export` or `require`/`module.exports`, then, for
 * `.js`, the nearest package.json. A TypeScript file without either kind of statement is compiled to whatever its
 * project emits, so it counts as a module.
 */
export function isCommonJsFile(context: AnyRuleContext): boolean {
  const program = context.sourceCode.ast;
  let isCommonJs = commonJsPrograms.get(program);
  if (isCommonJs === undefined) {
    isCommonJs = decideCommonJs(context, program);
    commonJsPrograms.set(program, isCommonJs);
  }
  return isCommonJs;
}

function decideCommonJs(context: AnyRuleContext, program: TSESTree.Program): boolean {
  if (context.languageOptions.sourceType !== 'module') return true;
  const filename = path.resolve(context.cwd, context.filename);
  const extension = path.extname(filename).toLowerCase();
  if (COMMONJS_EXTENSIONS.has(extension)) return true;
  if (MODULE_EXTENSIONS.has(extension)) return false;
  const syntax = moduleSyntaxOf(program);
  if (syntax !== undefined) return syntax === 'commonjs';
  return PACKAGE_TYPED_EXTENSIONS.has(extension) && !isModuleTypedDirectory(path.dirname(filename));
}
