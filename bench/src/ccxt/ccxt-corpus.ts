import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../lib/paths.js';

export const CCXT_VERSION = '4.5.84';
const EXPECTED_FILE_COUNT = 104;

/**
 * ccxt's compiled exchange sources, `js/src/*.js`, from the npm registry's tarball: real exchange code that is
 * full of numbers and error handling. Downloaded once into bench/.cache, never committed.
 */
export function ensureCcxtCorpus(): { dir: string; files: string[] } {
  const root = path.join(cacheDir, `ccxt-${CCXT_VERSION}`);
  const dir = path.join(root, 'js/src');
  if (!existsSync(dir)) {
    mkdirSync(root, { recursive: true });
    const tarball = execFileSync('npm', ['pack', `ccxt@${CCXT_VERSION}`, '--silent', '--pack-destination', cacheDir], {
      cwd: cacheDir,
      encoding: 'utf8',
    }).trim();
    const tarballPath = path.join(cacheDir, tarball);
    execFileSync('tar', [
      'xzf',
      tarballPath,
      '-C',
      root,
      '--strip-components=1',
      '--wildcards',
      '--no-wildcards-match-slash',
      'package/js/src/*.js',
    ]);
    rmSync(tarballPath);
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => path.join(dir, name));
  if (files.length !== EXPECTED_FILE_COUNT) {
    throw new Error(
      `ccxt ${CCXT_VERSION} js/src should hold ${EXPECTED_FILE_COUNT} files, found ${files.length} in ${dir}; delete it to fetch again.`,
    );
  }
  return { dir, files };
}
