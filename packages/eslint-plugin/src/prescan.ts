import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CatalogueIndex } from './catalogue-index.js';
import { perFile } from './utils/per-file.js';

/**
 * What a rule needs in a file's text to have any chance of reporting there:
 * - `catalogue-code`: a number or digit string that may spell a catalogue code (`-1121`, `'-01121'`, `0x461`);
 * - `code-shaped-number`: one with the sign and digit count of some code, known or not (`-1211`);
 * - a word of `PRESCAN_WORDS`, e.g. `Error`.
 * An escape the scan does not decode (`\x`, `\u`, a legacy octal escape, `\8`, a line continuation, an identity
 * escape such as `\-` or `\E`) can spell a digit, a minus sign or a letter of a word: the literal or identifier it is
 * in is a candidate of every kind, at its offset. Only the escapes of a quote, a backslash and the control
 * characters (`\n`, `\t`…) spell nothing a rule looks for.
 */
export type CandidateKind = 'catalogue-code' | 'code-shaped-number' | PrescanWord;

/**
 * Words a rule needs: `Error` for `new ExchangeError(…)`, `toBeExchangeError(…)` and `toThrowExchangeError(…)`
 * (also when a computed key assembles the name from pieces that keep `Error`).
 */
export const PRESCAN_WORDS = ['Error'] as const;
export type PrescanWord = (typeof PRESCAN_WORDS)[number];

/** The candidates of one file, from one pass over its text (and one more for names, when a rule asks). */
export interface FileScan {
  has(kind: CandidateKind): boolean;
  /** Where in the text the numbers that may spell a catalogue code start, and the escapes, in order. */
  readonly catalogueCodeOffsets: readonly number[];
  /** Where the code-shaped numbers start, catalogue codes among them, and the escapes, in order. */
  readonly codeShapedOffsets: readonly number[];
  /** Where the escapes the scan does not decode are, in order: each in a literal or identifier of unknown text. */
  readonly escapeOffsets: readonly number[];
  /**
   * Where the catalogue's names stand as whole words (`'TIMEOUT'`, `ExchangeErrorCode.TIMEOUT`), and the escapes,
   * in order. Searched at the first call, as only some rules need them.
   */
  nameOffsets(): readonly number[];
}

/** A rule's test of a file: whether it holds what the rule needs to report anything. */
export type CandidateTest = (scan: FileScan) => boolean;

/**
 * One pass finds, left to right, the escapes the scan does not decode and the numeric literal spellings: hex, octal,
 * binary, decimal with separators, fraction and exponent (the digits of a string are one too). An escape comes first:
 * no number starts with a backslash.
 */
