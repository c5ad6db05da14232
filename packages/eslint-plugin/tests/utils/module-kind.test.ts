import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCommonJsFile, isModuleTypedDirectory } from '../../src/utils/module-kind.js';
import { commonjsPackageDirectory, modulePackageDirectory } from '../rule-tester.js';
import { probe } from './probe.js';

function isCommonJs(code: string, filename: string, sourceType: 'module' | 'commonjs' = 'module'): boolean {
  const [answer] = probe(code, 'Program', (_node, context) => isCommonJsFile(context), { filename, sourceType });
  return answer as boolean;
}

describe('isCommonJsFile', () => {
  const inCommonJsPackage = (name: string) => path.join(commonjsPackageDirectory, name);
  const inModulePackage = (name: string) => path.join(modulePackageDirectory, name);

  it.each([
    ['a declared sourceType: commonjs', 'run();', inModulePackage('a.js'), 'commonjs', true],
    ['.cjs, whatever the package says', 'run();', inModulePackage('a.cjs'), 'module', true],
    ['.cts', 'run();', inModulePackage('a.cts'), 'module', true],
    ['.mjs, even with a require of its own', "const x = require('x');", inCommonJsPackage('a.mjs'), 'module', false],
    ['.mts', 'run();', inCommonJsPackage('a.mts'), 'module', false],
    ['a top-level require', "const ccxt = require('ccxt');", inModulePackage('a.js'), 'module', true],
    ['a require chain', "require('dotenv').config();", inModulePackage('a.js'), 'module', true],
    ['module.exports', 'module.exports = { run };', inModulePackage('a.js'), 'module', true],
    ['module.exports.x', 'module.exports.run = run;', inModulePackage('a.js'), 'module', true],
    ['exports.x', 'exports.run = run;', inModulePackage('a.js'), 'module', true],
    [
      'an import beside a require',
      "import x from 'x';\nconst y = require('y');",
      inCommonJsPackage('a.js'),
      'module',
      false,
    ],
    ['an export', 'export const run = 1;', inCommonJsPackage('a.js'), 'module', false],
    ['neither, under "type": "commonjs"', 'run();', inCommonJsPackage('a.js'), 'module', true],
    ['neither, under "type": "module"', 'run();', inModulePackage('a.js'), 'module', false],
    ['neither, in TypeScript', 'run();', inCommonJsPackage('a.ts'), 'module', false],
    [
      'a require inside a function only',
      "function f() { return require('x'); }",
      inModulePackage('a.js'),
      'module',
      false,
    ],
  ] as const)('%s', (_label, code, filename, sourceType, expected) => {
    expect(isCommonJs(code, filename, sourceType)).toBe(expected);
  });
});

describe('isModuleTypedDirectory', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'exchange-errors-module-kind-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('follows the nearest package.json, and a package.json without "type" is CommonJS', () => {
    mkdirSync(path.join(root, 'app', 'src', 'deep'), { recursive: true });
    mkdirSync(path.join(root, 'app', 'legacy'), { recursive: true });
    writeFileSync(path.join(root, 'app', 'package.json'), '{ "type": "module" }');
    writeFileSync(path.join(root, 'app', 'legacy', 'package.json'), '{ "name": "legacy" }');
    expect(isModuleTypedDirectory(path.join(root, 'app', 'src', 'deep'))).toBe(true);
    expect(isModuleTypedDirectory(path.join(root, 'app', 'legacy'))).toBe(false);
  });

  it('treats an unreadable package.json as CommonJS, so no import is added', () => {
    mkdirSync(path.join(root, 'broken'));
    writeFileSync(path.join(root, 'broken', 'package.json'), '{ "type": "module", ');
    expect(isModuleTypedDirectory(path.join(root, 'broken'))).toBe(false);
  });

  it('reads each directory once: a later change is not seen', () => {
    mkdirSync(path.join(root, 'cached', 'src'), { recursive: true });
    writeFileSync(path.join(root, 'cached', 'package.json'), '{ "type": "module" }');
    expect(isModuleTypedDirectory(path.join(root, 'cached', 'src'))).toBe(true);
    writeFileSync(path.join(root, 'cached', 'package.json'), '{ "type": "commonjs" }');
    expect(isModuleTypedDirectory(path.join(root, 'cached', 'src'))).toBe(true);
    expect(isModuleTypedDirectory(path.join(root, 'cached'))).toBe(true);
  });
});
