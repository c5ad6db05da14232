import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { quoteOf, terminatorOf } from '../../src/utils/code-style.js';
import { probe } from './probe.js';

describe('quoteOf', () => {
  it('copies the quote of a string literal, and writes single quotes otherwise', () => {
    expect(probe(`f("a", 'b', \`c\`, 1);`, 'CallExpression > *.arguments', quoteOf)).toEqual(['"', "'", "'", "'"]);
    expect(quoteOf(undefined)).toBe("'");
  });
});

describe('terminatorOf', () => {
  it('copies whether statements end in a semicolon', () => {
    const code = "const a = require('a');\nconst b = require('b')\nlet c = 1 /* ; */";
    expect(
      probe(code, 'VariableDeclaration', (node, context) => terminatorOf(context.sourceCode, node as TSESTree.Node)),
    ).toEqual([';', '', '']);
  });

  it('writes semicolons when there is no statement to copy', () => {
    expect(probe('x;', 'Program', (_node, context) => terminatorOf(context.sourceCode, undefined))).toEqual([';']);
  });
});
