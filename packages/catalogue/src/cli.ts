#!/usr/bin/env node
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  describeImport,
  ErrorPageError,
  parseErrorPage,
  readSourceHash,
  renderCatalogueModule,
  type ModuleFormat,
  type Overrides,
} from './import/index.js';

const USAGE =
  'Usage: exchange-errors import <page.md> --out <file.ts|.mts|.js|.mjs> [--policies <file.json>] [--groups <file.json>] [--check]';

/** A failure the user can fix; printed without a stack trace. */
class UsageError extends Error {}

const FORMATS: Readonly<Record<string, ModuleFormat>> = { '.ts': 'ts', '.mts': 'ts', '.js': 'js', '.mjs': 'js' };

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${what} ${file}: ${(error as Error).message}`);
  }
}

function readOverrides(file: string | undefined, option: string): Overrides | undefined {
  if (file === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(file, `${option} file`));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${option} file ${file} is not JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(
      `${option} file ${file} must hold an object keyed by code or name, e.g. {"-1003": "rate-limit"}`,
    );
  }
  return parsed as Overrides;
}

/** Writes beside the target and renames, so a failed write never leaves a half-written module. */
function writeAtomically(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

function runImport(args: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      policies: { type: 'string' },
      groups: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const [page, ...extra] = positionals;
  if (page === undefined || extra.length > 0) throw new UsageError(`expected one page, got ${positionals.length}`);
  const out = values.out;
  if (out === undefined) throw new UsageError('--out is required: the module to write');
  const format = FORMATS[path.extname(out)];
  if (format === undefined) throw new UsageError(`--out ${out} must end in .ts, .mts, .js or .mjs`);

  const markdown = readText(page, 'page');
  const parsed = parseErrorPage(markdown, {
    policies: readOverrides(values.policies, '--policies'),
    groups: readOverrides(values.groups, '--groups'),
  });
  const sourceHash = createHash('sha256').update(markdown).digest('hex');
  const source = path
    .relative(path.dirname(path.resolve(out)), path.resolve(page))
    .split(path.sep)
    .join('/');
  const text = renderCatalogueModule(parsed.definitions, { format, source, sourceHash });

  if (values.check) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
    if (current === text) {
      console.log(`${out} is up to date with ${page}.`);
      return 0;
    }
    const recorded = current === undefined ? undefined : readSourceHash(current);
    console.error(
      current === undefined
        ? `${out} does not exist; run the import without --check.`
        : recorded !== sourceHash
          ? `${out} is stale: it was generated from a page with sha256 ${recorded ?? 'unknown'}, ${page} now has ${sourceHash}. Run the import again.`
          : `${out} differs from what the import writes now (edited by hand, or other overrides). Run the import again.`,
    );
    return 1;
  }
  writeAtomically(out, text);
  console.log(`Imported ${page} into ${out}: ${describeImport(parsed)}`);
  return 0;
}

function main(args: readonly string[]): number {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  try {
    if (command !== 'import') throw new UsageError(command === undefined ? 'no command' : `unknown command ${command}`);
    return runImport(rest);
  } catch (error) {
    if (error instanceof ErrorPageError) {
      console.error(`exchange-errors import: ${error.message}`);
      return 1;
    }
    // parseArgs reports unknown and malformed options as TypeErrors with an ERR_PARSE_ARGS_* code.
    const isArgsError = String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || isArgsError) {
      console.error(`exchange-errors: ${(error as Error).message}\n${USAGE}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
