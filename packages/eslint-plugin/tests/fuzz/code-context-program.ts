import { errorDefinitions } from '@exchange-errors/catalogue';
import type { Random } from './seeded-random.js';

/** A generated source file and how to parse it. */
export interface FuzzProgram {
  readonly text: string;
  readonly language: 'js' | 'ts';
  readonly sourceType: 'module' | 'commonjs';
}

const SOURCE = '@exchange-errors/catalogue';
const definitions = errorDefinitions;
const retryable = definitions.filter((definition) => definition.retry !== 'none');

/** The file's style: quotes, semicolons and whether tokens are separated by spaces (minified code is not). */
interface Style {
  readonly quote: string;
  readonly semi: string;
  /** A space where one is optional: `case -1121:` or `case-1121:`. */
  readonly gap: string;
  readonly language: FuzzProgram['language'];
  readonly isModule: boolean;
  /** `name` with a number no other declaration of the file has. */
  readonly unique: (name: string) => string;
}

/** How the file refers to `ExchangeErrorCode`, if it does: set by the chosen import. */
interface Header {
  readonly lines: readonly string[];
  /** The text before `.BAD_SYMBOL`, when the file has a value binding for the codes. */
  readonly codesObject?: string;
}

/** `case -1121` / `case-1121` by style, but never `caseEC`: a keyword followed by a word needs its space. */
function keyword(word: string, style: Style, next: string): string {
  return `${word}${/^[\w$]/.test(next) ? ' ' : style.gap}${next}`;
}

function moduleHeader(random: Random, style: Style): Header {
  const from = `from ${style.quote}${SOURCE}${style.quote}${style.semi}`;
  const options: Header[] = [
    { lines: [] },
    { lines: [`import { ExchangeErrorCode } ${from}`], codesObject: 'ExchangeErrorCode' },
    { lines: [`import { ExchangeErrorCode as EC } ${from}`], codesObject: 'EC' },
    { lines: [`import * as errors ${from}`], codesObject: 'errors.ExchangeErrorCode' },
    { lines: [`import { parseExchangeError } ${from}`] },
    { lines: [`import catalogueDefault, { isRetryable } ${from}`] },
    { lines: [`import catalogueDefault ${from}`] },
    { lines: [`import {} ${from}`] },
    { lines: [`import fs from ${style.quote}node:fs${style.quote}${style.semi}`] },
    {
      lines: [`import { ExchangeErrorCode } from ${style.quote}./local-codes${style.quote}${style.semi}`],
      codesObject: 'ExchangeErrorCode',
    },
  ];
  if (style.language === 'ts') {
    options.push(
      { lines: [`import type { ExchangeErrorCode } ${from}`] },
      { lines: [`import { type ExchangeErrorCode, isRetryable } ${from}`] },
      { lines: [`import type { ExchangeErrorName, ExchangeErrorCode } ${from}`] },
    );
  }
  return random.pick(options);
}

function commonJsHeader(random: Random, style: Style): Header {
  const required = `require(${style.quote}${SOURCE}${style.quote})${style.semi}`;
  return random.pick<Header>([
    { lines: [] },
    { lines: [`const { ExchangeErrorCode } = ${required}`], codesObject: 'ExchangeErrorCode' },
    { lines: [`const { ExchangeErrorCode: EC } = ${required}`], codesObject: 'EC' },
    { lines: [`const errors = ${required}`], codesObject: 'errors.ExchangeErrorCode' },
    { lines: [`const { isRetryable } = ${required}`] },
    { lines: [`${style.quote}use strict${style.quote}${style.semi}`, `const { parseExchangeError } = ${required}`] },
  ]);
}

/** A catalogue code, or sometimes a code-shaped number the catalogue does not have. */
function someCode(random: Random): number {
  return random.chance(0.85) ? random.pick(definitions).code : -1000 - random.int(1300);
}

