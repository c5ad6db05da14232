/**
 * Writes a deterministic TypeScript corpus of error-handling code into bench/.cache/typed-corpus: services that
 * switch over `ExchangeErrorCode` (complete, incomplete, by constant, by literal, by name), plus switches over other
 * unions that both rules must skip. Same seed, same files. Run alone with `tsx src/typed/generate-corpus.ts`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorDefinitions, type KnownExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { cacheDir } from '../lib/paths.js';

export const TYPED_CORPUS_FILES = 200;
const SEED = 0x5eed_2024;
export const typedCorpusDir = path.join(cacheDir, 'typed-corpus');

/** mulberry32: a tiny seeded generator, so the corpus is byte-identical on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return chosen;
}

const retryable = errorDefinitions.filter((definition) => definition.retry !== 'none');
const notRetryable = errorDefinitions.filter((definition) => definition.retry === 'none');
const actionFor: Record<KnownExchangeErrorDefinition['retry'], string> = {
  reconcile: "'reconcile'",
  backoff: "'backoff'",
  'rate-limit': "'wait'",
  'resync-clock': "'resync'",
  none: "'fail'",
};

type CaseStyle = 'constant' | 'literal' | 'name';

function caseLabel(definition: KnownExchangeErrorDefinition, style: CaseStyle): string {
  if (style === 'constant') return `ExchangeErrorCode.${definition.name}`;
  if (style === 'literal') return String(definition.code);
  return `'${definition.name}'`;
}

/** One switch over codes or names: complete or with retryable cases missing, with or without `default`. */
function errorSwitch(random: Random, functionName: string): string {
  const style = pick<CaseStyle>(random, ['constant', 'constant', 'literal', 'name']);
  const completeness = random();
  // About a third cover every retryable code, a third miss some, a third cover the whole catalogue.
  const handled =
    completeness < 0.33
      ? [...retryable, ...sample(random, notRetryable, 3)]
      : completeness < 0.66
        ? [...sample(random, retryable, Math.max(1, retryable.length - 2)), ...sample(random, notRetryable, 4)]
        : [...errorDefinitions];
  const hasDefault = completeness < 0.66 && random() < 0.5;
  const parameter = style === 'name' ? 'name: ExchangeErrorName' : 'code: ExchangeErrorCode';
  const subject = style === 'name' ? 'name' : 'code';
  const cases = handled.flatMap((definition) => [
    `    case ${caseLabel(definition, style)}:`,
    `      return ${actionFor[definition.retry]};`,
  ]);
  return [
    `export function ${functionName}(${parameter}): Action {`,
    `  switch (${subject}) {`,
    ...cases,
    ...(hasDefault ? ['    default:', "      return 'fail';"] : []),
    '  }',
    ...(hasDefault || completeness >= 0.66 ? [] : ["  return 'fail';"]),
    '}',
  ].join('\n');
}

/** A switch the rules must recognise as unrelated to error codes. */
function unrelatedSwitch(random: Random, functionName: string): string {
  const [type, values] = pick(random, [
    ['Side', ["'buy'", "'sell'"]],
    ['OrderType', ["'limit'", "'market'", "'stop'"]],
    ['HttpStatus', ['400', '401', '403', '429', '500', '503']],
  ] as const);
  return [
    `export function ${functionName}(value: ${type}): number {`,
    '  switch (value) {',
    ...values.flatMap((value, index) => [`    case ${value}:`, `      return ${index};`]),
    '  }',
    '}',
  ].join('\n');
}

function retryLoop(random: Random, functionName: string, classifier: string): string {
  const attempts = 2 + Math.floor(random() * 4);
  return [
    `export async function ${functionName}<T>(send: () => Promise<T>): Promise<T> {`,
    `  for (let attempt = 1; ; attempt += 1) {`,
    '    try {',
    '      return await send();',
    '    } catch (error) {',
    '      const parsed = parseExchangeError(error);',
    `      if (parsed?.definition === undefined || attempt >= ${attempts}) throw error;`,
    `      const action = ${classifier}(parsed.definition.code);`,
    "      if (action === 'fail') throw ExchangeError.from(error) ?? error;",
    `      await new Promise((resolve) => setTimeout(resolve, attempt * ${50 + Math.floor(random() * 200)}));`,
    '    }',
    '  }',
    '}',
  ].join('\n');
}

function sourceFile(random: Random, fileIndex: number): string {
  const parts: string[] = [];
  const switchCount = 1 + Math.floor(random() * 3);
  const codeClassifiers: string[] = [];
  for (let index = 0; index < switchCount; index += 1) {
    const name = `classify${fileIndex}_${index}`;
    const body = errorSwitch(random, name);
    if (body.includes('code: ExchangeErrorCode')) codeClassifiers.push(name);
    parts.push(body);
  }
  parts.push(unrelatedSwitch(random, `rank${fileIndex}`));
  for (const classifier of codeClassifiers)
    parts.push(retryLoop(random, `withRetry${classifier.slice('classify'.length)}`, classifier));
  return [
    '// Generated by bench/src/typed/generate-corpus.ts; do not edit.',
    "import { ExchangeError, ExchangeErrorCode, parseExchangeError, type ExchangeErrorName } from '@exchange-errors/catalogue';",
    "import type { Action, HttpStatus, OrderType, Side } from './types.js';",
    '',
    parts.join('\n\n'),
    '',
    '// Referenced so every import is used whichever switches this file got.',
    'export type Handled = ExchangeErrorName | Side | OrderType | HttpStatus;',
    'export const knownCodes = Object.keys(ExchangeErrorCode).length;',
    '',
  ].join('\n');
}

const sharedTypes = `// Generated by bench/src/typed/generate-corpus.ts; do not edit.
export type Action = 'reconcile' | 'backoff' | 'wait' | 'resync' | 'fail';
export type Side = 'buy' | 'sell';
export type OrderType = 'limit' | 'market' | 'stop';
export type HttpStatus = 400 | 401 | 403 | 429 | 500 | 503;
`;

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['src'],
};

/**
 * Regenerates the corpus from scratch in `directory` (another one lets the sweep run beside the benchmark);
 * returns the paths of its source files.
 */
export function generateTypedCorpus(directory = typedCorpusDir): string[] {
  rmSync(directory, { recursive: true, force: true });
  const sourceDir = path.join(directory, 'src');
  mkdirSync(sourceDir, { recursive: true });
  writeFileSync(
    path.join(directory, 'package.json'),
    `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(path.join(directory, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  writeFileSync(path.join(sourceDir, 'types.ts'), sharedTypes);
  const random = seededRandom(SEED);
  const files: string[] = [];
  for (let fileIndex = 0; fileIndex < TYPED_CORPUS_FILES; fileIndex += 1) {
    const file = path.join(sourceDir, `service-${String(fileIndex).padStart(3, '0')}.ts`);
    writeFileSync(file, sourceFile(random, fileIndex));
    files.push(file);
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = generateTypedCorpus();
  console.log(`wrote ${files.length} files to ${typedCorpusDir}`);
}