const SCAN_PATTERN =
  /\\[^nrtbfv'"\\`$]|0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?/gu;
/** A numeric spelling where one starts: the number part of `SCAN_PATTERN`. */
const NUMBER_AT = /0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?/uy;
/** Per ASCII character code, what follows a backslash in an escape that spells nothing a rule looks for. */
const DECODED_ESCAPE = new Uint8Array(0x80);
for (const character of 'nrtbfv\'"\\`$') DECODED_ESCAPE[character.charCodeAt(0)] = 1;

/**
 * Whether a backslash followed by the character `code` starts an escape the scan does not decode: anything but a
 * quote, a backslash or a control letter. `NaN` is past the end of the text.
 */
function isUndecodedEscape(code: number): boolean {
  return Number.isNaN(code) ? false : code >= DECODED_ESCAPE.length || DECODED_ESCAPE[code] !== 1;
}
/**
 * Per ASCII character code, whether it may follow a minus on the way to its number: a digit, `.`, white space, `(`,
 * and the starts of comments (`/*`, `//`, `<!--`, `-->`). Any other ASCII character (a letter, a quote) rules the
 * number out, which decides most minus signs of a file from one look-up.
 */
const MAY_FOLLOW_MINUS = new Uint8Array(0x80);
for (const character of '0123456789. \t\n\v\f\r(/<-') MAY_FOLLOW_MINUS[character.charCodeAt(0)] = 1;

function mayFollowMinus(code: number): boolean {
  return code >= MAY_FOLLOW_MINUS.length || MAY_FOLLOW_MINUS[code] === 1;
}

const CHAR_0 = 0x30;
const CHAR_7 = 0x37;
const CHAR_9 = 0x39;

/** What continues an identifier: a name next to one is part of a longer word. */
const IDENTIFIER_PART = String.raw`[\p{ID_Continue}$\u200C\u200D]`;

/** Each name as a whole word, longest first so that a name which starts another is tried after it. */
function namePattern(names: readonly string[]): RegExp | undefined {
  if (names.length === 0) return undefined;
  const alternatives = [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replaceAll('$', String.raw`\$`))
    .join('|');
  return new RegExp(`(?<!${IDENTIFIER_PART})(?:${alternatives})(?!${IDENTIFIER_PART})`, 'gu');
}

/** A decimal integer without leading zeros or separators: its value is its digits. */
const PLAIN_DECIMAL = /^[1-9]\d*$/u;

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

/** The patterns of one catalogue, built at its first file. */
interface CataloguePatterns {
  /** Whether every code is negative: then only numbers after a minus can be any. */
  readonly negativeOnly: boolean;
  readonly names: RegExp | undefined;
}

const patternsByIndex = new WeakMap<CatalogueIndex, CataloguePatterns>();

function patternsOf(index: CatalogueIndex): CataloguePatterns {
  let patterns = patternsByIndex.get(index);
  if (patterns === undefined) {
    const { definitions } = index.catalogue;
    patterns = {
      negativeOnly: definitions.every((definition) => definition.code < 0),
      names: namePattern(definitions.map((definition) => definition.name)),
    };
    patternsByIndex.set(index, patterns);
  }
  return patterns;
}

/** Where `pattern` matches in `text`, in order. */
function matchOffsets(pattern: RegExp | undefined, text: string): number[] {
  const offsets: number[] = [];
  if (pattern === undefined) return offsets;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) offsets.push(match.index);
  return offsets;
}

/** The offsets of the two numeric kinds and of the escapes, each sorted, as a scan collects them. */
interface NumberOffsets {
  readonly catalogueCode: number[];
  readonly codeShaped: number[];
  readonly escapes: number[];
}

/** The offsets a scan found, kept as they are. */
type ScannedOffsets = { readonly [Kind in keyof NumberOffsets]: readonly number[] };

/** Records the number spelled at `start` under each kind it may be, with the sign or signs it may carry. */
function classifyNumber(
  spelling: string,
  start: number,
  signs: (value: number) => number[],
  index: CatalogueIndex,
  offsets: NumberOffsets,
): void {
  // A plain decimal with a digit count no code has is neither kind: the common case, with no further work.
  if (PLAIN_DECIMAL.test(spelling) && !index.mayBeCode(Number(spelling))) return;
  let isCatalogueCode = false;
  let isCodeShaped = false;
  for (const value of valuesOf(spelling)) {
    if (!index.mayBeCode(value)) continue;
    const signed = signs(value);
    isCatalogueCode ||= signed.some((code) => index.catalogue.byCode.has(code));
    isCodeShaped ||= signed.some((code) => index.looksLikeCode(code));
  }
  if (isCatalogueCode) offsets.catalogueCode.push(start);
  if (isCodeShaped) offsets.codeShaped.push(start);
}

/** Every number of the text, each with the signs it may carry. */
function scanEveryNumber(text: string, index: CatalogueIndex): NumberOffsets {
  const offsets: NumberOffsets = { catalogueCode: [], codeShaped: [], escapes: [] };
  SCAN_PATTERN.lastIndex = 0;
  for (let match = SCAN_PATTERN.exec(text); match !== null; match = SCAN_PATTERN.exec(text)) {
    const [spelling] = match;
    if (spelling.startsWith('\\')) {
      offsets.escapes.push(match.index);
      continue;
    }
    const negated = mayBeNegated(text, match.index);
    classifyNumber(spelling, match.index, (value) => (negated ? [value, -value] : [value]), index, offsets);
  }
  return offsets;
}