/** `-1121`, `'-1121'`, `ExchangeErrorCode.BAD_SYMBOL` or `'BAD_SYMBOL'`, as a case test or comparison operand. */
function codeOperand(random: Random, style: Style, header: Header, code = someCode(random)): string {
  const definition = definitions.find((candidate) => candidate.code === code);
  const roll = random.next();
  if (roll < 0.6 || definition === undefined) return String(code);
  if (roll < 0.75) return `${style.quote}${code}${style.quote}`;
  if (roll < 0.9 && header.codesObject !== undefined) return `${header.codesObject}.${definition.name}`;
  return `${style.quote}${definition.name}${style.quote}`;
}

const CODE_SUBJECTS = [
  'err.code',
  'e.response?.data?.code',
  'Number(body.code)',
  "+err['code']",
  'error.errorCode',
  'res.retCode',
  'code',
  'payload.error_code',
];
const MESSAGE_SUBJECTS = ['err.message', 'e.msg', 'error.message.toLowerCase()', 'body.msg', 'errorMessage', 'reason'];

function comparison(random: Random, style: Style, header: Header): string {
  const subject = random.pick(CODE_SUBJECTS);
  const operator = random.pick(['===', '!==', '==', '!=']);
  const operand = codeOperand(random, style, header);
  const [left, right] = random.chance(0.8) ? [subject, operand] : [operand, subject];
  const test = `${left}${style.gap}${operator}${style.gap}${right}`;
  return random.pick([
    `if${style.gap}(${test})${style.gap}retry()${style.semi}`,
    `const ${style.unique('matches')} = ${test}${style.semi}`,
    `${keyword('return', style, test)}${style.semi}`,
    `handle(${test} ? 1 : 0)${style.semi}`,
  ]);
}

function switchStatement(random: Random, style: Style, header: Header): string {
  const discriminant = random.pick([...CODE_SUBJECTS, 'x', 'parsed.name', 'kind']);
  const caseCount = random.int(retryable.length + 3);
  const pool = random.chance(0.5) ? retryable : definitions;
  const codes = random.sample(pool, caseCount).map((definition): number => definition.code);
  if (random.chance(0.15)) codes.push(someCode(random));
  const oneLine = random.chance(0.3);
  const newline = oneLine ? '' : '\n';
  const indent = oneLine ? '' : random.pick(['  ', '    ', '\t']);
  // Inside a one-line switch, statements need their semicolons whatever the file's style.
  const semi = oneLine ? ';' : style.semi;
  const separator = oneLine || style.semi !== '' ? style.gap : `\n${indent}  `;
  const body = () =>
    random.pick([`retry()${semi}${separator}break${semi}`, `return 1${semi}`, '', `{ wait()${semi} }`]);
  const cases = codes.map(
    (code) => `${indent}${keyword('case', style, codeOperand(random, style, header, code))}:${style.gap}${body()}`,
  );
  if (random.chance(0.5)) cases.splice(random.int(cases.length + 1), 0, `${indent}default:${style.gap}${body()}`);
  return `switch${style.gap}(${discriminant})${style.gap}{${newline}${cases.join(newline || style.gap)}${newline}}`;
}

function retryArray(random: Random, style: Style, header: Header): string {
  const elements = Array.from({ length: 1 + random.int(4) }, () => codeOperand(random, style, header)).join(
    `,${style.gap}`,
  );
  const asConst = style.language === 'ts' && random.chance(0.3) ? ' as const' : '';
  return random.pick([
    `const ${style.unique('retryErrors')} = [${elements}]${asConst}${style.semi}`,
    `if${style.gap}([${elements}].includes(err.code))${style.gap}retry()${style.semi}`,
    `const ${style.unique('RETRYABLE')} = new Set([${elements}])${style.semi}`,
    `module_.retryCodes = [${elements}${random.chance(0.3) ? ',' : ''}]${style.semi}`,
  ]);
}

