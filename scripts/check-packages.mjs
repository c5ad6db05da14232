// Packs every published package as users will get it, checks it carries the repository's LICENSE, then runs publint and
// Are The Types Wrong on the tarball.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const license = readFileSync(join(root, 'LICENSE'), 'utf8');

const failures = [];
for (const entry of readdirSync(packagesDir)) {
  const dir = join(packagesDir, entry);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  const destination = mkdtempSync(join(tmpdir(), 'exchange-errors-pack-'));
  try {
    execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: dir, stdio: 'pipe' });
    const [tarball] = readdirSync(destination).filter((file) => file.endsWith('.tgz'));
    const tarballPath = join(destination, tarball);
    const packedLicense = execFileSync('tar', ['-xOzf', tarballPath, 'package/LICENSE'], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    if (packedLicense === license) console.log(`✓ LICENSE ${manifest.name}`);
    else failures.push(`LICENSE ${manifest.name} (the tarball's differs from the repository's)`);
    for (const [tool, args] of [
      ['publint', ['--strict', tarballPath]],
      ['attw', [tarballPath, '--profile', 'node16', '--format', 'table-flipped']],
    ]) {
      try {
        const output = execFileSync(bin(tool), args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
        console.log(`✓ ${tool} ${manifest.name}\n${output.trim()}\n`);
      } catch (error) {
        failures.push(`${tool} ${manifest.name}`);
        console.error(`✗ ${tool} ${manifest.name}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
      }
    }
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}
if (failures.length > 0) {
  console.error(`Package checks failed: ${failures.join(', ')}`);
  process.exit(1);
}