/** Per ASCII character code, what a character between a minus and its number is: white space or `(`. */
const IS_SPACE_OR_PAREN = new Uint8Array(0x80);
for (const character of ' \t\n\v\f\r(') IS_SPACE_OR_PAREN[character.charCodeAt(0)] = 1;
/** Per ASCII character code, what continues a number past its first run of digits: a fraction, a separator, an exponent, a radix prefix. */
const CONTINUES_NUMBER = new Uint8Array(0x80);
for (const character of '._eExXoObB') CONTINUES_NUMBER[character.charCodeAt(0)] = 1;

const CHAR_DOT = 0x2e;
const CHAR_SLASH = 0x2f;
const CHAR_STAR = 0x2a;
const CHAR_MINUS = 0x2d;
const CHAR_LESS_THAN = 0x3c;
const CHAR_GREATER_THAN = 0x3e;

/** Whether the character at `at` may stand between a minus and its number, other than in a comment. */
function isSpaceOrParen(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < IS_SPACE_OR_PAREN.length ? IS_SPACE_OR_PAREN[code] === 1 : BETWEEN_MINUS_AND_NUMBER.test(text[at]!);
}

/** Whether `LINE_COMMENT` starts at `at`, decided by character codes: this runs at every `--` of a file. */
function startsLineComment(text: string, at: number): boolean {
  switch (text.charCodeAt(at)) {
    case CHAR_SLASH:
      return text.charCodeAt(at + 1) === CHAR_SLASH;
    case CHAR_LESS_THAN:
      return text.startsWith('!--', at + 1);
    case CHAR_MINUS:
      return text.charCodeAt(at + 1) === CHAR_MINUS && text.charCodeAt(at + 2) === CHAR_GREATER_THAN;
    default:
      return false;
  }
}

/**
 * Where the number that a minus at `from - 1` negates starts, past spaces, parentheses and comments (a `<!--` or
 * `-->` is taken for a comment, which can only add a number); -1 when no number follows. Decided by character codes:
 * this runs at every minus of a file.
 */
function negatedNumberStart(text: string, from: number): number {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    if (Number.isNaN(code) || !mayFollowMinus(code)) return -1;
    if (isDigit(code) || code === CHAR_DOT) return at;
    if (isSpaceOrParen(text, at)) {
      at += 1;
    } else if (code === CHAR_SLASH && text.charCodeAt(at + 1) === CHAR_STAR) {
      const end = text.indexOf('*/', at + 2);
      if (end === -1) return -1;
      at = end + 2;
    } else if (startsLineComment(text, at)) {
      at = lineEnd(text, at);
    } else {
      return -1;
    }
  }
}

/** `LINE_TERMINATOR`, searched for from a `lastIndex`. */
const NEXT_LINE_TERMINATOR = new RegExp(LINE_TERMINATOR.source, 'gu');

/** Where the line that holds `at` ends: its line terminator, or the end of the text. */
function lineEnd(text: string, at: number): number {
  NEXT_LINE_TERMINATOR.lastIndex = at;
  return NEXT_LINE_TERMINATOR.exec(text)?.index ?? text.length;
}

function isDigit(code: number): boolean {
  return code >= CHAR_0 && code <= CHAR_9;
}

/** Where the run of digits from `start` ends. */
function digitRunEnd(text: string, start: number): number {
  let end = start;
  while (isDigit(text.charCodeAt(end))) end += 1;
  return end;
}

/** The value of the digits `text[start…end)` in `radix`, read from character codes. */
function digitsValue(text: string, start: number, end: number, radix: 8 | 10): number {
  let value = 0;
  for (let at = start; at < end; at += 1) value = value * radix + text.charCodeAt(at) - CHAR_0;
  return value;
}

/** Whether every digit of `text[start…end)` is an octal one. */
function isOctalRun(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) if (text.charCodeAt(at) > CHAR_7) return false;
  return true;
}

/**
 * The values of a plain run of digits `text[start…end)`, as `valuesOf` reads its spelling: `1121`; with a leading
 * zero, octal in sloppy code and decimal in a digit string (`0777`), or only decimal where a digit is 8 or 9.
 */
function digitRunValues(text: string, start: number, end: number): number[] {
  const decimal = digitsValue(text, start, end, 10);
  return text.charCodeAt(start) === CHAR_0 && end - start > 1 && isOctalRun(text, start, end)
    ? [decimal, digitsValue(text, start, end, 8)]
    : [decimal];
}

