// Runs commands and packs the workspace packages as users get them, for the tests that install them elsewhere.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export function run(cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', ...env },
  });
  return {
    status: result.status,
    stdout: stripVTControlCharacters(result.stdout),
    stderr: stripVTControlCharacters(result.stderr),
  };
}

export function runOk(cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const result = run(cwd, command, args, env);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** `pnpm pack` of each package (a directory name under packages/) into `destination`: name → `file:` specifier. */
export function packTarballs(destination: string, packageNames: readonly string[]): Record<string, string> {
  const tarballs: Record<string, string> = {};
  for (const name of packageNames) {
    runOk(join(root, 'packages', name), 'pnpm', ['pack', '--pack-destination', destination]);
    const file = readdirSync(destination).find((entry) => entry.startsWith(`exchange-errors-${name}-`));
    if (file === undefined) throw new Error(`pnpm pack produced no tarball for ${name}`);
    tarballs[`@exchange-errors/${name}`] = `file:${join(destination, file)}`;
  }
  return tarballs;
}
