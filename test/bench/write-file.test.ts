// `pnpm bench --only=…` on a fresh clone: every subset writes into bench/.cache, which may not exist yet.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeFileCreatingFolders } from '../../bench/src/lib/write-file.js';

const root = mkdtempSync(join(tmpdir(), 'bench-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('creates the missing cache folder before writing, as the matchers subset and partial reports need', () => {
  const file = join(root, 'bench/.cache/matchers-result.json');
  expect(existsSync(join(root, 'bench'))).toBe(false);
  writeFileCreatingFolders(file, '{"pass":[1]}');
  expect(readFileSync(file, 'utf8')).toBe('{"pass":[1]}');
});

it('writes into a folder that already exists', () => {
  const file = join(root, 'benchmarks-partial.md');
  writeFileCreatingFolders(file, '# Benchmarks\n');
  expect(readFileSync(file, 'utf8')).toBe('# Benchmarks\n');
});
