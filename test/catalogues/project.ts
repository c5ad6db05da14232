// A throwaway project on disk with the workspace packages installed, linted by the real ESLint CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const eslintBin = fileURLToPath(new URL('../node_modules/eslint/bin/eslint.js', import.meta.url));
const importBin = path.join(repository, 'packages/catalogue/dist/cli.js');
export const fixturePage = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string | null;
  readonly message: string;
}

export class Project {
  readonly directory = mkdtempSync(path.join(tmpdir(), 'exchange-errors-catalogues-'));

  constructor() {
    mkdirSync(path.join(this.directory, 'node_modules/@exchange-errors'), { recursive: true });
    for (const name of ['catalogue', 'eslint-plugin']) {
      symlinkSync(
        path.join(repository, 'packages', name),
        path.join(this.directory, 'node_modules/@exchange-errors', name),
      );
    }
  }

  write(file: string, text: string): void {
    mkdirSync(path.dirname(path.join(this.directory, file)), { recursive: true });
    writeFileSync(path.join(this.directory, file), text);
  }

  /** `exchange-errors import <page> --out <out>` as a user runs it; throws with its output when it fails. */
  importPage(page: string, out: string): void {
    const result = spawnSync(process.execPath, [importBin, 'import', page, '--out', out], {
      cwd: this.directory,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`import failed: ${result.stderr}`);
  }

  /** The findings of `eslint --format json <args>`, files relative to the project. */
  eslint(...args: string[]): Finding[] {
    const result = spawnSync(process.execPath, [eslintBin, '--format', 'json', ...args], {
      cwd: this.directory,
      encoding: 'utf8',
    });
    if (result.stdout === '') throw new Error(`eslint failed: ${result.stderr}`);
    const reports = JSON.parse(result.stdout) as { filePath: string; messages: Omit<Finding, 'file'>[] }[];
    return reports.flatMap(({ filePath, messages }) =>
      messages.map(({ line, column, ruleId, message }) => ({
        file: path.relative(this.directory, filePath),
        line,
        column,
        ruleId,
        message,
      })),
    );
  }

  /** Runs a file of the project with node, returning its standard output. */
  node(file: string): string {
    const result = spawnSync(process.execPath, [file], { cwd: this.directory, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`node ${file} failed: ${result.stderr}`);
    return result.stdout;
  }

  remove(): void {
    rmSync(this.directory, { recursive: true, force: true });
  }
}
