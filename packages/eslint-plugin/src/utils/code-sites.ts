import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CatalogueIndex } from '../catalogue-index.js';
import { candidateNodesAt, prescan } from '../prescan.js';
import { isTransparentWrapper } from './ast.js';
import { perFile } from './per-file.js';

/**
 * Where a file can spell catalogue codes without type information, and what holds them: a structure (a switch, an
 * `if` chain, an array, a `||` chain) can treat codes only if it contains one of these spellings (or an escape, which
 * may spell one), or a use of a binding that holds one.
 */
export interface CodeSites {
  /**
   * Every node that contains a code spelling (a code number, a name as a string or as a property) or a use of a
   * binding that holds one, the spellings themselves included, in the order ESLint's traversal enters them.
   */
  readonly containers: readonly TSESTree.Node[];
  /** Names of the bindings that may hold a code or a list of codes: the only ones worth resolving. */
  readonly bindingNames: ReadonlySet<string>;
}

/**
 * Nodes between a code spelling and the binding it is the value of, in `const A = -1121`, `const B = A`,
 * `const RETRY = [A, -1007]`, `new Set([…])`, `ExchangeErrorCode.TIMEOUT as const`: only through these does the
 * binding hold the code itself or a list of codes, as code readers follow them.
 */
const VALUE_PATH_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.NewExpression,
]);

function isValuePath(node: TSESTree.Node): boolean {
  return VALUE_PATH_TYPES.has(node.type) || isTransparentWrapper(node);
}

function depthOf(node: TSESTree.Node): number {
  let depth = 0;
  for (let current = node.parent; current != null; current = current.parent) depth += 1;
  return depth;
}

/** Pre-order: by start, the enclosing node before the enclosed one when both start together. */
function inTraversalOrder(nodes: Iterable<TSESTree.Node>): TSESTree.Node[] {
  const depths = new Map<TSESTree.Node, number>();
  const depth = (node: TSESTree.Node) => depths.get(node) ?? depths.set(node, depthOf(node)).get(node)!;
  return [...nodes].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1] || depth(a) - depth(b));
}

function findCodeSites(sourceCode: TSESLint.SourceCode, index: CatalogueIndex): CodeSites {
  const scan = prescan(sourceCode, index);
  const containers = new Set<TSESTree.Node>();
  const bindingNames = new Set<string>();
  // The shared lookup answers any candidate offsets, in any order.
  const pending = candidateNodesAt(sourceCode, index, [...scan.catalogueCodeOffsets, ...scan.nameOffsets()]);
  for (let spelling = pending.pop(); spelling !== undefined; spelling = pending.pop()) {
    let onValuePath = true;
    let child: TSESTree.Node | undefined;
    for (let node: TSESTree.Node | undefined = spelling; node != null; child = node, node = node.parent) {
      const isNew = !containers.has(node);
      containers.add(node);
      if (
        onValuePath &&
        node.type === AST_NODE_TYPES.VariableDeclarator &&
        node.init === child &&
        node.id.type === AST_NODE_TYPES.Identifier
      ) {
        // The binding holds the code (or a list with it): each of its uses is a spelling of it too.
        for (const variable of sourceCode.getDeclaredVariables(node)) {
          if (bindingNames.has(variable.name)) continue;
          bindingNames.add(variable.name);
          for (const reference of variable.references) {
            if (reference.identifier !== node.id) pending.push(reference.identifier as TSESTree.Node);
          }
        }
      }
      onValuePath &&= node === spelling || isValuePath(node);
      // Its ancestors are in already, and so are their bindings.
      if (!isNew && !onValuePath) break;
    }
  }
  return { containers: inTraversalOrder(containers), bindingNames };
}

/** The code sites of a file, found once per file and catalogue and shared by the rules that read code groups. */
export const codeSites = perFile(findCodeSites);

/** Listeners keyed by node type alone, which can be called on chosen nodes outside ESLint's traversal. */
export type NodeListeners = { [Type in AST_NODE_TYPES]?: (node: Extract<TSESTree.Node, { type: Type }>) => void };

/**
 * Whether any structure of the file can treat codes: always where the sites are unknown (`undefined`: types may make
 * any node a code), else only around a site. A rule checks this before it builds anything for the file.
 */
export function mayTreatCodes(sites: CodeSites | undefined): boolean {
  return sites === undefined || sites.containers.length > 1;
}

/**
 * Listeners that run the given ones only at the code sites, in traversal order, from one `Program` listener; the
 * listeners themselves where the sites are unknown. For a file that `mayTreatCodes`.
 */
export function listenAtCodeSites(listeners: NodeListeners, sites: CodeSites | undefined): TSESLint.RuleListener {
  if (sites === undefined) return listeners as TSESLint.RuleListener;
  return {
    Program() {
      for (const node of sites.containers) {
        (listeners[node.type] as ((node: TSESTree.Node) => void) | undefined)?.(node);
      }
    },
  };
}
