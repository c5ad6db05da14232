import os from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { benchDir } from './paths.js';

/** Read from disk: not every package exports its `package.json`. */
function versionOf(packageName: string): string {
  const manifest = readFileSync(path.join(benchDir, 'node_modules', packageName, 'package.json'), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

/** The machine and tool versions every figure in the report depends on. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const rows = [
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores (load average at start ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' / ')})`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} ${os.arch()}`,
    `- Node ${process.versions.node}, ESLint ${versionOf('eslint')}, TypeScript ${versionOf('typescript')}, ` +
      `typescript-eslint ${versionOf('typescript-eslint')}, Vitest ${versionOf('vitest')}, tinybench ${versionOf('tinybench')}, esbuild ${versionOf('esbuild')}`,
  ];
  return rows.join('\n');
}
