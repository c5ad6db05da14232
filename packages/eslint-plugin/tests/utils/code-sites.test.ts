import { catalogue } from '@exchange-errors/catalogue';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../src/catalogue-index.js';
import { codeSites, mayTreatCodes } from '../../src/utils/code-sites.js';
import { dedent } from '../dedent.js';
import { probe } from './probe.js';

const index = indexCatalogue(catalogue);

/** The code sites of `code`, as a rule sees them, with the text of each container. */
function sitesOf(code: string): { containers: string[]; types: string[]; bindingNames: string[] } {
  const [sites] = probe(code, 'Program', (_node, context) => codeSites(context.sourceCode, index));
  const text = (node: TSESTree.Node) => code.slice(...node.range);
  return {
    containers: sites!.containers.map(text),
    types: sites!.containers.map((node) => node.type),
    bindingNames: [...sites!.bindingNames].sort(),
  };
}

describe('codeSites', () => {
  it('holds nothing but the program in a file without a code spelling', () => {
    expect(sitesOf('const retries = [1, 2, 3];\nif (err.code === 5) retry();')).toEqual({
      containers: [],
      types: [],
      bindingNames: [],
    });
  });

  it('holds the structures around code numbers and names, in traversal order', () => {
    const code = "if (err.code === -1121 || err.name === 'TIMEOUT') skip();";
    expect(sitesOf(code).types).toEqual([
      'Program',
      'IfStatement',
      'LogicalExpression',
      'BinaryExpression',
      'UnaryExpression',
      'Literal',
      'BinaryExpression',
      'Literal',
    ]);
  });

  it('follows bindings that hold a code or a list of codes to their uses, declared before or after', () => {
    const code = dedent`
      function shouldRetry(err) {
        return RETRYABLE.includes(err.code) || err.code === LATE;
      }
      const RETRYABLE = [TIMED_OUT, -1001];
      const TIMED_OUT = LATE;
      const LATE = -1007;
      const label = describe(-1121);
    `;
    const sites = sitesOf(code);
    expect(sites.bindingNames).toEqual(['LATE', 'RETRYABLE', 'TIMED_OUT']);
    expect(sites.containers).toContain('RETRYABLE.includes(err.code)');
    expect(sites.containers).toContain('err.code === LATE');
    // A code passed to a call is in the call, but no binding holds it.
    expect(sites.containers).toContain('describe(-1121)');
    expect(sites.bindingNames).not.toContain('label');
  });

  it('takes a literal with an escape the scan does not decode for a spelling', () => {
    expect(sitesOf("const retryCodes = ['\\x2d1007'];").bindingNames).toEqual(['retryCodes']);
  });
});

describe('mayTreatCodes', () => {
  const treatsCodes = (code: string) =>
    probe(code, 'Program', (_node, context) => mayTreatCodes(codeSites(context.sourceCode, index)));

  it('is false for a file without a code spelling, so a rule builds nothing for it', () => {
    expect(treatsCodes('const retries = [1, 2, 3];\nif (err.code === 5) retry();')).toEqual([false]);
  });

  it('is true for a file that spells a code, by number or by name', () => {
    expect(treatsCodes('if (err.code === -1121) skip();')).toEqual([true]);
    expect(treatsCodes("if (err.name === 'TIMEOUT') skip();")).toEqual([true]);
  });

  it('is true where the sites are unknown: with types, any node may be a code', () => {
    expect(mayTreatCodes(undefined)).toBe(true);
  });
});
