import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CatalogueIndex } from './catalogue-index.js';

/**
 * What a rule needs in a file's text to have any chance of reporting there:
 * - `catalogue-code`: a number or digit string that may spell a catalogue code (`-1121`, `'-01121'`, `0x461`);
 * - `code-shaped-number`: one with the sign and digit count of some code, known or not (`-1211`);
 * - a word of `PRESCAN_WORDS`, e.g. `Error`.
 * A file whose text has a `\x` or `\u` escape, a legacy octal escape or a line continuation holds every kind: such
 * an escape can spell a digit, a minus sign or a letter of a word, and the scan does not decode them.
 */
export type CandidateKind = 'catalogue-code' | 'code-shaped-number' | PrescanWord;

/**
 * Words a rule needs: `Error` for `new ExchangeError(…)`, `toBeExchangeError(…)` and `toThrowExchangeError(…)`
 * (also when a computed key assembles the name from pieces that keep `Error`).
 */
export const PRESCAN_WORDS = ['Error'] as const;
export type PrescanWord = (typeof PRESCAN_WORDS)[number];

/** The candidates of one file, from one pass over its text. */
export interface FileScan {
  has(kind: CandidateKind): boolean;
  /**
   * Where in the text the numbers that may spell a catalogue code start, in order; `undefined` when the scan cannot
   * tell (an escape it does not decode), and every literal is one.
   */
  readonly catalogueCodeOffsets: readonly number[] | undefined;
}

/** A rule's test of a file: whether it holds what the rule needs to report anything. */
export type CandidateTest = (scan: FileScan) => boolean;

/**
 * One pass finds, left to right, the escapes the scan does not decode and the numeric literal spellings: hex, octal,
 * binary, decimal with separators, fraction and exponent (the digits of a string are one too). An escape comes first:
 * no number starts with a backslash.
 */
const SCAN_PATTERN =
  /\\[xu0-7\r\n\u2028\u2029]|0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?/gu;

/** A decimal integer without leading zeros or separators: its value is its digits. */
const PLAIN_DECIMAL = /^[1-9]\d*$/u;

/** The scan of a file it cannot read: every kind is a candidate. */
const EVERY_KIND: FileScan = { has: () => true, catalogueCodeOffsets: undefined };

/** What may stand between a unary minus and its number besides comments: `- 1121`, `-(1121)`. */
const BETWEEN_MINUS_AND_NUMBER = /[\s(]/u;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;
/** What starts a comment that runs to the end of its line: `//`, and in sloppy scripts `<!--` and `-->`. */
const LINE_COMMENT = /\/\/|<!--|-->/u;

/** The values a numeric spelling can have: `0777` is octal in sloppy code and decimal in a digit string. */
function valuesOf(spelling: string): number[] {
  const plain = spelling.replaceAll('_', '');
  const value = Number(plain);
  return /^0[0-7]+$/u.test(plain) ? [value, Number.parseInt(plain, 8)] : [value];
}

/**
 * Whether a number at `start` may be negated: a minus before it, past spaces and parentheses. A comment may hide the
 * minus: past the end of a block comment, or a line break whose line may hold a line comment, the number may be
 * negated too.
 */
function mayBeNegated(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && BETWEEN_MINUS_AND_NUMBER.test(text[at] ?? '')) {
    if (LINE_TERMINATOR.test(text[at] ?? '') && LINE_COMMENT.test(lineBefore(text, at))) return true;
    at -= 1;
  }
  return text[at] === '-' || (text[at] === '/' && text[at - 1] === '*');
}

/** The text of the line that ends at the line terminator at `end`. */
function lineBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !LINE_TERMINATOR.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, end);
}

/** Per catalogue, the scans of the files linted with it. */
const scansByIndex = new WeakMap<CatalogueIndex, WeakMap<TSESLint.SourceCode, FileScan>>();

function scanText(text: string, index: CatalogueIndex): FileScan {
  // Words by a plain search, which is faster than matching each of their many occurrences.
  const found = new Set<CandidateKind>(PRESCAN_WORDS.filter((word) => text.includes(word)));
  const catalogueCodeOffsets: number[] = [];
  SCAN_PATTERN.lastIndex = 0;
  for (let match = SCAN_PATTERN.exec(text); match !== null; match = SCAN_PATTERN.exec(text)) {
    const [spelling] = match;
    if (spelling.startsWith('\\')) return EVERY_KIND;
    // A plain decimal with a digit count no code has is neither kind: the common case, with no further work.
    if (PLAIN_DECIMAL.test(spelling) && !index.mayBeCode(Number(spelling))) continue;
    for (const value of valuesOf(spelling)) {
      if (!index.mayBeCode(value)) continue;
      const signed = mayBeNegated(text, match.index) ? [value, -value] : [value];
      if (signed.some((code) => index.catalogue.byCode.has(code))) {
        found.add('catalogue-code');
        catalogueCodeOffsets.push(match.index);
      }
      if (signed.some((code) => index.looksLikeCode(code))) found.add('code-shaped-number');
    }
  }
  return { has: (kind) => found.has(kind), catalogueCodeOffsets };
}

/** The candidates of a file for a catalogue: scanned once per `SourceCode`, shared by every rule that asks. */
export function prescan(sourceCode: TSESLint.SourceCode, index: CatalogueIndex): FileScan {
  let scans = scansByIndex.get(index);
  if (scans === undefined) {
    scans = new WeakMap();
    scansByIndex.set(index, scans);
  }
  let scan = scans.get(sourceCode);
  if (scan === undefined) {
    scan = scanText(sourceCode.text, index);
    scans.set(sourceCode, scan);
  }
  return scan;
}

/** The literals that hold the given offsets of the text, each once: the nodes a rule needs to visit. */
export function literalsAt(sourceCode: TSESLint.SourceCode, offsets: readonly number[]): Set<TSESTree.Literal> {
  const literals = new Set<TSESTree.Literal>();
  for (const offset of offsets) {
    const node = sourceCode.getNodeByRangeIndex(offset);
    if (node?.type === AST_NODE_TYPES.Literal) literals.add(node);
  }
  return literals;
}
