import { catalogue, defineCatalogue } from '@exchange-errors/catalogue';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../src/catalogue-index.js';
import plugin from '../src/index.js';
import { candidateLiteralsAt, candidateNodesAt, nodesAt, prescan, type CandidateKind } from '../src/prescan.js';
import { readCodeLiteral } from '../src/utils/code-literal.js';

const index = indexCatalogue(catalogue);
const linter = new Linter();
/** Sloppy script, where a legacy octal literal (`02141`) parses. */
const languageOptions = { sourceType: 'script', ecmaVersion: 'latest' } as const;

/** The `SourceCode` ESLint builds for a module, as a rule's `context.sourceCode` is. */
function sourceCodeOf(text: string): TSESLint.SourceCode {
  linter.verify(text, { languageOptions });
  return linter.getSourceCode() as unknown as TSESLint.SourceCode;
}

const kinds = (text: string, scanned = index): CandidateKind[] => {
  const scan = prescan(sourceCodeOf(text), scanned);
  return (['catalogue-code', 'code-shaped-number', 'Error'] as const).filter((kind) => scan.has(kind));
};

/** Every way a literal (with its sign) can spell BAD_SYMBOL (-1121) in an error-code comparison. */
const BAD_SYMBOL_SPELLINGS = [
  '-1121',
  '- 1121',
  '-(1121)',
  '-( 1121 )',
  '-/* sign */ 1121',
  '- // sign\n 1121',
  '- <!-- sign\n 1121',
  '-\n--> sign\n 1121',
  "'-1121'",
  "'-01121'",
  "'-001121'",
  '-0x461',
  '-0X461',
  '-0o2141',
  '-0b10001100001',
  '-1_121',
  '-1.121e3',
  '-112.1E+1',
  '-11210e-1',
  '-1121.0',
  '-1121.000',
  '-1121.',
  '-0.1121e4',
  '-.1121e4',
  '-02141',
];

