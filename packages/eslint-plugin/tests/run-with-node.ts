import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A program to start: where it came from (for failure messages), the file name to give it, and its text. */
export interface NodeProgram {
  readonly label: string;
  readonly fileName: string;
  readonly text: string;
}

const catalogueDirectory = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'node_modules',
  '@exchange-errors',
  'catalogue',
);

/**
 * Starts each program with Node, outside the repository, in a package of its own of the given `type`, where
 * `@exchange-errors/catalogue` resolves (for `require` and `import` alike) to the workspace package; the failures,
 * each with its exit status, standard error and text.
 */
export function failuresStartingWithNode(programs: readonly NodeProgram[], type: 'commonjs' | 'module'): string[] {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'exchange-errors-node-run-'));
  try {
    writeFileSync(path.join(directory, 'package.json'), `${JSON.stringify({ type })}\n`);
    mkdirSync(path.join(directory, 'node_modules', '@exchange-errors'), { recursive: true });
    symlinkSync(catalogueDirectory, path.join(directory, 'node_modules', '@exchange-errors', 'catalogue'), 'dir');
    const failures: string[] = [];
    for (const [index, program] of programs.entries()) {
      const file = path.join(directory, `${index}-${program.fileName}`);
      writeFileSync(file, program.text);
      const run = spawnSync(process.execPath, [file], { cwd: directory, encoding: 'utf8', timeout: 20_000 });
      if (run.status !== 0) failures.push(`${program.label}: exit ${run.status}\n${run.stderr}\n${program.text}`);
    }
    return failures;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
