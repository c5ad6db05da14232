import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { finalName, isTestPosition, outermostValue, propertyName, staticStringValue } from '../../src/utils/ast.js';
import { probe } from './probe.js';

/** The text of the node each selector match stands for. */
const matchText = (code: string, node: TSESTree.Node): string => code.slice(...node.range);

describe('finalName', () => {
  it.each([
    ['err.code', 'code'],
    ['e.response?.data?.code', 'code'],
    ['Number(body.code)', 'code'],
    ["+err['code']", 'code'],
    ['(err as ApiError).errorCode!', 'errorCode'],
    ['err[`retCode`]', 'retCode'],
    ['err[key]', undefined],
    ['lookup(err.code)', undefined],
  ])('%s ends in %s', (expression, name) => {
    const [answer] = probe(
      `class A { #code = 1 }\nconst value = ${expression};`,
      'VariableDeclarator > .init',
      finalName,
    );
    expect(answer).toBe(name);
  });

  it('reads a private field as a name', () => {
    expect(
      probe('class A { #code = 1; f() { return this.#code; } }', 'ReturnStatement > .argument', finalName),
    ).toEqual(['code']);
  });
});

describe('propertyName', () => {
  it('names keys and members written statically, and nothing computed at run time', () => {
    const code = "const o = { code: 1, 'msg': 2, [`retry`]: 3, [key]: 4, 7: 5 };";
    expect(probe(code, 'Property', (node) => propertyName(node as TSESTree.Property))).toEqual([
      'code',
      'msg',
      'retry',
      undefined,
      '7',
    ]);
  });
});

describe('isTestPosition', () => {
  const calls = (code: string) =>
    probe(code, 'CallExpression[callee.property.name="match"]', (node) => isTestPosition(node));

  it.each([
    ['if (e.message.match(/x/)) f();', true],
    ['while (!e.message.match(/x/)) f();', true],
    ['const y = e.message.match(/x/) ? 1 : 2;', true],
    ['if (ok && e.message.match(/x/)) f();', true],
    ['if (!ok || (ready && !e.message.match(/x/))) f();', true],
    ['for (; e.message.match(/x/) && more; ) f();', true],
    ['const found = ok && e.message.match(/x/);', false],
    ['if (ok && (e.message.match(/x/) ?? fallback)) f();', false],
    ['f(e.message.match(/x/));', false],
  ])('%s → %s', (code, expected) => {
    expect(calls(code)).toEqual([expected]);
  });
});

describe('staticStringValue', () => {
  it('reads string literals and templates without expressions only', () => {
    const code = "f('a', `b`, `c${x}`, 1, /d/);";
    expect(probe(code, 'CallExpression > *.arguments', staticStringValue)).toEqual([
      'a',
      'b',
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('outermostValue', () => {
  it('climbs TypeScript wrappers and nothing else', () => {
    const code = 'const a = (-1121 as const)!;\nconst b = [-1121];';
    const answers = probe(code, 'UnaryExpression', (node) => {
      const value = outermostValue(node);
      return { type: value.type, text: matchText(code, value) };
    });
    expect(answers).toEqual([
      { type: AST_NODE_TYPES.TSNonNullExpression, text: '(-1121 as const)!' },
      { type: AST_NODE_TYPES.UnaryExpression, text: '-1121' },
    ]);
  });
});