/**
 * Whether the number at `start` is a decimal whose fraction is not zero, with nothing after it (`0.001`, `1.5`):
 * no integer, so neither a code nor code-shaped. A separator or an exponent may make it one (`0.1121e4`).
 */
function isPlainFraction(text: string, start: number): boolean {
  let at = digitRunEnd(text, start);
  if (text.charCodeAt(at) !== CHAR_DOT) return false;
  let fractionIsZero = true;
  for (at += 1; isDigit(text.charCodeAt(at)); at += 1) fractionIsZero &&= text.charCodeAt(at) === CHAR_0;
  return !fractionIsZero && CONTINUES_NUMBER[text.charCodeAt(at)] !== 1;
}

/** Records the number at `start`, negated, under each kind `value` may be. */
function recordNegated(value: number, start: number, index: CatalogueIndex, offsets: NumberOffsets): void {
  if (!index.mayBeCode(value)) return;
  if (index.catalogue.byCode.has(-value)) offsets.catalogueCode.push(start);
  if (index.looksLikeCode(-value)) offsets.codeShaped.push(start);
}

/**
 * For a catalogue of negative codes only: a number can be one only with a minus before it, so the scan jumps from
 * minus to minus (and backslash to backslash for the escapes), which is several times faster than matching every
 * number of a file.
 */
function scanNegatedNumbers(text: string, index: CatalogueIndex): ScannedOffsets {
  const offsets: NumberOffsets = { catalogueCode: [], codeShaped: [], escapes: [] };
  for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at + 1)) {
    if (isUndecodedEscape(text.charCodeAt(at + 1))) offsets.escapes.push(at);
  }
  const negative = (value: number) => [-value];
  for (let minus = text.indexOf('-'); minus !== -1; minus = text.indexOf('-', minus + 1)) {
    const next = text.charCodeAt(minus + 1);
    // `-1121`, the common spelling, without a look past the minus.
    const start = isDigit(next) ? minus + 1 : mayFollowMinus(next) ? negatedNumberStart(text, minus + 1) : -1;
    if (start === -1) continue;
    const end = digitRunEnd(text, start);
    if (end > start && CONTINUES_NUMBER[text.charCodeAt(end)] !== 1) {
      // Most numbers of a file are plain runs of digits (`-1121`, `2020-01-01`): decided from their values, with
      // no spelling to read. A recorded offset may repeat here; the offsets are made distinct below.
      if (text.charCodeAt(start) !== CHAR_0) recordNegated(digitsValue(text, start, end, 10), start, index, offsets);
      else for (const value of digitRunValues(text, start, end)) recordNegated(value, start, index, offsets);
      continue;
    }
    if (isPlainFraction(text, start)) continue;
    NUMBER_AT.lastIndex = start;
    const spelling = NUMBER_AT.exec(text)?.[0];
    if (spelling !== undefined) classifyNumber(spelling, start, negative, index, offsets);
  }
  // A minus inside a comment between another minus and its number finds a number out of order, or the same one.
  return {
    ...offsets,
    catalogueCode: distinctInOrder(offsets.catalogueCode),
    codeShaped: distinctInOrder(offsets.codeShaped),
  };
}

/** Offsets in any order, each once, in order: the offsets themselves when they already are. */
function distinctInOrder(offsets: readonly number[]): readonly number[] {
  return isStrictlyIncreasing(offsets) ? offsets : [...new Set(offsets)].sort((a, b) => a - b);
}

/** Whether offsets are in order without repeats, as a left-to-right search finds them but for a comment's minus. */
function isStrictlyIncreasing(offsets: readonly number[]): boolean {
  for (let at = 1; at < offsets.length; at += 1)
    if ((offsets[at] as number) <= (offsets[at - 1] as number)) return false;
  return true;
}

/** Two sorted lists of offsets as one. */
function mergeOffsets(first: readonly number[], second: readonly number[]): readonly number[] {
  return second.length === 0 ? first : distinctInOrder([...first, ...second]);
}

