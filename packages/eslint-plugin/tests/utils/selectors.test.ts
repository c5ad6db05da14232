import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { staticStringValue } from '../../src/utils/ast.js';
import { attributeOneOf, methodCallWithArgument, staticStringAt } from '../../src/utils/selectors.js';
import { probe } from './probe.js';

const matchText = (code: string, node: TSESTree.Node): string => code.slice(...node.range);

describe('attributeOneOf', () => {
  it('matches the listed values whole, their regular expression syntax as plain characters', () => {
    const code = 'a.x(); a.xy(); a.x.y(); a.xzy(); a.y(); x();';
    expect(
      probe(code, `CallExpression${attributeOneOf('callee.property.name', ['x', 'x.y'])}`, (node) =>
        matchText(code, node),
      ),
    ).toEqual(['a.x()']);
    expect(
      probe(code, `CallExpression${attributeOneOf('callee.name', ['x', 'x.y'])}`, (node) => matchText(code, node)),
    ).toEqual(['x()']);
  });
});

describe('staticStringAt', () => {
  it('selects the nodes whose value staticStringValue reads, and no other', () => {
    const code = "f('a'); f(`b`); f(''); f(`c${x}`); f(1); f(1n); f(/d/); f(null); f(x); f('e' as string); f(g`h`);";
    const selected = probe(code, `CallExpression${staticStringAt('arguments.0')}`, (node) => matchText(code, node));
    const read = probe(code, 'CallExpression', (node) => {
      const [argument] = (node as TSESTree.CallExpression).arguments;
      return argument !== undefined && staticStringValue(argument) !== undefined ? matchText(code, node) : undefined;
    }).filter((text) => text !== undefined);
    expect(selected).toEqual(["f('a')", 'f(`b`)', "f('')"]);
    expect(selected).toEqual(read);
  });
});

describe('methodCallWithArgument', () => {
  it('selects calls of a listed method by its static name, with a first argument', () => {
    const code = [
      'class A { #includes() {} f(a) { a.#includes(1); } }',
      "a.includes(1); a?.includes('x'); a.b.includes(c, d); a.includes(); a['includes'](1); a[includes](1);",
      'includes(1); a.include(1); a.includes?.(1);',
    ].join('\n');
    expect(probe(code, methodCallWithArgument(['includes']), (node) => matchText(code, node))).toEqual([
      'a.includes(1)',
      "a?.includes('x')",
      'a.b.includes(c, d)',
      'a.includes?.(1)',
    ]);
  });
});