function errorKeyedObject(random: Random, style: Style): string {
  const entries = Array.from({ length: 1 + random.int(3) }, () => {
    const code = someCode(random);
    return random.pick([
      `${style.quote}${code}${style.quote}:${style.gap}1`,
      `[${code}]:${style.gap}${style.quote}x${style.quote}`,
      `${style.quote}${code}${style.quote}()${style.gap}{}`,
      `get${style.gap}${style.quote}${code}${style.quote}()${style.gap}{ return 1${style.semi} }`,
      `${Math.abs(code)}: 0`,
    ]);
  }).join(`,${style.gap}`);
  return random.pick([
    `const ${style.unique('exceptions')} = { exact: { ${entries} } }${style.semi}`,
    `const ${style.unique('ERROR_HANDLERS')} = { ${entries} }${style.semi}`,
    `const { ${style.quote}${someCode(random)}${style.quote}: ${style.unique('picked')} } = errorTable${style.semi}`,
    `class ${style.unique('Errors')} { static ${style.quote}${someCode(random)}${style.quote} = 1; ${style.quote}${someCode(random)}${style.quote}()${style.gap}{} }`,
  ]);
}

function messageComparison(random: Random, style: Style): string {
  const definition = random.pick(definitions);
  const variant = random.pick(definition.messages);
  const fragment = variant.split('%s')[0] || variant;
  const text = JSON.stringify(fragment).slice(1, -1).replaceAll(style.quote, `\\${style.quote}`);
  const literal = `${style.quote}${text}${style.quote}`;
  const subject = random.pick(MESSAGE_SUBJECTS);
  const escaped = fragment.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return random.pick([
    `if${style.gap}(${subject}${style.gap}===${style.gap}${literal})${style.gap}skip()${style.semi}`,
    `if${style.gap}(err.code && ${subject}.includes(${literal}))${style.gap}skip()${style.semi}`,
    `const ${style.unique('known')} = ${subject}.startsWith(${literal})${style.semi}`,
    `if${style.gap}(/${escaped}/.test(${subject}))${style.gap}skip()${style.semi}`,
    `return${style.gap}!${subject}.match(${literal})${style.semi}`,
  ]);
}

function exchangeErrorCall(random: Random, style: Style, header: Header): string {
  const operand = codeOperand(random, style, header);
  return random.pick([
    `throw new ExchangeError(${operand})${style.semi}`,
    `expect(error).toBeExchangeError(${operand})${style.semi}`,
    `await expect(order()).rejects.toThrowExchangeError(${operand})${style.semi}`,
  ]);
}

/** Numbers and strings that look like codes but are not in error-code contexts; `contexts: 'all'` reports them. */
function otherLiteral(random: Random, style: Style): string {
  const code = someCode(random);
  const typeScriptOnly =
    style.language === 'ts'
      ? [
          `declare module ${style.quote}${code}${style.quote} {}`,
          `enum ${style.unique('Names')} { ${style.quote}${code}${style.quote} = 1 }`,
          `interface ${style.unique('Payload')} { ${style.quote}${code}${style.quote}: string }`,
          `enum ${style.unique('Codes')} { A = ${code} }`,
          `let ${style.unique('limit')}: ${code} = ${code}${style.semi}`,
        ]
      : [];
  const moduleOnly = style.isModule
    ? [
        `export * as ${style.quote}${code}${style.quote} from ${style.quote}./codes${style.quote}${style.semi}`,
        `import ${style.unique('table')} from ${style.quote}${code}${style.quote}${style.semi}`,
      ]
    : [];
  return random.pick([
    `arr.slice(${code})${style.semi}`,
    `const ${style.unique('limit')} = ${code}${style.semi}`,
    `x = y *${style.gap}${code}${style.semi}`,
    `setTimeout(f, ${Math.abs(code)})${style.semi}`,
    `label = typeof${style.gap}${code}${style.semi}`,
    `table[${style.quote}${code}${style.quote}] = 1${style.semi}`,
    `if${style.gap}(${style.quote}${code}${style.quote}${style.gap}in table)${style.gap}skip()${style.semi}`,
    ...typeScriptOnly,
    ...moduleOnly,
  ]);
}