function scanText(text: string, index: CatalogueIndex): FileScan {
  const patterns = patternsOf(index);
  const numbers = patterns.negativeOnly ? scanNegatedNumbers(text, index) : scanEveryNumber(text, index);
  const { escapes } = numbers;
  // Words by a plain search, which is faster than matching each of their many occurrences; an escape may spell one.
  const found = new Set<CandidateKind>(PRESCAN_WORDS.filter((word) => escapes.length > 0 || text.includes(word)));
  const catalogueCodeOffsets = mergeOffsets(numbers.catalogueCode, escapes);
  const codeShapedOffsets = mergeOffsets(numbers.codeShaped, escapes);
  if (catalogueCodeOffsets.length > 0) found.add('catalogue-code');
  if (codeShapedOffsets.length > 0) found.add('code-shaped-number');
  let nameOffsets: readonly number[] | undefined;
  return {
    has: (kind) => found.has(kind),
    catalogueCodeOffsets,
    codeShapedOffsets,
    escapeOffsets: escapes,
    nameOffsets: () => (nameOffsets ??= mergeOffsets(matchOffsets(patterns.names, text), escapes)),
  };
}

/** The candidates of a file for a catalogue: scanned once per `SourceCode`, shared by every rule that asks. */
export const prescan = perFile((sourceCode, index): FileScan => scanText(sourceCode.text, index));

/** The index of the first of the sorted `offsets[from…to)` at or after `start`. */
function lowerBound(offsets: readonly number[], start: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offsets[middle] as number) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A node's child or children under one visitor key. */
type ChildValue = TSESTree.Node | (TSESTree.Node | null)[] | null | undefined;

function childValue(node: TSESTree.Node, key: string): ChildValue {
  return (node as unknown as Record<string, ChildValue>)[key];
}

/**
 * The innermost node at each of the sorted `offsets`, in their order (`undefined` for one outside the program's
 * range). One descent from the root enters only the
 * nodes on the paths to them, where a search per offset (`getNodeByRangeIndex`) walks the tree from the root each
 * time. It allocates nothing per node, as a fresh tree is still in the young generation, where each collection
 * copies it.
 */
function innermostNodes(sourceCode: TSESLint.SourceCode, offsets: readonly number[]): (TSESTree.Node | undefined)[] {
  // Filled below; `Array.from({ length })` is 20–50 times slower at a few thousand offsets.
  const nodes = new Array<TSESTree.Node | undefined>(offsets.length);
  const { visitorKeys } = sourceCode;
  const assign = (node: TSESTree.Node, from: number, to: number): void => {
    for (let at = from; at < to; at += 1) nodes[at] = node;
  };
  /** Hands `child` the offsets from `next` on that it holds; those before it lie in `node`, between its children. */
  function enter(node: TSESTree.Node, child: TSESTree.Node, next: number, to: number): number {
    const first = lowerBound(offsets, child.range[0], next, to);
    const last = lowerBound(offsets, child.range[1], first, to);
    assign(node, next, first);
    if (first < last) descend(child, first, last);
    return last;
  }
  function descend(node: TSESTree.Node, from: number, to: number): void {
    const keys = visitorKeys[node.type] ?? [];
    let next = from;
    if (!keysInSourceOrder(node, keys)) {
      for (const child of childrenInSourceOrder(node, keys)) {
        if (next >= to) break;
        if (child.range[1] > (offsets[next] as number)) next = enter(node, child, next, to);
      }
    } else {
      for (const key of keys) {
        const value = childValue(node, key);
        if (Array.isArray(value)) {
          // A long list (a class body, a map of codes) is passed by halving, not child by child.
          let at = 0;
          while (next < to && (at = firstEndingAfter(value, offsets[next] as number, at)) < value.length) {
            const child = value[at];
            if (child != null) next = enter(node, child, next, to);
            at += 1;
          }
        } else if (value != null && next < to && value.range[1] > (offsets[next] as number)) {
          next = enter(node, value, next, to);
        }
      }
    }
    assign(node, next, to);
  }
  const { ast } = sourceCode;
  const first = lowerBound(offsets, ast.range[0], 0, offsets.length);
  const last = lowerBound(offsets, ast.range[1], first, offsets.length);
  if (first < last) descend(ast, first, last);
  return nodes;
}