describe('prescan', () => {
  it.each(BAD_SYMBOL_SPELLINGS)('finds the catalogue code in %s, at the literal that spells it', (spelling) => {
    const sourceCode = sourceCodeOf(`if (err.code === ${spelling}) {}`);
    const scan = prescan(sourceCode, index);
    expect(scan.has('catalogue-code')).toBe(true);
    expect(scan.has('code-shaped-number')).toBe(true);
    const literals = candidateLiteralsAt(sourceCode, index, scan.catalogueCodeOffsets);
    expect(literals.map((literal) => readCodeLiteral(literal, index)?.definition.name)).toEqual(['BAD_SYMBOL']);
  });

  it('sees no catalogue code in numbers without a minus, divisions and other digit counts', () => {
    expect(
      kinds('const a = 1121, b = x / 1121, c = 1000 * 60, d = "1121", e = -112, f = -11210, g = -1121.5;'),
    ).toEqual([]);
  });

  it('sees no code in fractions, dates and zeros, read without their spelling', () => {
    expect(kinds("const a = -0.001, b = -1121.50, c = -.5, d = '2020-01-01', e = -0, f = -00, g = -0.0;")).toEqual([]);
  });

  it('tells code-shaped numbers the catalogue lacks apart from its codes', () => {
    expect(kinds('if (err.code === -1211) {}')).toEqual(['code-shaped-number']);
    expect(kinds("const codes = { '-3008': 1 };")).toEqual(['code-shaped-number']);
  });

  it('finds the words rules need', () => {
    expect(kinds("throw new ExchangeError('BAD_SYMBOL');")).toEqual(['Error']);
    expect(kinds('expect(x).toBeExchangeError(-1121);')).toEqual(['catalogue-code', 'code-shaped-number', 'Error']);
  });

  it.each([
    "'\\x2d1121'",
    "'-\\x3121'",
    "'-1\\u0031'",
    "'-11\\\n21'",
    'Err\\u006fr',
    "'\\055'",
    "'\\-1121'",
    "'-112\\8'",
    "'E\\Rror'",
  ])('takes the literal or identifier with an escape it does not decode for a candidate of every kind: %s', (text) => {
    const program = `const a = ${text};`;
    const sourceCode = sourceCodeOf(program);
    const scan = prescan(sourceCode, index);
    expect(kinds(program)).toEqual(['catalogue-code', 'code-shaped-number', 'Error']);
    const escape = program.indexOf('\\');
    expect(scan.escapeOffsets).toEqual([escape]);
    expect(scan.catalogueCodeOffsets).toContain(escape);
    expect(scan.codeShapedOffsets).toContain(escape);
    expect(scan.nameOffsets()).toEqual([escape]);
    expect(nodesAt(sourceCode, [escape]).map((node) => node.type)).toEqual([
      text.startsWith("'") ? 'Literal' : 'Identifier',
    ]);
  });

  it('gives the escapes it does not decode beside the code-shaped numbers it reads', () => {
    const text = "const a = '-\\u0031211', b = -1999; if (err.code === -1211) {}";
    const sourceCode = sourceCodeOf(text);
    const scan = prescan(sourceCode, index);
    expect(scan.escapeOffsets).toEqual([text.indexOf('\\')]);
    expect(scan.codeShapedOffsets).toEqual([text.indexOf('\\'), text.indexOf('1999'), text.lastIndexOf('1211')]);
    expect(candidateLiteralsAt(sourceCode, index, scan.escapeOffsets).map((literal) => literal.value)).toEqual([
      '-1211',
    ]);
    expect(prescan(sourceCodeOf('f(-1211);'), index).escapeOffsets).toEqual([]);
  });

  it('keeps each candidate with its node when one lies outside every node, in a comment before the program', () => {
    const text = "// TIMEOUT and -1021 are retried\nconst RETRY = ['TIMEOUT', -1021];";
    const sourceCode = sourceCodeOf(text);
    const scan = prescan(sourceCode, index);
    expect(candidateLiteralsAt(sourceCode, index, scan.catalogueCodeOffsets).map((literal) => literal.raw)).toEqual([
      '1021',
    ]);
    expect(candidateNodesAt(sourceCode, index, scan.nameOffsets()).map((node) => sourceCode.getText(node))).toEqual(
      expect.arrayContaining(["'TIMEOUT'"]),
    );
  });

  it('scans each file once per catalogue, and again for another catalogue', () => {
    const sourceCode = sourceCodeOf('const a = 404;');
    expect(prescan(sourceCode, index)).toBe(prescan(sourceCode, index));
    const positive = indexCatalogue(
      defineCatalogue([{ code: 404, name: 'NOT_FOUND', group: 'g', retry: 'none', messages: ['m'] }]),
    );
    expect(prescan(sourceCode, positive).has('catalogue-code')).toBe(true);
    expect(prescan(sourceCode, index).has('catalogue-code')).toBe(false);
  });

  it('lets no-magic-error-codes report each spelling, and nothing in a file without candidates', () => {
    const config: Linter.Config = {
      languageOptions,
      plugins: { '@exchange-errors': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { '@exchange-errors/no-magic-error-codes': 'error' },
    };
    const text = BAD_SYMBOL_SPELLINGS.map((spelling) => `if (err.code === ${spelling}) {}`).join('\n');
    const firstLines = BAD_SYMBOL_SPELLINGS.map(
      (_, position) => BAD_SYMBOL_SPELLINGS.slice(0, position).join('\n').split('\n').length + (position > 0 ? 1 : 0),
    );
    const reported = linter.verify(text, config).map((message) => [message.line, message.column]);
    expect(reported).toEqual(firstLines.map((line) => [line, 18]));
    expect(linter.verify('if (err.code === -1211 || err.code === 1121) {}', config)).toEqual([]);
  });

  it('gives the offsets of code-shaped numbers and of names as whole words, in order', () => {
    const text = "f(-1211, - /* -5 */ 1121, 'TIMEOUT', ExchangeErrorCode.BAD_SYMBOL, 'TIMEOUT_X', MY_TIMEOUT);";
    const scan = prescan(sourceCodeOf(text), index);
    expect(scan.codeShapedOffsets).toEqual([text.indexOf('1211'), text.indexOf('1121')]);
    expect(scan.catalogueCodeOffsets).toEqual([text.indexOf('1121')]);
    expect(scan.nameOffsets()).toEqual([text.indexOf('TIMEOUT'), text.indexOf('BAD_SYMBOL')]);
  });

  it('finds with one descent the node getNodeByRangeIndex finds at each offset', () => {
    const text = [
      'class Client {',
      '  async place(order) {',
      '    try { return await this.post(order, { retries: [-1001, -1007] }); }',
      "    catch (err) { if (err.code === -1121 || err.msg === 'Invalid symbol.') throw err; }",
      '  }',
      '}',
      'const limits = { [-1003]: 60_000, other: `${-1015}` };',
    ].join('\n');
    const sourceCode = sourceCodeOf(text);
    const offsets = [...text].map((_, offset) => offset);
    const expected = [...new Set(offsets.map((offset) => sourceCode.getNodeByRangeIndex(offset)))];
    for (const offset of offsets) {
      expect([offset, nodesAt(sourceCode, [offset])]).toEqual([offset, [sourceCode.getNodeByRangeIndex(offset)]]);
    }
    expect(new Set(nodesAt(sourceCode, offsets))).toEqual(new Set(expected));
  });
});