/** A local `ExchangeErrorCode` that fixes must not take for the import. */
function shadowed(random: Random, statement: string): string {
  return `{\n  ${random.pick(['const ExchangeErrorCode = {};', 'let EC;', 'function errors() {}'])}\n  ${statement}\n}`;
}

const STATEMENTS = [
  comparison,
  switchStatement,
  retryArray,
  comparisonChain,
  errorKeyedObject,
  messageComparison,
  exchangeErrorCall,
  otherLiteral,
];

/** Puts a statement where it can stand: inside a function, a method, a catch clause or an arrow. */
function wrap(random: Random, statement: string, style: Style): string {
  return random.pick([
    `async function ${style.unique('handle')}(err, e, body, error, res, code, payload, errorMessage, reason, x) {\n  ${statement}\n}`,
    `const ${style.unique('run')} = async () => {\n  try {\n    await send()${style.semi}\n  } catch (err) {\n    ${statement}\n  }\n}${style.semi}`,
    `class ${style.unique('Client')} {\n  async call() {\n    ${statement}\n  }\n}`,
    `export async function ${style.unique('check')}(err) { ${statement} }`,
  ]);
}

/** Codes compared with one subject: an `||` chain, an `else if` chain or a run of early returns. */
function comparisonChain(random: Random, style: Style, header: Header): string {
  const subject = random.pick(CODE_SUBJECTS);
  const codes = random.sample(definitions, 2 + random.int(4)).map((definition): number => definition.code);
  const test = (code: number) => `${subject}${style.gap}===${style.gap}${codeOperand(random, style, header, code)}`;
  const predicate = style.unique(random.pick(['shouldRetry', 'isRetryable', 'isAuthError', 'classify']));
  switch (random.int(3)) {
    case 0:
      return `if${style.gap}(${codes.map(test).join(`${style.gap}||${style.gap}`)})${style.gap}retry()${style.semi}`;
    case 1:
      return codes
        .map(
          (code, position) =>
            `${position === 0 ? '' : `else${style.gap}`}if${style.gap}(${test(code)})${style.gap}wait()${style.semi}`,
        )
        .join('\n');
    default:
      return `function ${predicate}(err, e, body, error, res, code, payload) {\n${codes
        .map(
          (code) =>
            `  if${style.gap}(${test(code)})${style.gap}${keyword('return', style, random.pick(['true', 'false', '1']))}${style.semi}`,
        )
        .join('\n')}\n  return false${style.semi}\n}`;
  }
}

/**
 * A random program full of catalogue codes in error-code contexts (and a few outside them), in a random style,
 * ES module or CommonJS, JavaScript or TypeScript, with or without an existing import of the codes: so that the
 * rules' report, autofix and suggestion paths all run.
 */
export function codeContextProgram(random: Random): FuzzProgram {
  const language = random.chance(0.5) ? 'ts' : 'js';
  const sourceType = language === 'js' && random.chance(0.3) ? 'commonjs' : 'module';
  const minified = random.chance(0.15);
  let declarations = 0;
  const style: Style = {
    quote: random.chance(0.7) ? "'" : '"',
    semi: random.chance(0.8) ? ';' : '',
    gap: minified ? '' : ' ',
    unique: (name) => `${name}${(declarations += 1)}`,
    language,
    isModule: sourceType === 'module',
  };
  const header = sourceType === 'module' ? moduleHeader(random, style) : commonJsHeader(random, style);
  const statements = Array.from({ length: 1 + random.int(5) }, () => {
    const statement = random.pick(STATEMENTS)(random, style, header);
    const scoped = random.chance(0.1) ? shadowed(random, statement) : statement;
    const needsFunction = /\b(?:return|await)\b/.test(statement);
    if (!needsFunction && !random.chance(0.4)) return scoped;
    const wrapped = wrap(random, scoped, style);
    return sourceType === 'commonjs' ? wrapped.replace(/^export /, '') : wrapped;
  });
  const text = [...header.lines, ...statements].join(random.chance(0.2) ? '\n\n' : '\n');
  return { text: `${text}\n`, language, sourceType };
}