/** The innermost node at each of the sorted `offsets`, each node once. */
export function nodesAt(sourceCode: TSESLint.SourceCode, offsets: readonly number[]): TSESTree.Node[] {
  return [...new Set(innermostNodes(sourceCode, offsets).filter((node) => node !== undefined))];
}

/** The innermost node at each of the sorted `offsets`, by offset; `undefined` for one outside the program's range. */
function nodesByOffset(
  sourceCode: TSESLint.SourceCode,
  offsets: readonly number[],
): Map<number, TSESTree.Node | undefined> {
  const nodes = innermostNodes(sourceCode, offsets);
  return new Map(offsets.map((offset, at) => [offset, nodes[at]]));
}

/**
 * The node at each candidate of a file that every rule may want (catalogue codes, names and escapes), found in one
 * descent and shared by the rules. Other offsets (the code-shaped numbers only one rule reads, in some files) are
 * added at the first call that asks for them.
 */
const candidateNodeByOffset = perFile((sourceCode, index): Map<number, TSESTree.Node | undefined> => {
  const scan = prescan(sourceCode, index);
  return nodesByOffset(sourceCode, mergeOffsets(scan.catalogueCodeOffsets, scan.nameOffsets()));
});

/** The innermost node at each of the given candidate offsets of the file's scan, each node once. */
export function candidateNodesAt(
  sourceCode: TSESLint.SourceCode,
  index: CatalogueIndex,
  offsets: readonly number[],
): TSESTree.Node[] {
  const byOffset = candidateNodeByOffset(sourceCode, index);
  const missing = offsets.filter((offset) => !byOffset.has(offset));
  if (missing.length > 0) {
    for (const [offset, node] of nodesByOffset(sourceCode, distinctInOrder(missing))) byOffset.set(offset, node);
  }
  const nodes = new Set<TSESTree.Node>();
  for (const offset of offsets) {
    const node = byOffset.get(offset);
    if (node !== undefined) nodes.add(node);
  }
  return [...nodes];
}

/** The index of the first of `nodes[from…]`, in source order with holes, that ends after `offset` (or a hole before it). */
function firstEndingAfter(nodes: readonly (TSESTree.Node | null)[], offset: number, from: number): number {
  let low = from;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    let probe = middle;
    while (probe < high && nodes[probe] == null) probe += 1;
    if (probe < high && (nodes[probe] as TSESTree.Node).range[1] <= offset) low = probe + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether the children come in source order key by key. Each key's list is in source order, so its ends tell.
 * Visitor keys are not always so (a template's quasis come before its expressions); children that start together
 * keep their key order, so a shorthand property's key, which shares its range with the value, comes first, as
 * `getNodeByRangeIndex` finds it.
 */
function keysInSourceOrder(node: TSESTree.Node, keys: readonly string[]): boolean {
  let previousStart = -Infinity;
  for (const key of keys) {
    const value = childValue(node, key);
    if (value == null) continue;
    if (!Array.isArray(value)) {
      const { range } = value as TSESTree.Node;
      if (range[0] < previousStart) return false;
      previousStart = range[0];
      continue;
    }
    let first = 0;
    while (first < value.length && value[first] == null) first += 1;
    let last = value.length - 1;
    while (last >= first && value[last] == null) last -= 1;
    if (first > last) continue;
    if ((value[first] as TSESTree.Node).range[0] < previousStart) return false;
    previousStart = (value[last] as TSESTree.Node).range[0];
  }
  return true;
}

/** A node's children by where they start, for the few nodes whose keys are not in source order. */
function childrenInSourceOrder(node: TSESTree.Node, keys: readonly string[]): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of keys) {
    const value = childValue(node, key);
    for (const child of Array.isArray(value) ? value : [value]) if (child != null) children.push(child);
  }
  return children.sort((a, b) => a.range[0] - b.range[0]);
}

/** The literals at the given candidate offsets of the file's scan, each once: the nodes a rule needs to visit. */
export function candidateLiteralsAt(
  sourceCode: TSESLint.SourceCode,
  index: CatalogueIndex,
  offsets: readonly number[],
): TSESTree.Literal[] {
  return candidateNodesAt(sourceCode, index, offsets).filter(
    (node): node is TSESTree.Literal => node.type === AST_NODE_TYPES.Literal,
  );
}
