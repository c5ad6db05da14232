// pnpm can resolve one vitest version into several copies that differ only in an optional peer (vite's esbuild).
// The matchers augment the `vitest` module their own copy resolves to, so every package must share that copy.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const lockfile = readFileSync(new URL('../../pnpm-lock.yaml', import.meta.url), 'utf8');

it('resolves vitest to one copy for every workspace package', () => {
  const importers = lockfile.slice(lockfile.indexOf('\nimporters:'), lockfile.indexOf('\npackages:'));
  const copies = new Set(
    [...importers.matchAll(/^ {6}vitest:\n {8}specifier: .*\n {8}version: (.*)$/gm)].map((match) => match[1]),
  );
  expect(copies.size).toBe(1);
});
